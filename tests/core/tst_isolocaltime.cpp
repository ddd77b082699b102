// SPDX-License-Identifier: GPL-3.0-or-later
// IsoLocalTime: the local date-times flight APIs send, read by hand for speed, must give exactly
// what the slow way (QDateTime::fromString, QTimeZone) gives, for every form and edge.
#include "providers/IsoLocalTime.h"

#include <QTest>

class TestIsoLocalTime : public QObject {
    Q_OBJECT

    /** What QDateTime::fromString and QTimeZone give, read the slow way (the behaviour kept);
     * a date alone is no date-time. */
    static QDateTime reference(const QString &text, const QByteArray &zoneId) {
        const QTimeZone zone =
            QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone();
        const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (!parsed.isValid() || text.trimmed().size() < 16)
            return {};
        if (parsed.timeSpec() == Qt::LocalTime)
            return zone.isValid() ? QDateTime(parsed.date(), parsed.time(), zone) : QDateTime();
        return zone.isValid() ? parsed.toTimeZone(zone) : parsed;
    }

private Q_SLOTS:
    // The hand-written reader must give exactly what QDateTime::fromString gave.
    void localTimesMatchQt_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("zone");
        const QByteArray paris("Europe/Paris");
        QTest::newRow("seconds") << QStringLiteral("2026-06-13T16:38:02") << paris;
        QTest::newRow("no seconds") << QStringLiteral("2026-06-13T16:38") << paris;
        QTest::newRow("padded") << QStringLiteral("  2026-06-13T16:38:00 ") << paris;
        QTest::newRow("winter") << QStringLiteral("2026-01-10T08:00:00") << paris;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59:59") << paris;
        QTest::newRow("midnight") << QStringLiteral("2026-12-31T00:00:00") << paris;
        // Paris skips 02:00-03:00 on 2026-03-29 and repeats 02:00-03:00 on 2026-10-25.
        QTest::newRow("DST gap") << QStringLiteral("2026-03-29T02:30:00") << paris;
        QTest::newRow("DST gap start") << QStringLiteral("2026-03-29T02:00") << paris;
        QTest::newRow("DST overlap") << QStringLiteral("2026-10-25T02:30:00") << paris;
        QTest::newRow("DST gap New York")
            << QStringLiteral("2026-03-08T02:15:00") << QByteArray("America/New_York");
        QTest::newRow("southern DST")
            << QStringLiteral("2026-10-04T02:30:00") << QByteArray("Australia/Sydney");
        QTest::newRow("half-hour zone")
            << QStringLiteral("2026-06-13T16:38:00") << QByteArray("Asia/Kolkata");
        QTest::newRow("24:00") << QStringLiteral("2026-06-13T24:00:00") << paris;
        QTest::newRow("fraction") << QStringLiteral("2026-06-13T16:38:02.500") << paris;
        QTest::newRow("Z") << QStringLiteral("2026-06-13T16:38:02Z") << paris;
        QTest::newRow("offset") << QStringLiteral("2026-06-13T16:38:02+05:30") << paris;
        QTest::newRow("negative offset") << QStringLiteral("2026-06-13T16:38-04:00") << paris;
        QTest::newRow("space separator") << QStringLiteral("2026-06-13 16:38:02") << paris;
        QTest::newRow("lower-case t") << QStringLiteral("2026-06-13t16:38:02") << paris;
        QTest::newRow("February 30") << QStringLiteral("2026-02-30T10:00:00") << paris;
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T10:00:00") << paris;
        QTest::newRow("hour 25") << QStringLiteral("2026-06-13T25:00:00") << paris;
        QTest::newRow("second 60") << QStringLiteral("2026-06-13T10:00:60") << paris;
        QTest::newRow("short month") << QStringLiteral("2026-6-13T16:38:00") << paris;
        QTest::newRow("letters") << QStringLiteral("2026-06-1xT16:38:00") << paris;
        QTest::newRow("date only") << QStringLiteral("2026-06-13") << paris;
        QTest::newRow("nonsense") << QStringLiteral("nonsense") << paris;
        QTest::newRow("empty") << QString() << paris;
        QTest::newRow("unknown zone")
            << QStringLiteral("2026-06-13T16:38:00") << QByteArray("Mars/Olympus");
    }
    void localTimesMatchQt() {
        QFETCH(QString, text);
        QFETCH(QByteArray, zone);
        const QDateTime t = IsoLocalTime::inZone(text, IsoLocalTime::availableZone(zone));
        const QDateTime expected = reference(text, zone);
        QCOMPARE(t.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(t.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            QCOMPARE(t.timeSpec(), expected.timeSpec());
            QCOMPARE(t.timeZone().id(), expected.timeZone().id());
            QCOMPARE(t.date(), expected.date());
            QCOMPARE(t.time(), expected.time());
            QCOMPARE(t.offsetFromUtc(), expected.offsetFromUtc());
        }
    }

    void zonesAreCached() {
        QCOMPARE(IsoLocalTime::zone("Europe/Paris"), QTimeZone("Europe/Paris"));
        QVERIFY(!IsoLocalTime::zone(QByteArray()).isValid());
        QVERIFY(!IsoLocalTime::availableZone("Mars/Olympus").isValid());
    }
};

QTEST_GUILESS_MAIN(TestIsoLocalTime)
#include "tst_isolocaltime.moc"
