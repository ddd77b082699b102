// SPDX-License-Identifier: GPL-3.0-or-later
// Where the history is kept, as saved in settings.ini: never the password.
#include "storage/HistoryConnection.h"
#include "storage/SessionStore.h"
#include "util/HistorySettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestHistorySettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsToTheLocalFile() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const HistoryConnection connection = HistorySettings::load(settings, dir.path());
        QCOMPARE(connection.backend, HistoryConnection::Backend::Sqlite);
        QCOMPARE(connection.sqlitePath, SessionStore::databasePathFor(dir.path()));
        QVERIFY(connection.problem().isEmpty());
        QVERIFY(connection.secretKey().isEmpty());
    }

    void roundTripWithoutPassword() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        HistoryConnection saved = HistoryConnection::postgreSql(
            QStringLiteral("db.agency.example"), 6543, QStringLiteral("history"),
            QStringLiteral("agent7"), QStringLiteral("s3cret-Pa55"));
        saved.sslMode = QStringLiteral("verify-full");
        {
            QSettings settings(path, QSettings::IniFormat);
            HistorySettings::save(settings, saved);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("s3cret-Pa55"));
        QVERIFY(!bytes.toLower().contains("password"));
        QVERIFY(bytes.contains("db.agency.example"));

        QSettings settings(path, QSettings::IniFormat);
        const HistoryConnection loaded = HistorySettings::load(settings, dir.path());
        HistoryConnection expected = saved;
        expected.password.clear();
        expected.sqlitePath = SessionStore::databasePathFor(dir.path());
        QCOMPARE(loaded, expected);
        QCOMPARE(loaded.secretKey(),
                 QStringLiteral("history-postgresql/agent7@db.agency.example:6543/history"));
        QCOMPARE(loaded.displayName(), QStringLiteral("agent7@db.agency.example:6543/history"));
    }

    void switchingBackKeepsTheServerFields() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        HistoryConnection pg = HistoryConnection::postgreSql(
            QStringLiteral("db"), 0, QStringLiteral("history"), QStringLiteral("agent"));
        QCOMPARE(pg.port, 5432);
        HistorySettings::save(settings, pg);
        HistorySettings::save(settings, HistoryConnection::sqlite(QStringLiteral("/x")));
        const HistoryConnection loaded = HistorySettings::load(settings, dir.path());
        QCOMPARE(loaded.backend, HistoryConnection::Backend::Sqlite);
        QCOMPARE(loaded.host, QStringLiteral("db"));
        QCOMPARE(loaded.user, QStringLiteral("agent"));
    }

    void unknownOrBrokenValues() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("history/backend"), QStringLiteral("oracle"));
        settings.setValue(QStringLiteral("history/port"), QStringLiteral("http"));
        settings.setValue(QStringLiteral("history/sslmode"), QStringLiteral("sometimes"));
        settings.setValue(QStringLiteral("history/password"), QStringLiteral("left by hand"));
        HistoryConnection loaded = HistorySettings::load(settings, dir.path());
        QCOMPARE(loaded.backend, HistoryConnection::Backend::Sqlite);
        QCOMPARE(loaded.port, 5432);
        QVERIFY(loaded.sslMode.isEmpty());
        QVERIFY(loaded.password.isEmpty());
        // Saving drops a password someone put in the file.
        HistorySettings::save(settings, loaded);
        QVERIFY(!settings.contains(QStringLiteral("history/password")));
        settings.setValue(QStringLiteral("history/backend"), QStringLiteral("PostgreSQL"));
        QVERIFY(HistorySettings::load(settings, dir.path()).isPostgreSql());
    }

    void backendNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << true << false;
        QTest::newRow("postgresql") << QStringLiteral("postgresql") << true << true;
        QTest::newRow("pg") << QStringLiteral(" PG ") << true << true;
        QTest::newRow("postgres") << QStringLiteral("postgres") << true << true;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("mysql") << QStringLiteral("mysql") << false << false;
    }
    void backendNames() {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(bool, postgres);
        bool ok = !known;
        const HistoryConnection::Backend backend = HistoryConnection::backendFromName(name, &ok);
        QCOMPARE(ok, known);
        QCOMPARE(backend == HistoryConnection::Backend::PostgreSql, postgres);
        if (known)
            QCOMPARE(HistoryConnection::backendFromName(HistoryConnection::backendName(backend)),
                     backend);
    }

    void problems_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("problem");
        const QString h = QStringLiteral("db"), d = QStringLiteral("history"),
                      u = QStringLiteral("agent");
        QTest::newRow("fine") << h << 5432 << d << u << QString() << QString();
        QTest::newRow("no host") << QStringLiteral(" ") << 5432 << d << u << QString()
                                 << QStringLiteral("host name");
        QTest::newRow("port 0") << h << 0 << d << u << QString() << QStringLiteral("port");
        QTest::newRow("port 70000") << h << 70000 << d << u << QString() << QStringLiteral("port");
        QTest::newRow("no database")
            << h << 5432 << QString() << u << QString() << QStringLiteral("database");
        QTest::newRow("no user") << h << 5432 << d << QString() << QString()
                                 << QStringLiteral("user");
        QTest::newRow("bad ssl") << h << 5432 << d << u << QStringLiteral("always")
                                 << QStringLiteral("SSL");
        QTest::newRow("verify-full")
            << h << 5432 << d << u << QStringLiteral("verify-full") << QString();
    }
    void problems() {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslMode);
        QFETCH(QString, problem);
        HistoryConnection connection = HistoryConnection::postgreSql(host, 5432, database, user);
        connection.port = port;
        connection.sslMode = sslMode;
        if (problem.isEmpty())
            QCOMPARE(connection.problem(), QString());
        else
            QVERIFY2(connection.problem().contains(problem), qPrintable(connection.problem()));
    }
};

QTEST_GUILESS_MAIN(TestHistorySettings)
#include "tst_historysettings.moc"
