// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header-only (it uses booking_core types, which every test links): the PostgreSQL server that
// tools/test-postgres.sh started for ctest's "postgres" fixture.

#include "storage/HistoryConnection.h"
#include "storage/PostgresConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <atomic>

/**
 * The test server's settings, from the environment (BOOKING_TEST_PG_HOST, _PORT, _DB, _USER,
 * _PASSWORD, as `tools/test-postgres.sh env DIR` prints them) or from the file ctest names in
 * BOOKING_TEST_PG_ENV_FILE. Each test gets a fresh database of its own (createDatabase()), so
 * tests run in parallel on one server without seeing each other.
 */
class PostgresTestServer {
public:
    PostgresTestServer() {
        QHash<QString, QString> values;
        const QString file = qEnvironmentVariable("BOOKING_TEST_PG_ENV_FILE");
        if (!file.isEmpty()) {
            QFile env(file);
            if (env.open(QIODevice::ReadOnly | QIODevice::Text)) {
                const QStringList lines = QString::fromUtf8(env.readAll()).split(QLatin1Char('\n'));
                for (const QString &line : lines) {
                    const qsizetype eq = line.indexOf(QLatin1Char('='));
                    if (eq > 0)
                        values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
                }
            } else {
                m_reason = QStringLiteral("the test server's settings file %1 cannot be read "
                                          "(did the postgres_start fixture run?)")
                               .arg(file);
                return;
            }
        }
        const auto value = [&values](const char *name) {
            const QString key = QLatin1String(name);
            return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name) : values.value(key);
        };
        if (!value("BOOKING_TEST_PG_ERROR").isEmpty()) {
            m_reason = value("BOOKING_TEST_PG_ERROR");
            return;
        }
        if (value("BOOKING_TEST_PG_HOST").isEmpty()) {
            m_reason = QStringLiteral("no PostgreSQL test server: run the test through ctest, or "
                                      "eval \"$(tools/test-postgres.sh env DIR)\" after "
                                      "tools/test-postgres.sh start DIR");
            return;
        }
        m_base = HistoryConnection::postgreSql(
            value("BOOKING_TEST_PG_HOST"), value("BOOKING_TEST_PG_PORT").toInt(),
            value("BOOKING_TEST_PG_DB"), value("BOOKING_TEST_PG_USER"),
            value("BOOKING_TEST_PG_PASSWORD"));
        m_socketDir = value("BOOKING_TEST_PG_SOCKET");
        if (!PostgresConnection::driverAvailable())
            m_reason = PostgresConnection::missingDriverMessage();
    }

    /** True when the server's settings are known and the QPSQL driver is there. */
    bool isAvailable() const { return m_reason.isEmpty(); }
    /** Why not, for the skip or failure message. */
    QString reason() const { return m_reason; }
    /** In CI (CI=true) the PostgreSQL tests must run: a missing server is a failure. */
    static bool mustRun() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

    /** The test role on the fixture's own database, with its password (TCP, scram). */
    HistoryConnection base() const { return m_base; }
    /** The folder of the server's unix socket (empty if unknown). */
    QString socketDir() const { return m_socketDir; }

    /** A new empty database owned by the test role; an invalid connection and @p error on failure.
     */
    HistoryConnection createDatabase(QString *error) {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("booking_t_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++counter);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name), error))
            return HistoryConnection();
        HistoryConnection connection = m_base;
        connection.database = name;
        m_created.append(name);
        return connection;
    }
    /** Drops a database made by createDatabase(), even with sessions still connected. */
    bool dropDatabase(const QString &name, QString *error = nullptr) {
        m_created.removeAll(name);
        return adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
                         error);
    }
    /** Drops every database this object created. */
    void dropAll() {
        const QStringList names = m_created;
        for (const QString &name : names)
            dropDatabase(name);
    }

private:
    bool adminExec(const QString &sql, QString *error) {
        const QString connectionName = QStringLiteral("booking-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(connectionName)
                                  ? QSqlDatabase::database(connectionName)
                                  : PostgresConnection::open(m_base, connectionName, error);
            if (!db.isValid() || !db.isOpen())
                return false;
            QSqlQuery query(db);
            ok = query.exec(sql); // our own names only, never outside input
            if (!ok && error)
                *error = query.lastError().text();
        }
        return ok;
    }

    HistoryConnection m_base;
    QString m_socketDir;
    QString m_reason;
    QStringList m_created;
};

/** Skips (on a developer machine) or fails (CI=true) the test when there is no test server. */
#define BOOKING_REQUIRE_POSTGRES(server)                                                           \
    do {                                                                                           \
        if (!(server).isAvailable()) {                                                             \
            const QByteArray why = QByteArrayLiteral("PostgreSQL test server unavailable: ") +     \
                                   (server).reason().toUtf8();                                     \
            if (PostgresTestServer::mustRun())                                                     \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)
