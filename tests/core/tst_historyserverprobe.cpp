// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" of the history settings and the QPSQL connections behind it, against the
// real server of ctest's "postgres" fixture: success sentences, and a clear sentence for a wrong
// password, an unknown database or user, and a port where nothing listens.
#include "PostgresTestServer.h"
#include "storage/HistoryServerProbe.h"
#include "storage/PostgresConnection.h"
#include "storage/PostgresSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryServerProbe : public QObject {
    Q_OBJECT

private:
    PostgresTestServer m_server;
    HistoryConnection m_connection;

private Q_SLOTS:
    void sqliteFolder() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryProbeResult result = HistoryServerProbe::probe(
            HistoryConnection::sqlite(dir.filePath(QStringLiteral("sub/history.sqlite"))));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.message.contains(dir.filePath(QStringLiteral("sub/history.sqlite"))));
        result = HistoryServerProbe::probe(HistoryConnection::sqlite(QString()));
        QVERIFY(!result.ok);
    }

    void invalidSettingsAreRefusedBeforeConnecting() {
        HistoryConnection connection = HistoryConnection::postgreSql(
            QStringLiteral("db.example"), 5432, QString(), QStringLiteral("agent"));
        const HistoryProbeResult result = HistoryServerProbe::probe(connection);
        QVERIFY(!result.ok);
        QCOMPARE(result.message, connection.problem());
    }

    void init() {
        if (QByteArray(QTest::currentTestFunction()).startsWith("sqlite") ||
            QByteArray(QTest::currentTestFunction()).startsWith("invalid"))
            return;
        BOOKING_REQUIRE_POSTGRES(m_server);
        QString error;
        m_connection = m_server.createDatabase(&error);
        QVERIFY2(!m_connection.database.isEmpty(), qPrintable(error));
    }
    void cleanup() {
        if (!m_connection.database.isEmpty())
            m_server.dropDatabase(m_connection.database);
        m_connection = HistoryConnection();
    }

    void emptyDatabase() {
        const HistoryProbeResult result = HistoryServerProbe::probe(m_connection);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.schemaVersion, 0);
        QVERIFY(!result.serverVersion.isEmpty());
        QVERIFY2(result.message.contains(result.serverVersion), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("no history yet")),
                 qPrintable(result.message));
        // The probe only reads: still no tables.
        const HistoryProbeResult again = HistoryServerProbe::probe(m_connection);
        QCOMPARE(again.schemaVersion, 0);
    }

    void databaseWithHistory() {
        {
            QString error;
            QSqlDatabase db =
                PostgresConnection::open(m_connection, QStringLiteral("setup"), &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO sessions (title, source, created_at, updated_at) VALUES"
                " ('a', 'app', '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z'),"
                " ('b', 'cli', '2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        const HistoryProbeResult result = HistoryServerProbe::probe(m_connection);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.schemaVersion, PostgresSchema::latestVersion());
        // "%n conversation(s)": the plural comes from the translation (none loaded here).
        QVERIFY2(result.message.contains(QLatin1String("2 conversation")),
                 qPrintable(result.message));
        QVERIFY(!result.message.contains(m_connection.password));
    }

    void unixSocket() {
        if (m_server.socketDir().isEmpty())
            QSKIP("the test server's socket folder is not known");
        // Trust on the socket: the admin's way in, and a host that is a folder.
        HistoryConnection connection = m_connection;
        connection.host = m_server.socketDir();
        connection.password.clear();
        const HistoryProbeResult result = HistoryServerProbe::probe(connection);
        QVERIFY2(result.ok, qPrintable(result.message));
    }

    void wrongPassword() {
        HistoryConnection connection = m_connection;
        connection.password = QStringLiteral("not-the-password");
        const HistoryProbeResult result = HistoryServerProbe::probe(connection);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(
                     QLatin1String("The server refused the user name or password.")),
                 qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1String("not-the-password")));
        // Nothing is left behind: a failed probe removes its connection.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("booking-history-probe")), qPrintable(name));
    }

    void unknownDatabase() {
        HistoryConnection connection = m_connection;
        connection.database = QStringLiteral("no_such_database_here");
        const HistoryProbeResult result = HistoryServerProbe::probe(connection);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"no database called “no_such_database_here”"),
                 qPrintable(result.message));
    }

    void nothingListening() {
        // A port that was free a moment ago: nothing answers there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HistoryConnection connection = m_connection;
        connection.port = port;
        const HistoryProbeResult result = HistoryServerProbe::probe(connection);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("Nothing answers at 127.0.0.1:")),
                 qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestHistoryServerProbe)
#include "tst_historyserverprobe.moc"
