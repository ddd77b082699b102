// SPDX-License-Identifier: GPL-3.0-or-later
// SessionCsv: RFC 4180 quoting, one row per offer seen, formula-injection safety.
#include "HistoryFixtures.h"
#include "storage/export/SessionCsv.h"

#include <QTest>

using namespace HistoryFixtures;

namespace {
/** A strict RFC 4180 reader (CRLF records, quoted fields may hold CR, LF, commas, ""). */
QList<QStringList> parseCsv(const QByteArray &bytes, QString *error) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last record does not end in CRLF");
    return rows;
}
} // namespace

class TestSessionCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("LIS") << QStringLiteral("LIS");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("TP,LH") << QStringLiteral("\"TP,LH\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("formula +") << QStringLiteral("+33 1") << QStringLiteral("'+33 1");
        QTest::newRow("formula -") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("formula and quote")
            << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("not at the start") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("utf-8") << QStringLiteral("Zürich → Köln")
                               << QStringLiteral("Zürich → Köln");
    }
    void field() {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(SessionCsv::field(value), written);
    }

    void oneRowPerOffer() {
        SessionTranscript t;
        t.summary.id = 5;
        t.summary.title = QStringLiteral("=cmd|' /C calc'!A0, \"trip\"\nsecond line");
        t.summary.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        t.summary.updatedAt = t.summary.createdAt.addSecs(60);
        ChatMessage ask =
            message(ChatMessage::Role::User, QStringLiteral("LIS to BER"), t.summary.createdAt);
        ask.id = 1;
        ChatMessage answer = message(ChatMessage::Role::Assistant, QStringLiteral("Two offers"),
                                     t.summary.createdAt.addSecs(2), 2);
        answer.id = 2;
        ChatMessage answer2 = message(ChatMessage::Role::Assistant, QStringLiteral("One"),
                                      t.summary.createdAt.addSecs(60), 1);
        answer2.id = 3;
        t.messages = {ask, answer, answer2};
        t.offersByMessage.insert(
            2, {connection(QStringLiteral("off_1"), "89.00", {2026, 12, 10}),
                connection(QStringLiteral("off_2"), "112.50", {2026, 12, 10}, true)});
        t.offersByMessage.insert(3, {overnight(QStringLiteral("-off_3"), {2027, 3, 27})});

        const QByteArray csv = SessionCsv::write(t);
        QCOMPARE(SessionCsv::write(t), csv);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QString error;
        const QList<QStringList> rows = parseCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first(), SessionCsv::header());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), SessionCsv::header().size());
        auto column = [&](int row, const char *name) {
            return rows.at(row).value(SessionCsv::header().indexOf(QLatin1String(name)));
        };
        QCOMPARE(column(1, "session_id"), QStringLiteral("5"));
        QCOMPARE(column(1, "session_title"), QLatin1Char('\'') + t.summary.title);
        QCOMPARE(column(1, "message_time"), QStringLiteral("2026-11-29T09:00:02.000Z"));
        QCOMPARE(column(1, "position"), QStringLiteral("1"));
        QCOMPARE(column(2, "position"), QStringLiteral("2"));
        QCOMPARE(column(3, "position"), QStringLiteral("1"));
        QCOMPARE(column(1, "origin"), QStringLiteral("LIS"));
        QCOMPARE(column(1, "destination"), QStringLiteral("BER"));
        QCOMPARE(column(1, "departure"), QStringLiteral("2026-12-10T09:25:00+00:00"));
        QCOMPARE(column(1, "arrival"), QStringLiteral("2026-12-10T15:30:00+01:00"));
        QCOMPARE(column(1, "return_departure"), QString());
        QCOMPARE(column(2, "return_departure"), QStringLiteral("2026-12-17T10:25:00+01:00"));
        QCOMPARE(column(1, "carriers"), QStringLiteral("TP,LH"));
        QCOMPARE(column(2, "flight_numbers"), QStringLiteral("TP576,LH190,TP537"));
        QCOMPARE(column(1, "stops"), QStringLiteral("1"));
        QCOMPARE(column(1, "duration"), QStringLiteral("PT5H5M"));
        QCOMPARE(column(2, "total_amount"), QStringLiteral("112.50"));
        QCOMPARE(column(3, "total_amount"), QStringLiteral("1234.50"));
        QCOMPARE(column(3, "currency"), QStringLiteral("USD"));
        QCOMPARE(column(3, "cabin"), QStringLiteral("business"));
        QCOMPARE(column(3, "offer_id"), QStringLiteral("'-off_3")); // formula-safe
        QCOMPARE(column(3, "provider"), QStringLiteral("duffel"));
        QCOMPARE(column(3, "seen_at"), QStringLiteral("2026-11-29T09:01:00.000Z"));
        // No cell a spreadsheet would evaluate.
        for (const QStringList &row : rows)
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)),
                         qPrintable(cell));
    }

    void headerOnlyWithoutOffers() {
        SessionTranscript t;
        t.summary.id = 1;
        QCOMPARE(SessionCsv::write(t),
                 SessionCsv::header().join(QLatin1Char(',')).toUtf8() + QByteArray("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSessionCsv)
#include "tst_sessioncsv.moc"
