// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL migrations, against the real server of ctest's "postgres" fixture
// (tools/test-postgres.sh): from an empty database and from every older version with data, in
// step with SessionSchema, refusing newer databases, and safe when several programs migrate one
// database at once.
#include "PostgresTestServer.h"
#include "storage/PostgresConnection.h"
#include "storage/PostgresSchema.h"
#include "storage/SessionSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtConcurrent>

#include <functional>

class TestPostgresSchema : public QObject {
    Q_OBJECT

private:
    PostgresTestServer m_server;
    HistoryConnection m_connection;
    int m_counter = 0;

    /** Runs @p body with an open connection to a fresh database. */
    void withDatabase(const std::function<void(QSqlDatabase &)> &body) {
        const QString name = QStringLiteral("schema-test-%1").arg(++m_counter);
        {
            QString error;
            QSqlDatabase db = PostgresConnection::open(m_connection, name, &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            body(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QStringList tables(QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                  " WHERE table_schema = current_schema() ORDER BY table_name"));
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static QStringList columns(QSqlDatabase &db, const QString &table) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns"
                                     " WHERE table_schema = current_schema() AND table_name = ?"
                                     " ORDER BY column_name"));
        query.addBindValue(table);
        query.exec();
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static void exec(QSqlDatabase &db, const QString &sql) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1String(": ") + sql));
    }

private Q_SLOTS:
    void init() {
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

    void inStepWithSqlite() {
        QCOMPARE(PostgresSchema::latestVersion(), SessionSchema::latestVersion());
        QCOMPARE(PostgresSchema::migrations().size(), SessionSchema::migrations().size());
    }

    void freshDatabaseMigratesToLatest() {
        withDatabase([](QSqlDatabase &db) {
            QString error;
            QCOMPARE(PostgresSchema::currentVersion(db, &error), 0);
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(PostgresSchema::currentVersion(db, &error), PostgresSchema::latestVersion());
            const QStringList names = tables(db);
            for (const char *table : {"sessions", "messages", "offers", "schema_version"})
                QVERIFY2(names.contains(QLatin1String(table)), table);
            // Migrating again changes nothing.
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            QCOMPARE(tables(db), names);
        });
    }

    void sameColumnsAsSqlite() {
        // Every column SQLite's schema has, PostgreSQL's has too (ids and foreign keys alike).
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("sqlite-reference"));
        sqlite.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(sqlite.open());
        QString error;
        QCOMPARE(SessionSchema::migrate(sqlite, &error), SessionSchema::latestVersion());
        QStringList sqliteTables;
        {
            QSqlQuery query(sqlite);
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            while (query.next())
                sqliteTables.append(query.value(0).toString());
        }
        withDatabase([&](QSqlDatabase &db) {
            QString error;
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            const QStringList pgTables = tables(db);
            for (const QString &table : std::as_const(sqliteTables)) {
                // FTS5's own shadow tables have no counterpart: PostgreSQL indexes in place.
                if (table.contains(QLatin1String("_fts")) ||
                    table == QLatin1String("message_folds"))
                    continue;
                QVERIFY2(pgTables.contains(table), qPrintable(table));
                const QSqlRecord record = sqlite.record(table);
                const QStringList pgColumns = columns(db, table);
                for (int i = 0; i < record.count(); ++i)
                    QVERIFY2(pgColumns.contains(record.fieldName(i)),
                             qPrintable(table + QLatin1Char('.') + record.fieldName(i)));
            }
        });
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sqlite-reference"));
    }

    void everyOlderVersionMigrates_data() {
        QTest::addColumn<int>("from");
        for (int version = 1; version < PostgresSchema::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }
    void everyOlderVersionMigrates() {
        QFETCH(int, from);
        withDatabase([from](QSqlDatabase &db) {
            QString error;
            for (int version = 1; version <= from; ++version)
                QVERIFY2(PostgresSchema::applyMigration(db, version, &error), qPrintable(error));
            QCOMPARE(PostgresSchema::currentVersion(db, &error), from);
            // Data as version 1 wrote it.
            exec(db, QStringLiteral("INSERT INTO sessions (title, source, created_at, updated_at)"
                                    " VALUES ('Paris to Zürich', 'app',"
                                    " '2026-11-01T10:00:00.000Z', '2026-11-01T10:05:00.000Z')"));
            exec(db, QStringLiteral("INSERT INTO messages (session_id, role, text, created_at)"
                                    " SELECT id, 'user', 'Paris to Zürich on Friday',"
                                    " '2026-11-01T10:00:00.000Z' FROM sessions"));
            exec(db, QStringLiteral(
                         "INSERT INTO offers (session_id, message_id, position, provider,"
                         " offer_id, origin, destination, total_amount, currency, seen_at,"
                         " snapshot) SELECT session_id, id, 0, 'sandbox', 'off_1', 'PAR', 'ZRH',"
                         " '123.45', 'EUR', '2026-11-01T10:00:01.000Z', '{}' FROM messages"));
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "SELECT s.title, m.text, o.total_amount FROM sessions s"
                " JOIN messages m ON m.session_id = s.id JOIN offers o ON o.message_id = m.id")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Paris to Zürich"));
            QCOMPARE(query.value(1).toString(), QStringLiteral("Paris to Zürich on Friday"));
            QCOMPARE(query.value(2).toString(), QStringLiteral("123.45"));
            // Migration 3 filled the integer amount and the session's places (rows written at
            // version 3 or later get them from the store as they are written).
            if (from >= 3)
                return;
            QSqlQuery filled(db);
            QVERIFY(filled.exec(QStringLiteral(
                "SELECT o.total_units, p.origin, p.destination, p.names FROM offers o"
                " JOIN session_places p ON p.session_id = o.session_id")));
            QVERIFY(filled.next());
            QCOMPARE(filled.value(0).toLongLong(), 1234500);
            QCOMPARE(filled.value(1).toString(), QStringLiteral("PAR"));
            QCOMPARE(filled.value(2).toString(), QStringLiteral("ZRH"));
            QVERIFY(filled.value(3).toString().contains(QLatin1String("Zurich")));
        });
    }

    void applyingTwiceIsHarmless() {
        withDatabase([](QSqlDatabase &db) {
            QString error;
            QVERIFY2(PostgresSchema::applyMigration(db, 1, &error), qPrintable(error));
            // Another program applied it meanwhile: a no-op, not a "table exists" failure.
            QVERIFY2(PostgresSchema::applyMigration(db, 1, &error), qPrintable(error));
            QCOMPARE(PostgresSchema::currentVersion(db, &error), 1);
            QVERIFY(!PostgresSchema::applyMigration(db, 0, &error));
            QVERIFY(
                !PostgresSchema::applyMigration(db, PostgresSchema::latestVersion() + 1, &error));
        });
    }

    void newerDatabaseIsRefused() {
        withDatabase([](QSqlDatabase &db) {
            QString error;
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            exec(db, QStringLiteral("UPDATE schema_version SET version = 999"));
            const QStringList before = tables(db);
            error.clear();
            QCOMPARE(PostgresSchema::migrate(db, &error), -1);
            QVERIFY(error.contains(QLatin1String("999")));
            QCOMPARE(tables(db), before);
        });
    }

    void failedMigrationRollsBack() {
        withDatabase([](QSqlDatabase &db) {
            QString error;
            // A table in the way makes migration 1 fail half-way: nothing of it may remain.
            exec(db, QStringLiteral("CREATE TABLE offers (x INTEGER)"));
            QCOMPARE(PostgresSchema::migrate(db, &error), -1);
            QVERIFY(error.contains(QLatin1String("migration 1")));
            QVERIFY(!tables(db).contains(QStringLiteral("sessions")));
            QCOMPARE(PostgresSchema::currentVersion(db, &error), 0);
        });
    }

    void concurrentProgramsMigrateOnce() {
        // Four "agents" open the same empty database at once: every one ends at the latest
        // version, and the schema exists once.
        const HistoryConnection connection = m_connection;
        QList<QFuture<QString>> runs;
        for (int i = 0; i < 4; ++i) {
            runs.append(QtConcurrent::run([connection, i]() -> QString {
                const QString name = QStringLiteral("concurrent-%1").arg(i);
                QString result;
                {
                    QString error;
                    QSqlDatabase db = PostgresConnection::open(connection, name, &error);
                    if (!db.isValid())
                        return error;
                    const int version = PostgresSchema::migrate(db, &error);
                    result = version == PostgresSchema::latestVersion() ? QString() : error;
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
                return result;
            }));
        }
        for (QFuture<QString> &run : runs) {
            const QString error = run.result();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        withDatabase([](QSqlDatabase &db) {
            QString error;
            QCOMPARE(PostgresSchema::currentVersion(db, &error), PostgresSchema::latestVersion());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM schema_version")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        });
    }

    void noCredentialColumns() {
        withDatabase([](QSqlDatabase &db) {
            QString error;
            QCOMPARE(PostgresSchema::migrate(db, &error), PostgresSchema::latestVersion());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "SELECT table_name || '.' || column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()")));
            while (query.next()) {
                const QString column = query.value(0).toString().toLower();
                for (const char *word : {"password", "token", "secret", "credential", "api_key"})
                    QVERIFY2(!column.contains(QLatin1String(word)), qPrintable(column));
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
