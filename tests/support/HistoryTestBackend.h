// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header-only, like PostgresTestServer.h: runs the history store's behaviour tests against both
// backends. A test class adds the global data column "backend" (rows "sqlite" and "postgresql")
// in initTestCase_data(); init() calls select(), which for PostgreSQL makes a fresh database of
// the ctest fixture's server (skipped on a developer machine without one, a failure in CI), and
// every store of the test is made from connection(). Tests about SQLite files start with
// BOOKING_SQLITE_ONLY(backend).

#include "PostgresTestServer.h"
#include "storage/HistoryConnection.h"

#include <QTest>

class HistoryTestBackend {
public:
    /** The global data: call from initTestCase_data(). */
    static void addRows() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    /**
     * Prepares the place of one test: @p sqlitePath for SQLite, a new database for PostgreSQL.
     * Returns false (with @p error) if the PostgreSQL database cannot be made.
     */
    bool select(const QString &backend, const QString &sqlitePath, QString *error) {
        release();
        m_postgres = backend == QLatin1String("postgresql");
        if (!m_postgres) {
            m_connection = HistoryConnection::sqlite(sqlitePath);
            return true;
        }
        if (!m_server.isAvailable())
            return true; // the caller skips or fails with server().reason()
        m_connection = m_server.createDatabase(error);
        return !m_connection.database.isEmpty();
    }
    /** Drops the test's PostgreSQL database (every store on it must be gone). */
    void release() {
        if (m_postgres && !m_connection.database.isEmpty())
            m_server.dropDatabase(m_connection.database);
        m_connection = HistoryConnection();
    }

    bool isPostgres() const { return m_postgres; }
    /** Where the test's stores keep the history (the same place on every call). */
    HistoryConnection connection() const { return m_connection; }
    PostgresTestServer &server() { return m_server; }

private:
    PostgresTestServer m_server;
    HistoryConnection m_connection;
    bool m_postgres = false;
};

/** In init(): selects the backend of the current global row, skipping or failing without a server.
 */
#define BOOKING_SELECT_HISTORY_BACKEND(fixture, sqlitePath)                                        \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, backend);                                                           \
        QString selectError;                                                                       \
        const bool selected = (fixture).select(backend, (sqlitePath), &selectError);               \
        if ((fixture).isPostgres())                                                                \
            BOOKING_REQUIRE_POSTGRES((fixture).server());                                          \
        QVERIFY2(selected, qPrintable(selectError));                                               \
    } while (false)

/** At the start of a test about SQLite files (bytes, PRAGMAs, permissions): skipped on PostgreSQL.
 */
#define BOOKING_SQLITE_ONLY(fixture)                                                               \
    do {                                                                                           \
        if ((fixture).isPostgres())                                                                \
            QSKIP("about the SQLite file itself, not the store's behaviour");                      \
    } while (false)
