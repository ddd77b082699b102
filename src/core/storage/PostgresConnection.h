// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryConnection.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

/**
 * Opens QPSQL connections for the history (the store, the "Test connection" probe, tests) from
 * a HistoryConnection, and words their failures for people. Like every QSqlDatabase, a
 * connection belongs to the thread that opened it.
 */
class PostgresConnection {
public:
    /** Whether Qt's PostgreSQL driver (QPSQL, Debian: libqt6sql6-psql) is installed. */
    static bool driverAvailable();
    /**
     * Adds connection @p connectionName for @p settings and opens it (10 s connect timeout,
     * application_name "booking-assistant", the sslmode if set, UTC session time zone). On
     * failure the connection is removed again, an invalid QSqlDatabase is returned and @p error
     * holds a sentence from describe(). The caller closes and removes a returned connection.
     */
    static QSqlDatabase open(const HistoryConnection &settings, const QString &connectionName,
                             QString *error);
    /**
     * A plain sentence in the person's language for a failed connection or statement, naming
     * the likely cause (wrong password, server unreachable, unknown database or host, missing
     * driver), followed by the server's own words.
     */
    static QString describe(const HistoryConnection &settings, const QSqlError &error);
    /** The sentence for a missing QPSQL driver. */
    static QString missingDriverMessage();
};
