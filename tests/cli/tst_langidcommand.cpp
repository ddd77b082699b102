// SPDX-License-Identifier: GPL-3.0-or-later
// `booking-cli langid` end to end (DESIGN 5).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLangidCommand : public QObject {
    Q_OBJECT

private slots:
    void jsonLines();
};

void TestLangidCommand::jsonLines() {
    QTemporaryDir dataDir;
    QProcess process;
    process.setProgram(QStringLiteral(BOOKING_CLI_PATH));
    process.setArguments({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("langid")});
    process.start();
    // Invalid UTF-8 (0xff) and an empty line must not stop the batch.
    process.write("je veux un vol pour Lisbonne demain\n"
                  "LHR JFK 2\n"
                  "\n"
                  "2 Erwachsene\n"
                  "vuelo a Lisboa ma\xc3\xb1"
                  "ana \xff\n"
                  "amanh\xc3\xa3");
    process.closeWriteChannel();
    // A wait for the process to end, not a performance limit.
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QStringList expected = {QStringLiteral("fr"),  QStringLiteral("und"),
                                  QStringLiteral("und"), QStringLiteral("de"),
                                  QStringLiteral("es"),  QStringLiteral("pt")};
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(o.value(QStringLiteral("text")).isString());
        QCOMPARE(o.value(QStringLiteral("language")).toString(), expected.at(i));
        const double confidence = o.value(QStringLiteral("confidence")).toDouble(-1);
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        const QJsonObject scores = o.value(QStringLiteral("scores")).toObject();
        QCOMPARE(scores.keys(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                              QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("pt")}));
        double sum = 0;
        for (const QJsonValue v : scores)
            sum += v.toDouble();
        QVERIFY(qAbs(sum - 1.0) < 0.001);
    }
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("je veux un vol pour Lisbonne demain"));
}

QTEST_GUILESS_MAIN(TestLangidCommand)
#include "tst_langidcommand.moc"
