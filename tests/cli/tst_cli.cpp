// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the booking-cli executable (DESIGN section 5), run as a separate process.
#include "PostgresTestServer.h"
#include "storage/SessionStore.h"
#include "util/HistorySettings.h"
#include "util/ProviderSettings.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A fixed "now" so that every run sees the same dates: Sunday 29 November 2026, 10:00 CET.
const QString Now = QStringLiteral("2026-11-29T10:00:00+01:00");
} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;

    Run cli(const QStringList &args, const QByteArray &input = QByteArray(),
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProgram(QStringLiteral(BOOKING_CLI_PATH));
        process.setArguments(args);
        process.setProcessEnvironment(environment);
        process.start();
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        // A wait for the process to end, not a performance limit.
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList dataDirArgs() const { return {QStringLiteral("--data-dir"), m_dataDir.path()}; }

    /** The environment without any BOOKING_* credential variable. */
    static QProcessEnvironment withoutCredentials() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"BOOKING_DUFFEL_TOKEN", "BOOKING_AMADEUS_CLIENT_ID", "BOOKING_AMADEUS_CLIENT_SECRET"})
            environment.remove(QString::fromLatin1(name));
        return environment;
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out) {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning() << "not a JSON object:" << line;
                return {};
            }
            objects.append(doc.object());
        }
        return objects;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dataDir.isValid()); }

    void versionAndHelp() {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(
            QString::fromUtf8(version.out)
                .contains(QRegularExpression(QStringLiteral("^booking-cli \\d+\\.\\d+\\.\\d+"))));
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"parse", "search", "chat", "history", "--data-dir"})
            QVERIFY2(help.out.contains(word), word);
        const Run searchHelp = cli({QStringLiteral("search"), QStringLiteral("--help")});
        QCOMPARE(searchHelp.exitCode, 0);
        QVERIFY(searchHelp.out.contains("--from"));
        QVERIFY(searchHelp.out.contains("--nonstop"));
    }

    void badCommandLines_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << "Usage";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << "unknown command";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("search"), QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("missing to")
            << QStringList{QStringLiteral("search"), QStringLiteral("--from"),
                           QStringLiteral("PAR"), QStringLiteral("--date"),
                           QStringLiteral("2026-12-11")}
            << "--to";
        QTest::newRow("unknown city")
            << QStringList{QStringLiteral("search"),     QStringLiteral("--from"),
                           QStringLiteral("Xyzzyville"), QStringLiteral("--to"),
                           QStringLiteral("ROM"),        QStringLiteral("--date"),
                           QStringLiteral("2026-12-11")}
            << "unknown place";
        QTest::newRow("bad date") << QStringList{QStringLiteral("search"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("PAR"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("ROM"),
                                                 QStringLiteral("--date"),
                                                 QStringLiteral("11/12/2026")}
                                  << "YYYY-MM-DD";
        QTest::newRow("date in the past")
            << QStringList{QStringLiteral("search"),    QStringLiteral("--from"),
                           QStringLiteral("PAR"),       QStringLiteral("--to"),
                           QStringLiteral("ROM"),       QStringLiteral("--date"),
                           QStringLiteral("2026-01-05")}
            << "in the past";
        QTest::newRow("same city")
            << QStringList{QStringLiteral("search"),    QStringLiteral("--from"),
                           QStringLiteral("CDG"),       QStringLiteral("--to"),
                           QStringLiteral("PAR"),       QStringLiteral("--date"),
                           QStringLiteral("2026-12-11")}
            << "same";
        QTest::newRow("too many infants")
            << QStringList{QStringLiteral("search"),     QStringLiteral("--from"),
                           QStringLiteral("PAR"),        QStringLiteral("--to"),
                           QStringLiteral("ROM"),        QStringLiteral("--date"),
                           QStringLiteral("2026-12-11"), QStringLiteral("--infants"),
                           QStringLiteral("2")}
            << "infants";
        QTest::newRow("bad cabin")
            << QStringList{QStringLiteral("search"),     QStringLiteral("--from"),
                           QStringLiteral("PAR"),        QStringLiteral("--to"),
                           QStringLiteral("ROM"),        QStringLiteral("--date"),
                           QStringLiteral("2026-12-11"), QStringLiteral("--cabin"),
                           QStringLiteral("luxury")}
            << "--cabin";
        QTest::newRow("bad now") << QStringList{QStringLiteral("parse"), QStringLiteral("--now"),
                                                QStringLiteral("yesterday")}
                                 << "--now";
        QTest::newRow("bad lang") << QStringList{QStringLiteral("parse"), QStringLiteral("--lang"),
                                                 QStringLiteral("xx")}
                                  << "--lang";
        QTest::newRow("history garbage")
            << QStringList{QStringLiteral("history"), QStringLiteral("frobnicate")} << "list";
    }
    void badCommandLines() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QStringList all = dataDirArgs() + args;
        if (args.value(0) == QLatin1String("search") || args.value(0) == QLatin1String("parse"))
            all << QStringLiteral("--now") << Now;
        if (args.contains(QStringLiteral("--now")))
            all = dataDirArgs() + args; // the row's own --now
        const Run run = cli(all, QByteArray("x\n"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void searchJson() {
        const Run run =
            cli(dataDirArgs() + QStringList{QStringLiteral("search"), QStringLiteral("--from"),
                                            QStringLiteral("PAR"), QStringLiteral("--to"),
                                            QStringLiteral("ROM"), QStringLiteral("--date"),
                                            QStringLiteral("2026-12-11"), QStringLiteral("--json"),
                                            QStringLiteral("--now"), Now});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject out = lines.first();
        QCOMPARE(out.value(QStringLiteral("provider")).toString(), QStringLiteral("sandbox"));
        const QJsonObject request = out.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("slices")).toArray().size(), 1);
        const QJsonArray offers = out.value(QStringLiteral("offers")).toArray();
        QVERIFY2(offers.size() >= 20 && offers.size() <= 100, QByteArray::number(offers.size()));
        const QRegularExpression decimal(QStringLiteral("^\\d+\\.\\d{2}$"));
        const QRegularExpression isoLocal(
            QStringLiteral("^2026-12-1[12]T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
        const QRegularExpression duration(QStringLiteral("^P(\\d+D)?T(\\d+H)?(\\d+M)?$"));
        for (const QJsonValue &value : offers) {
            const QJsonObject offer = value.toObject();
            QVERIFY(!offer.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(offer.value(QStringLiteral("total_amount")).isString());
            QVERIFY(
                decimal.match(offer.value(QStringLiteral("total_amount")).toString()).hasMatch());
            QCOMPARE(offer.value(QStringLiteral("total_currency")).toString(),
                     QStringLiteral("EUR"));
            QCOMPARE(offer.value(QStringLiteral("owner"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString()
                         .size(),
                     2);
            const QJsonArray slices = offer.value(QStringLiteral("slices")).toArray();
            QCOMPARE(slices.size(), 1);
            const QJsonObject slice = slices.first().toObject();
            QVERIFY(isoLocal.match(slice.value(QStringLiteral("departure")).toString()).hasMatch());
            QVERIFY(isoLocal.match(slice.value(QStringLiteral("arrival")).toString()).hasMatch());
            QVERIFY(duration.match(slice.value(QStringLiteral("duration")).toString()).hasMatch());
            const QJsonArray segments = slice.value(QStringLiteral("segments")).toArray();
            QVERIFY(!segments.isEmpty());
            QVERIFY(
                QStringList({QStringLiteral("CDG"), QStringLiteral("ORY"), QStringLiteral("BVA")})
                    .contains(
                        segments.first().toObject().value(QStringLiteral("origin")).toString()));
            for (const QJsonValue &s : segments) {
                const QJsonObject segment = s.toObject();
                for (const char *key : {"carrier", "flight_number", "origin", "destination",
                                        "departure", "arrival", "aircraft"})
                    QVERIFY2(!segment.value(QLatin1String(key)).toString().isEmpty(), key);
            }
        }
        // Deterministic: the same search prints the same offers.
        const Run again = cli(
            dataDirArgs() +
            QStringList{QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("PAR"),
                        QStringLiteral("--to"), QStringLiteral("ROM"), QStringLiteral("--date"),
                        QStringLiteral("2026-12-11"), QStringLiteral("--json"),
                        QStringLiteral("--now"), Now, QStringLiteral("--no-history")});
        QCOMPARE(again.out, run.out);
    }

    void searchTextRoundTripAndHistory() {
        const Run run = cli(dataDirArgs() +
                            QStringList{QStringLiteral("search"), QStringLiteral("--from"),
                                        QStringLiteral("London"), QStringLiteral("--to"),
                                        QStringLiteral("JFK"), QStringLiteral("--date"),
                                        QStringLiteral("2026-12-10"), QStringLiteral("--return"),
                                        QStringLiteral("2026-12-17"), QStringLiteral("--adults"),
                                        QStringLiteral("2"), QStringLiteral("--now"), Now});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("offers from London"));
        QVERIFY(run.out.contains("JFK"));
        QVERIFY(run.out.contains("£")); // fares from the UK are in pounds

        const Run list =
            cli(dataDirArgs() + QStringList{QStringLiteral("history"), QStringLiteral("list"),
                                            QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QList<QJsonObject> sessions = jsonLines(list.out);
        QVERIFY(sessions.size() >= 1); // searchJson() ran before, with history
        const QJsonObject newest = sessions.first();
        QVERIFY(newest.value(QStringLiteral("title")).toString().contains(QStringLiteral("LON")));
        QVERIFY(newest.value(QStringLiteral("offers")).toInt() >= 20);

        const Run show =
            cli(dataDirArgs() +
                QStringList{QStringLiteral("history"), QStringLiteral("show"),
                            QString::number(newest.value(QStringLiteral("id")).toInteger()),
                            QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject session = jsonLines(show.out).value(0);
        const QJsonArray messages = session.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("offers")).toArray().size(),
                 newest.value(QStringLiteral("offers")).toInt());

        const Run missing =
            cli(dataDirArgs() + QStringList{QStringLiteral("history"), QStringLiteral("show"),
                                            QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no session"));
    }

    void historySearch() {
        QTemporaryDir dir;
        const QStringList data = {QStringLiteral("--data-dir"), dir.path()};
        // Nothing stored yet: no hits, no error.
        Run run = cli(data + QStringList{u"history"_qs, u"search"_qs, u"zurich"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        run = cli(data + QStringList{u"search"_qs, u"--from"_qs, u"LIS"_qs, u"--to"_qs, u"ZRH"_qs,
                                     u"--date"_qs, u"2026-12-10"_qs, u"--now"_qs, Now});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        run = cli(data + QStringList{u"history"_qs, u"search"_qs, u"ZURICH"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY2(!lines.isEmpty() && !lines.first().isEmpty(), run.out.constData());
        // id, date, title, snippet with the matched words in [brackets]
        const QList<QByteArray> fields = lines.first().split('\t');
        QCOMPARE(fields.size(), 4);
        QVERIFY(fields.at(0).toLongLong() > 0);
        QVERIFY(QDateTime::fromString(QString::fromUtf8(fields.at(1)), u"yyyy-MM-dd HH:mm"_qs)
                    .isValid());
        QVERIFY2(fields.at(3).contains("[Zurich]") || fields.at(3).contains("[Zürich]") ||
                     fields.at(3).contains("[ZRH]"),
                 fields.at(3).constData());

        run = cli(data + QStringList{u"history"_qs, u"search"_qs, u"zür"_qs, u"--json"_qs,
                                     u"--limit"_qs, u"1"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> hits = jsonLines(run.out);
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first();
        QCOMPARE(hit.value(u"session"_qs).toInteger(), fields.at(0).toLongLong());
        const QString snippet = hit.value(u"snippet"_qs).toString();
        const QJsonArray marks = hit.value(u"marks"_qs).toArray();
        QVERIFY(!marks.isEmpty());
        for (const QJsonValue &mark : marks) {
            const int start = mark.toArray().at(0).toInt();
            const int end = mark.toArray().at(1).toInt();
            QVERIFY(start >= 0 && end > start && end <= snippet.size());
            QVERIFY2(snippet.mid(start, end - start).startsWith(u"Z"_qs), qPrintable(snippet));
        }
        for (const char *key : {"message", "title", "at", "role", "score"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);

        // FTS syntax in the text is taken literally: no error, no hit.
        for (const QString &text : {u"NEAR("_qs, u"\"AND\" *"_qs, u"zurich qqzz"_qs}) {
            run = cli(data + QStringList{u"history"_qs, u"search"_qs, text});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.isEmpty(), run.out.constData());
        }
        run = cli(data + QStringList{u"history"_qs, u"search"_qs});
        QCOMPARE(run.exitCode, 2);
        run = cli(data + QStringList{u"history"_qs, u"search"_qs, u"x"_qs, u"--limit"_qs, u"0"_qs});
        QCOMPARE(run.exitCode, 2);
    }

    void parseLines() {
        const QByteArray input = "LHR to JFK on 2026-12-10\n"
                                 "from Paris to Rome next friday\n"
                                 "\n"
                                 "\xff\xfe garbage \x01\n"
                                 "tomorrow 2 adults to Lisbon";
        const Run run =
            cli(dataDirArgs() + QStringList{QStringLiteral("parse"), QStringLiteral("--now"), Now},
                input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 5);
        for (const QJsonObject &o : lines) {
            for (const char *key : {"text", "language", "language_confidence", "intent", "origin",
                                    "destination", "via", "departure", "return", "trip",
                                    "passengers", "cabin", "nonstop", "airlines", "max_price"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        const QJsonObject first = lines.at(0);
        QCOMPARE(first.value(QStringLiteral("origin"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("LHR"));
        QCOMPARE(first.value(QStringLiteral("origin"))
                     .toObject()
                     .value(QStringLiteral("span"))
                     .toArray(),
                 QJsonArray({0, 3}));
        QCOMPARE(first.value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("JFK"));
        QCOMPARE(first.value(QStringLiteral("departure"))
                     .toObject()
                     .value(QStringLiteral("date"))
                     .toString(),
                 QStringLiteral("2026-12-10"));
        const QJsonObject second = lines.at(1);
        QCOMPARE(second.value(QStringLiteral("origin"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("PAR"));
        QCOMPARE(second.value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ROM"));
        // Next friday from Sunday 29 November, in Duckling's convention: Friday of next week.
        QCOMPARE(second.value(QStringLiteral("departure"))
                     .toObject()
                     .value(QStringLiteral("date"))
                     .toString(),
                 QStringLiteral("2026-12-04"));
        QVERIFY(lines.at(2).value(QStringLiteral("origin")).isNull());
        QVERIFY(lines.at(3).value(QStringLiteral("destination")).isNull());
        const QJsonObject last = lines.at(4);
        QCOMPARE(last.value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("LIS"));
        QCOMPARE(last.value(QStringLiteral("passengers"))
                     .toObject()
                     .value(QStringLiteral("adults"))
                     .toInt(),
                 2);
        QCOMPARE(last.value(QStringLiteral("departure"))
                     .toObject()
                     .value(QStringLiteral("date"))
                     .toString(),
                 QStringLiteral("2026-11-30"));
    }

    void datesLines() {
        const QByteArray input = "tomorrow at 3pm\n"
                                 "du 3 au 10 juin\n"
                                 "nothing here\n";
        const Run run = cli({QStringLiteral("dates"), QStringLiteral("--now"),
                             QStringLiteral("2013-02-12T04:30:00-02:00")},
                            input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        const QJsonObject first =
            lines.at(0).value(QStringLiteral("dates")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("span")).toArray(), QJsonArray({0, 15}));
        const QJsonObject value = first.value(QStringLiteral("value")).toObject();
        QCOMPARE(value.value(QStringLiteral("value")).toString(),
                 QStringLiteral("2013-02-13T15:00:00.000-02:00"));
        QCOMPARE(value.value(QStringLiteral("grain")).toString(), QStringLiteral("hour"));
        const QJsonObject range = lines.at(1)
                                      .value(QStringLiteral("dates"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("value"))
                                      .toObject();
        QCOMPARE(range.value(QStringLiteral("type")).toString(), QStringLiteral("interval"));
        // Duckling's interval end is exclusive: 10 June included, so the 11th at midnight.
        QCOMPARE(
            range.value(QStringLiteral("to")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("2013-06-11T00:00:00.000-02:00"));
        QVERIFY(lines.at(2).value(QStringLiteral("dates")).toArray().isEmpty());
    }

    void chatConversation() {
        const QByteArray input = "hello\n"
                                 "I want to fly to Rome\n"
                                 "from Paris\n"
                                 "next friday\n"
                                 "make it business class\n";
        const Run run =
            cli(dataDirArgs() + QStringList{QStringLiteral("chat"), QStringLiteral("--json"),
                                            QStringLiteral("--now"), Now},
                input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> turns = jsonLines(run.out);
        QCOMPARE(turns.size(), 5);
        QCOMPARE(turns.at(0).value(QStringLiteral("action")).toString(), QStringLiteral("answer"));
        QCOMPARE(turns.at(1).value(QStringLiteral("action")).toString(), QStringLiteral("ask"));
        QCOMPARE(turns.at(2).value(QStringLiteral("action")).toString(), QStringLiteral("ask"));
        const QJsonObject state = turns.at(2).value(QStringLiteral("state")).toObject();
        QCOMPARE(state.value(QStringLiteral("origin"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("PAR"));
        QCOMPARE(state.value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ROM"));
        QCOMPARE(turns.at(3).value(QStringLiteral("action")).toString(), QStringLiteral("search"));
        QVERIFY(turns.at(3).value(QStringLiteral("offers")).toArray().size() >= 20);
        QCOMPARE(turns.at(4).value(QStringLiteral("action")).toString(), QStringLiteral("refine"));
        QCOMPARE(turns.at(4)
                     .value(QStringLiteral("state"))
                     .toObject()
                     .value(QStringLiteral("cabin"))
                     .toString(),
                 QStringLiteral("business"));
    }

    void unreadableDatabaseIsMovedAside() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("search"),
                 QStringLiteral("--from"), QStringLiteral("MUC"), QStringLiteral("--to"),
                 QStringLiteral("MAD"), QStringLiteral("--date"), QStringLiteral("2026-12-20"),
                 QStringLiteral("--now"), Now});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("moved"));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(
            std::any_of(files.cbegin(), files.cend(),
                        [](const QString &f) { return f.contains(QStringLiteral("corrupt")); }),
            qPrintable(files.join(u' ')));
        const Run list = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("history"),
                              QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count('\n'), 1);
    }

    void healthJsonSandbox() {
        QTemporaryDir dir;
        const Run run =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("health"),
                 QStringLiteral("--json"), QStringLiteral("--samples"), QStringLiteral("2")},
                QByteArray(), withoutCredentials());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject report = lines.first();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("provider")).toString(), QStringLiteral("sandbox"));
        QStringList names;
        for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            names << check.value(QStringLiteral("name")).toString();
            QVERIFY(QStringList(
                        {QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("failed")})
                        .contains(check.value(QStringLiteral("status")).toString()));
            QVERIFY(!check.value(QStringLiteral("message")).toString().isEmpty());
            if (names.last() != QLatin1String("keychain")) // no keychain here is a warning
                QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("reachable"), QStringLiteral("authenticated"),
                                     QStringLiteral("rate_limit"), QStringLiteral("latency"),
                                     QStringLiteral("database"), QStringLiteral("keychain")}));
        const QJsonObject latency =
            report.value(QStringLiteral("checks")).toArray().at(3).toObject();
        QCOMPARE(latency.value(QStringLiteral("samples")).toInt(), 2);
        QVERIFY(latency.contains(QStringLiteral("p50_ms")));
        QVERIFY(latency.contains(QStringLiteral("p95_ms")));

        const Run text = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("health")},
                             QByteArray(), withoutCredentials());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("reachable"));
        QVERIFY(text.out.contains("healthy"));
    }

    void healthUnreachableProviderFails() {
        QTemporaryDir dir;
        QProcessEnvironment environment = withoutCredentials();
        environment.insert(QStringLiteral("BOOKING_DUFFEL_TOKEN"),
                           QStringLiteral("duffel_test_cli_health"));
        const Run run =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("health"),
                 QStringLiteral("--json"), QStringLiteral("--provider"), QStringLiteral("duffel"),
                 QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")},
                QByteArray(), environment);
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject reachable =
            lines.first().value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(reachable.value(QStringLiteral("name")).toString(), QStringLiteral("reachable"));
        QCOMPARE(reachable.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!run.out.contains("duffel_test_cli_health"));
        QVERIFY(!run.err.contains("duffel_test_cli_health"));
    }

    void healthWithoutCredentialsFails() {
        QTemporaryDir dir;
        const Run run =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("health"),
                 QStringLiteral("--json"), QStringLiteral("--provider"), QStringLiteral("amadeus")},
                QByteArray(), withoutCredentials());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("BOOKING_AMADEUS_CLIENT_ID"));
    }

    void missingCredentialsAreAUsageError_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("variable");
        QTest::newRow("duffel") << QStringLiteral("duffel") << QByteArray("BOOKING_DUFFEL_TOKEN");
        QTest::newRow("amadeus") << QStringLiteral("amadeus")
                                 << QByteArray("BOOKING_AMADEUS_CLIENT_SECRET");
    }

    void missingCredentialsAreAUsageError() {
        QFETCH(QString, provider);
        QFETCH(QByteArray, variable);
        const Run run =
            cli({QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("PAR"),
                 QStringLiteral("--to"), QStringLiteral("ROM"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-11"), QStringLiteral("--now"), Now,
                 QStringLiteral("--no-history"), QStringLiteral("--provider"), provider,
                 QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")},
                QByteArray(), withoutCredentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(variable), run.err.constData());
        QVERIFY2(run.err.contains("settings"), run.err.constData());
    }
    // history export / import (issue 5), on a history made by importing a file the test writes,
    // so that it depends on no search.
    void historyExportImport() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList data{QStringLiteral("--data-dir"), dir.path()};
        auto offer = [](const char *id, const char *amount) {
            const QJsonObject segment{
                {QStringLiteral("carrier"), QStringLiteral("TP")},
                {QStringLiteral("carrier_name"), QStringLiteral("TAP Air Portugal")},
                {QStringLiteral("flight_number"), QStringLiteral("576")},
                {QStringLiteral("origin"), QStringLiteral("LIS")},
                {QStringLiteral("destination"), QStringLiteral("BER")},
                {QStringLiteral("departure"), QStringLiteral("2026-12-10T09:25:00+00:00")},
                {QStringLiteral("departure_tz"), QStringLiteral("Europe/Lisbon")},
                {QStringLiteral("arrival"), QStringLiteral("2026-12-10T14:30:00+01:00")},
                {QStringLiteral("arrival_tz"), QStringLiteral("Europe/Berlin")},
                {QStringLiteral("aircraft"), QStringLiteral("Airbus A320")}};
            const QJsonObject slice{
                {QStringLiteral("origin"), QStringLiteral("LIS")},
                {QStringLiteral("destination"), QStringLiteral("BER")},
                {QStringLiteral("departure"), QStringLiteral("2026-12-10T09:25:00+00:00")},
                {QStringLiteral("arrival"), QStringLiteral("2026-12-10T14:30:00+01:00")},
                {QStringLiteral("duration"), QStringLiteral("PT4H5M")},
                {QStringLiteral("segments"), QJsonArray{segment}}};
            return QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("provider"), QStringLiteral("sandbox")},
                {QStringLiteral("total_amount"), QString::fromLatin1(amount)},
                {QStringLiteral("total_currency"), QStringLiteral("EUR")},
                {QStringLiteral("owner"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("TP")},
                             {QStringLiteral("name"), QStringLiteral("TAP Air Portugal")}}},
                {QStringLiteral("cabin"), QStringLiteral("economy")},
                {QStringLiteral("slices"), QJsonArray{slice}}};
        };
        auto messageJson = [](const char *role, const QString &text, const char *at,
                              const QJsonArray &offers) {
            return QJsonObject{{QStringLiteral("role"), QString::fromLatin1(role)},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("created_at"), QString::fromLatin1(at)},
                               {QStringLiteral("highlights"), QJsonArray{}},
                               {QStringLiteral("offer_count"), int(offers.size())},
                               {QStringLiteral("offers"), offers}};
        };
        const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("booking-assistant-session")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("session"),
             QJsonObject{
                 {QStringLiteral("title"), QStringLiteral("Lisbon to Berlin")},
                 {QStringLiteral("source"), QStringLiteral("cli")},
                 {QStringLiteral("created_at"), QStringLiteral("2026-11-29T09:00:00.000Z")},
                 {QStringLiteral("updated_at"), QStringLiteral("2026-11-29T09:00:02.000Z")}}},
            {QStringLiteral("messages"),
             QJsonArray{
                 messageJson("user", QStringLiteral("Lisbon to Berlin on 10 December"),
                             "2026-11-29T09:00:00.000Z", {}),
                 messageJson("assistant", QStringLiteral("Two offers, from €89.00."),
                             "2026-11-29T09:00:02.000Z",
                             QJsonArray{offer("off_a", "89.00"), offer("off_b", "120.50")})}}};
        const QByteArray exported = QJsonDocument(document).toJson(QJsonDocument::Indented);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported);
        out.close();

        const Run imported =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString id = QString::fromUtf8(imported.out).trimmed();
        QVERIFY2(id.toLongLong() > 0, imported.out.constData());

        // export -> the same bytes as the file imported (ids are not part of the format).
        const Run json =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("export"), id,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, exported);
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        const Run toFile =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("export"), id,
                                   QStringLiteral("--output"), copy});
        QCOMPARE(toFile.exitCode, 0);
        QFile written(copy);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), exported);

        const Run csv =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("export"), id,
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.split('\n');
        QCOMPARE(rows.size(), 4); // header, two offers, and the empty rest after the last CRLF
        QVERIFY(rows.at(0).startsWith("session_id,session_title,"));
        QVERIFY(rows.at(2).contains(",off_b,LIS,BER,2026-12-10T09:25:00+00:00,"));
        QVERIFY(rows.at(2).contains(",120.50,EUR,economy,"));

        const Run ics =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("export"), id,
                                   QStringLiteral("--format"), QStringLiteral("ics"),
                                   QStringLiteral("--offer"), QStringLiteral("2"),
                                   QStringLiteral("--reference"), QStringLiteral("XYZ789")});
        QVERIFY2(ics.exitCode == 0, ics.err.constData());
        QVERIFY(ics.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.out.contains("DTSTART;TZID=Europe/Lisbon:20261210T092500\r\n"));
        QVERIFY(ics.out.contains("DTEND;TZID=Europe/Berlin:20261210T143000\r\n"));
        QVERIFY(ics.out.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
        QVERIFY(ics.out.contains("120.50 EUR"));
        QVERIFY(ics.out.contains("XYZ789"));
        const Run byId =
            cli(data + QStringList{QStringLiteral("history"), QStringLiteral("export"), id,
                                   QStringLiteral("--format"), QStringLiteral("ics"),
                                   QStringLiteral("--offer"), QStringLiteral("off_a")});
        QCOMPARE(byId.exitCode, 0);
        QVERIFY(byId.out.contains("89.00 EUR"));

        // Bad ids, formats, offers and files: a sentence and exit 2, nothing on stdout.
        const QString binary = dir.filePath(QStringLiteral("not-json.bin"));
        {
            QFile file(binary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\x7f"
                                  "ELF\x02\x01\x01\0\xff\xfe garbage \x01\n",
                                  18));
        }
        const QList<QPair<QStringList, QByteArray>> bad = {
            {{QStringLiteral("export"), QStringLiteral("abc")}, "session id"},
            {{QStringLiteral("export"), QStringLiteral("9999")}, "no session 9999"},
            {{QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf")},
             "json, csv or ics"},
            {{QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("ics")},
             "--offer N"},
            {{QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("ics"),
              QStringLiteral("--offer"), QStringLiteral("7")},
             "no offer \"7\""},
            {{QStringLiteral("export"), id, QStringLiteral("--offer"), QStringLiteral("1")},
             "for --format ics"},
            {{QStringLiteral("export"), id, QStringLiteral("--output"),
              dir.filePath(QStringLiteral("missing/folder/x.json"))},
             "does not exist"},
            {{QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json"))},
             "does not exist"},
            {{QStringLiteral("import"), binary}, "not valid JSON"},
            {{QStringLiteral("import")}, "give one file"},
        };
        for (const auto &[args, message] : bad) {
            const Run run = cli(data + QStringList{QStringLiteral("history")} + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY2(run.err.contains(message), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        // Nothing half-imported: still one session.
        const Run list = cli(data + QStringList{QStringLiteral("history"), QStringLiteral("list")});
        QCOMPARE(list.out.count('\n'), 1);
    }

    // Issue 5: a data folder whose settings.ini keeps the history on PostgreSQL (as the app's
    // History Storage dialog saves it) is used by search, history and health alike, with the
    // password from BOOKING_HISTORY_PASSWORD; the password never shows.
    void historyOnPostgres() {
        PostgresTestServer server;
        BOOKING_REQUIRE_POSTGRES(server);
        QString error;
        const HistoryConnection database = server.createDatabase(&error);
        QVERIFY2(!database.database.isEmpty(), qPrintable(error));
        const auto dropDatabase = qScopeGuard([&server] { server.dropAll(); });
        QVERIFY(!database.password.isEmpty());
        const QByteArray password = database.password.toUtf8();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSettings settings(ProviderSettings::settingsPathFor(dir.path()), QSettings::IniFormat);
            HistorySettings::save(settings, database);
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        const QStringList data{u"--data-dir"_qs, dir.path()};
        QProcessEnvironment environment = withoutCredentials();
        environment.insert(u"BOOKING_HISTORY_PASSWORD"_qs, database.password);
        const auto noPassword = [&password](const Run &run) {
            return !run.out.contains(password) && !run.err.contains(password);
        };

        Run run =
            cli(data + QStringList{u"search"_qs, u"--from"_qs, u"LIS"_qs, u"--to"_qs, u"ZRH"_qs,
                                   u"--date"_qs, u"2026-12-10"_qs, u"--now"_qs, Now},
                QByteArray(), environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains("warning"), run.err.constData());
        QVERIFY(noPassword(run));
        // Nothing went to the data folder's SQLite file.
        QVERIFY(!QFileInfo::exists(SessionStore::databasePathFor(dir.path())));

        run = cli(data + QStringList{u"history"_qs, u"list"_qs, u"--json"_qs}, QByteArray(),
                  environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(noPassword(run));
        const QList<QJsonObject> sessions = jsonLines(run.out);
        QCOMPARE(sessions.size(), 1);
        const qint64 id = sessions.first().value(u"id"_qs).toInteger();
        QVERIFY(id > 0);
        QVERIFY(sessions.first().value(u"title"_qs).toString().contains(u"LIS"_qs));
        const int offers = sessions.first().value(u"offers"_qs).toInt();
        QVERIFY(offers >= 20);

        run = cli(data + QStringList{u"history"_qs, u"search"_qs, u"zurich"_qs}, QByteArray(),
                  environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(noPassword(run));
        const QList<QByteArray> hits = run.out.trimmed().split('\n');
        QVERIFY2(!hits.first().isEmpty(), run.out.constData());
        for (const QByteArray &hit : hits)
            QCOMPARE(hit.split('\t').value(0).toLongLong(), id);

        // The same session, seen by a store on the PostgreSQL database itself.
        {
            SessionStore store(database);
            const StoreOpenResult opened = store.open().result();
            QVERIFY2(opened.ok, qPrintable(opened.error));
            const QList<SessionSummary> stored = store.listSessions().result();
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.first().id, id);
            QCOMPARE(stored.first().source, u"cli"_qs);
            QCOMPARE(stored.first().offerCount, offers);
        }

        // health checks the server instead of a file.
        run = cli(data + QStringList{u"health"_qs, u"--json"_qs, u"--samples"_qs, u"1"_qs},
                  QByteArray(), environment);
        QVERIFY(noPassword(run));
        QJsonObject check;
        for (const QJsonValue &value : jsonLines(run.out).value(0).value(u"checks"_qs).toArray()) {
            if (value.toObject().value(u"name"_qs).toString() == u"database"_qs)
                check = value.toObject();
        }
        QCOMPARE(check.value(u"status"_qs).toString(), u"ok"_qs);
        QVERIFY2(check.value(u"message"_qs).toString().contains(u"PostgreSQL"_qs),
                 run.out.constData());
        QVERIFY(check.value(u"schema_version"_qs).toInt() >= 1);

        // A wrong password: a clear failure that shows neither password.
        const QString wrong = u"not-the-password-%1"_qs.arg(QCoreApplication::applicationPid());
        environment.insert(u"BOOKING_HISTORY_PASSWORD"_qs, wrong);
        run = cli(data + QStringList{u"history"_qs, u"list"_qs}, QByteArray(), environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refused"), run.err.constData());
        QVERIFY(noPassword(run));
        QVERIFY(!run.err.contains(wrong.toUtf8()));
        run = cli(data + QStringList{u"health"_qs, u"--json"_qs, u"--samples"_qs, u"1"_qs},
                  QByteArray(), environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(noPassword(run));
        QVERIFY(!run.out.contains(wrong.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
