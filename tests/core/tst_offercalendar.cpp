// SPDX-License-Identifier: GPL-3.0-or-later
// OfferCalendar (.ics of one offer), with IcsText (folding, escaping) and IcsTimeZone
// (VTIMEZONE from QTimeZone). Checked structurally here and, when python3-icalendar is installed
// (tools/install-deps.sh installs it), by a strict third-party parser that also resolves every
// DTSTART/DTEND through the file's own VTIMEZONE and through Python's zoneinfo.
#include "HistoryFixtures.h"
#include "storage/export/IcsText.h"
#include "storage/export/IcsTimeZone.h"
#include "storage/export/OfferCalendar.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryFixtures;

namespace {
const QDateTime Stamp(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);

QByteArray calendarOf(const FlightOffer &offer, const QString &reference = QString()) {
    OfferCalendar::Options options;
    options.stamp = Stamp;
    options.bookingReference = reference;
    return OfferCalendar::write(offer, options);
}

/** The lines of property @p name inside the VEVENTs, in order. */
QStringList propertyValues(const QStringList &lines, const QString &name) {
    QStringList values;
    bool inEvent = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT"))
            inEvent = true;
        else if (line == QLatin1String("END:VEVENT"))
            inEvent = false;
        else if (inEvent && (line.startsWith(name + QLatin1Char(':')) ||
                             line.startsWith(name + QLatin1Char(';'))))
            values.append(line);
    }
    return values;
}

QString python() {
    // Debian's interpreter, where python3-icalendar is installed (a pyenv one may shadow it).
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// Parses the file with icalendar (strict), then prints "UID START END SUMMARY" per event with
// the UTC times resolved (1) through the file's own VTIMEZONE observances and (2) through
// zoneinfo; exits 1 if the two disagree.
const char *const Checker = R"PY(
import sys, datetime
from zoneinfo import ZoneInfo
from icalendar import Calendar
data = open(sys.argv[1], 'rb').read()
cal = Calendar.from_ical(data)
zones = {}
for tz in cal.walk('VTIMEZONE'):
    obs = []
    for sub in tz.subcomponents:
        start = datetime.datetime.strptime(sub['DTSTART'].to_ical().decode(), '%Y%m%dT%H%M%S')
        obs.append((start, sub['TZOFFSETTO'].td))
    zones[str(tz['TZID'])] = sorted(obs)
def utc(prop):
    raw = prop.to_ical().decode()
    if raw.endswith('Z'):
        return datetime.datetime.strptime(raw, '%Y%m%dT%H%M%SZ')
    tzid = prop.params['TZID']
    local = datetime.datetime.strptime(raw, '%Y%m%dT%H%M%S')
    offset = None
    for start, to in zones[tzid]:
        if start <= local:
            offset = to
    if offset is None:
        sys.exit('no observance of %s covers %s' % (tzid, raw))
    mine = local - offset
    theirs = local.replace(tzinfo=ZoneInfo(tzid)).astimezone(datetime.timezone.utc).replace(tzinfo=None)
    if mine != theirs:
        sys.exit('VTIMEZONE %s gives %s, zoneinfo %s for %s' % (tzid, mine, theirs, raw))
    return mine
for ev in cal.walk('VEVENT'):
    for key in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'):
        if key not in ev:
            sys.exit('missing ' + key)
    print(ev['UID'], utc(ev['DTSTART']).strftime('%Y%m%dT%H%M%SZ'),
          utc(ev['DTEND']).strftime('%Y%m%dT%H%M%SZ'), ev['SUMMARY'])
)PY";
} // namespace

class TestOfferCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escape_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("LIS → BER") << QStringLiteral("LIS → BER");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
        QTest::newRow("colon and quote kept")
            << QStringLiteral("x: \"y\"") << QStringLiteral("x: \"y\"");
    }
    void escape() {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(IcsText::escape(text), escaped);
    }

    void fold_data() {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << QStringLiteral("SUMMARY:LIS → BER TP 576");
        QTest::newRow("exactly 75") << QStringLiteral("X:") + QString(73, QLatin1Char('a'));
        QTest::newRow("76") << QStringLiteral("X:") + QString(74, QLatin1Char('a'));
        QTest::newRow("long ascii")
            << QStringLiteral("DESCRIPTION:") + QString(400, QLatin1Char('b'));
        QTest::newRow("multibyte") << QStringLiteral("DESCRIPTION:") + QString(120, QChar(0x00E9)) +
                                          QString(50, QChar(0x2192));
        QTest::newRow("emoji") << QStringLiteral("SUMMARY:") +
                                      QString::fromUtf8("\xF0\x9F\x9B\xAB").repeated(60);
        QTest::newRow("empty") << QString();
    }
    void fold() {
        QFETCH(QString, line);
        const QByteArray folded = IcsText::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            QVERIFY(!part.contains('\r'));
            if (i > 0)
                QVERIFY(part.startsWith(' '));
            // Never a cut inside a UTF-8 sequence: every physical line is valid UTF-8 alone.
            const QByteArray content = i > 0 ? part.mid(1) : part;
            QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
        }
        const QStringList unfolded = IcsText::unfold(folded);
        QCOMPARE(unfolded.value(0), line);
    }

    void offsets() {
        QCOMPARE(IcsTimeZone::offset(3600), QStringLiteral("+0100"));
        QCOMPARE(IcsTimeZone::offset(0), QStringLiteral("+0000"));
        QCOMPARE(IcsTimeZone::offset(-12600), QStringLiteral("-0330"));
        QCOMPARE(IcsTimeZone::offset(-2205), QStringLiteral("-003645"));
        QVERIFY(IcsTimeZone::canDescribe(QTimeZone("Europe/Lisbon")));
        QVERIFY(!IcsTimeZone::canDescribe(QTimeZone(3600)));
    }

    void vtimezoneCoversTheDates() {
        const QTimeZone london("Europe/London");
        const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        const QStringList lines = IcsTimeZone::component(london, from, from.addDays(400));
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VTIMEZONE"));
        QCOMPARE(lines.at(1), QStringLiteral("TZID:Europe/London"));
        QCOMPARE(lines.last(), QStringLiteral("END:VTIMEZONE"));
        // In force at the start (GMT since Oct 2025), then BST 29 Mar 2026 at 01:00 GMT,
        // GMT 25 Oct 2026 at 02:00 BST, BST 28 Mar 2027.
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20251026T020000")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20260329T010000")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20261025T020000")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20270328T010000")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:DAYLIGHT")), 2);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:STANDARD")), 2);
        QVERIFY(lines.contains(QStringLiteral("TZNAME:BST")));

        // A zone without daylight saving: one observance, the fixed offset.
        const QStringList tokyo =
            IcsTimeZone::component(QTimeZone("Asia/Tokyo"), from, from.addDays(400));
        QVERIFY(tokyo.contains(QStringLiteral("TZOFFSETTO:+0900")));
        QCOMPARE(tokyo.count(QStringLiteral("BEGIN:DAYLIGHT")), 0);
    }

    void oneEventPerFlight() {
        const FlightOffer offer =
            connection(QStringLiteral("off_42"), "112.50", QDate(2026, 12, 10), true);
        const QByteArray ics = calendarOf(offer);
        QCOMPARE(calendarOf(offer), ics); // deterministic
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains(QByteArray("\n\n")));
        QCOMPARE(ics.count("\n"), ics.count("\r\n")); // CRLF only
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR

        const QStringList lines = IcsText::unfold(ics);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QCOMPARE(propertyValues(lines, QStringLiteral("DTSTART")),
                 (QStringList{QStringLiteral("DTSTART;TZID=Europe/Lisbon:20261210T092500"),
                              QStringLiteral("DTSTART;TZID=Europe/Berlin:20261210T142500"),
                              QStringLiteral("DTSTART;TZID=Europe/Berlin:20261217T102500")}));
        QCOMPARE(propertyValues(lines, QStringLiteral("DTEND")),
                 (QStringList{QStringLiteral("DTEND;TZID=Europe/Berlin:20261210T132000"),
                              QStringLiteral("DTEND;TZID=Europe/Berlin:20261210T153000"),
                              QStringLiteral("DTEND;TZID=Europe/Lisbon:20261217T132000")}));
        QCOMPARE(propertyValues(lines, QStringLiteral("SUMMARY")).value(0),
                 QStringLiteral("SUMMARY:LIS → FRA TP 576"));
        QVERIFY(lines.contains(QStringLiteral("LOCATION:Humberto Delgado Airport")) ||
                propertyValues(lines, QStringLiteral("LOCATION")).value(0).contains(u"Lisbon"));
        QCOMPARE(lines.count(QStringLiteral("TZID:Europe/Lisbon")), 1);
        QCOMPARE(lines.count(QStringLiteral("TZID:Europe/Berlin")), 1);
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20261129T100000Z")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:TENTATIVE")));
        const QString description = propertyValues(lines, QStringLiteral("DESCRIPTION")).value(0);
        QVERIFY2(description.contains(QStringLiteral("112.50 EUR")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("\\n")));
        QVERIFY(description.contains(QStringLiteral("cannot be booked")));
        QVERIFY(!description.contains(QLatin1Char('\n')));

        // UIDs: one per flight, stable whatever the stamp.
        const QStringList uids = propertyValues(lines, QStringLiteral("UID"));
        QCOMPARE(uids.size(), 3);
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 3);
        OfferCalendar::Options later;
        later.stamp = Stamp.addDays(3);
        QCOMPARE(propertyValues(IcsText::unfold(OfferCalendar::write(offer, later)),
                                QStringLiteral("UID")),
                 uids);
    }

    void referenceAndEscaping() {
        const FlightOffer offer = overnight(QStringLiteral("off;odd,id"), QDate(2027, 3, 27));
        const QStringList lines = IcsText::unfold(calendarOf(offer, QStringLiteral("ABC123")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:CONFIRMED")));
        const QString description = propertyValues(lines, QStringLiteral("DESCRIPTION")).value(0);
        QVERIFY(description.contains(QStringLiteral("Booking reference: ABC123")));
        QVERIFY2(description.contains(QStringLiteral("Air\\, \"Test\"\\; Line")),
                 qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("off\\;odd\\,id")));
        QVERIFY(!description.contains(QStringLiteral("cannot be booked"))); // not a sandbox fare
        // Overnight into the day British Summer Time starts: 23:30 UTC -> 06:25 UTC = 07:25 BST.
        QCOMPARE(propertyValues(lines, QStringLiteral("DTSTART")).value(0),
                 QStringLiteral("DTSTART;TZID=America/New_York:20270327T193000"));
        QCOMPARE(propertyValues(lines, QStringLiteral("DTEND")).value(0),
                 QStringLiteral("DTEND;TZID=Europe/London:20270328T072500"));
    }

    void offsetOnlyTimesAreWrittenInUtc() {
        FlightOffer offer = connection(QStringLiteral("off_1"), "89.00", QDate(2026, 12, 10));
        Segment &s = offer.slices[0].segments[0];
        s.origin = QStringLiteral("XXX"); // unknown airport: no zone to fall back to
        s.departure = s.departure.toOffsetFromUtc(s.departure.offsetFromUtc());
        const QStringList lines = IcsText::unfold(calendarOf(offer));
        QCOMPARE(propertyValues(lines, QStringLiteral("DTSTART")).value(0),
                 QStringLiteral("DTSTART:20261210T092500Z"));
        QCOMPARE(lines.count(QStringLiteral("TZID:Europe/Lisbon")), 0);
    }

    void suggestedFileName() {
        QCOMPARE(OfferCalendar::suggestedFileName(
                     connection(QStringLiteral("off_1"), "89.00", QDate(2026, 12, 10))),
                 QStringLiteral("LIS-BER-2026-12-10.ics"));
    }

    void strictParserAgrees_data() {
        QTest::addColumn<FlightOffer>("offer");
        QTest::newRow("connection, round trip")
            << connection(QStringLiteral("off_42"), "112.50", QDate(2026, 12, 10), true);
        QTest::newRow("overnight into summer time")
            << overnight(QStringLiteral("off;odd,id"), QDate(2027, 3, 27));
        QTest::newRow("summer, autumn change")
            << connection(QStringLiteral("off_7"), "59.99", QDate(2027, 10, 31), true);
    }
    void strictParserAgrees() {
        QFETCH(FlightOffer, offer);
        const QString interpreter = python();
        if (interpreter.isEmpty())
            QSKIP("python3 is not installed");
        QProcess probe;
        probe.start(interpreter, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("python3-icalendar is not installed (tools/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("offer.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(calendarOf(offer, QStringLiteral("PNR1")));
        file.close();
        QProcess check;
        check.start(interpreter, {QStringLiteral("-c"), QString::fromUtf8(Checker), path});
        QVERIFY(check.waitForFinished(60000));
        const QString out = QString::fromUtf8(check.readAllStandardOutput());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QStringList expected;
        const QStringList uids =
            propertyValues(IcsText::unfold(calendarOf(offer)), QStringLiteral("UID"));
        int n = 0;
        for (const Slice &slice : offer.slices) {
            for (const Segment &s : slice.segments) {
                expected << QStringLiteral("%1 %2 %3 %4 → %5 %6")
                                .arg(uids.value(n++).mid(4),
                                     s.departure.toUTC().toString(
                                         QStringLiteral("yyyyMMddTHHmmssZ")),
                                     s.arrival.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")),
                                     s.origin, s.destination, s.designator());
            }
        }
        QCOMPARE(out.trimmed().split(QLatin1Char('\n')), expected);
    }
};

QTEST_GUILESS_MAIN(TestOfferCalendar)
#include "tst_offercalendar.moc"
