// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * Where the conversation history is kept: a SQLite file on this computer (the default), or a
 * shared PostgreSQL database (an agency's agents then see one history). A value type.
 *
 * The password is carried at run time only, to open the connection: HistorySettings never
 * saves it; it lives in the SecretStore under secretKey(). Nothing here is ever written to the
 * history database itself.
 */
struct HistoryConnection {
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;
    /** SQLite: the database file. */
    QString sqlitePath;
    /** PostgreSQL: a host name, an IP address, or a unix-socket folder (an absolute path). */
    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    /** PostgreSQL: run-time only, never saved with the settings (see secretKey()). */
    QString password;
    /**
     * PostgreSQL: libpq's sslmode ("disable", "allow", "prefer", "require", "verify-ca",
     * "verify-full"); empty means libpq's default ("prefer").
     */
    QString sslMode;

    static constexpr int DefaultPort = 5432;

    /** A SQLite connection to @p path. */
    static HistoryConnection sqlite(const QString &path);
    /** A PostgreSQL connection (@p port <= 0 means 5432). */
    static HistoryConnection postgreSql(const QString &host, int port, const QString &database,
                                        const QString &user, const QString &password = QString());

    bool isPostgreSql() const { return backend == Backend::PostgreSql; }

    /** "sqlite" or "postgresql": the names used in settings and on the command line. */
    static QString backendName(Backend backend);
    /** The backend named @p name (case-insensitive; "postgres", "pg" and "psql" too); @p ok false
     * if unknown. */
    static Backend backendFromName(const QString &name, bool *ok = nullptr);
    /** The sslmode values libpq accepts. */
    static QStringList sslModes();

    /**
     * The SecretStore key of the password: "history-postgresql/<user>@<host>:<port>/<db>".
     * Empty for SQLite, which has no password.
     */
    QString secretKey() const;
    /**
     * What the connection points at, for a status bar or a log line, never with the password:
     * the file path, or "user@host:port/database".
     */
    QString displayName() const;
    /**
     * Why the settings cannot be used, as a plain sentence in the person's language (empty when
     * they can): for PostgreSQL a host, a database and a user are needed, the port must be in
     * 1..65535 and the sslmode known; for SQLite a file path is needed.
     */
    QString problem() const;

    bool operator==(const HistoryConnection &other) const;
    bool operator!=(const HistoryConnection &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(HistoryConnection)
