// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryConnection.h"

#include <QCoreApplication>

HistoryConnection HistoryConnection::sqlite(const QString &path) {
    HistoryConnection connection;
    connection.backend = Backend::Sqlite;
    connection.sqlitePath = path;
    return connection;
}

HistoryConnection HistoryConnection::postgreSql(const QString &host, int port,
                                                const QString &database, const QString &user,
                                                const QString &password) {
    HistoryConnection connection;
    connection.backend = Backend::PostgreSql;
    connection.host = host;
    connection.port = port > 0 ? port : DefaultPort;
    connection.database = database;
    connection.user = user;
    connection.password = password;
    return connection;
}

QString HistoryConnection::backendName(Backend backend) {
    return backend == Backend::PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

HistoryConnection::Backend HistoryConnection::backendFromName(const QString &name, bool *ok) {
    const QString key = name.trimmed().toLower();
    bool known = true;
    Backend backend = Backend::Sqlite;
    if (key == QLatin1String("postgresql") || key == QLatin1String("postgres") ||
        key == QLatin1String("pg") || key == QLatin1String("psql") || key == QLatin1String("qpsql"))
        backend = Backend::PostgreSql;
    else if (key != QLatin1String("sqlite") && key != QLatin1String("qsqlite"))
        known = false;
    if (ok)
        *ok = known;
    return backend;
}

QStringList HistoryConnection::sslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString HistoryConnection::secretKey() const {
    if (!isPostgreSql())
        return QString();
    return QStringLiteral("history-postgresql/%1@%2:%3/%4")
        .arg(user.trimmed(), host.trimmed())
        .arg(port)
        .arg(database.trimmed());
}

QString HistoryConnection::displayName() const {
    if (!isPostgreSql())
        return sqlitePath;
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user.trimmed(), host.trimmed())
        .arg(port)
        .arg(database.trimmed());
}

QString HistoryConnection::problem() const {
    if (!isPostgreSql()) {
        if (sqlitePath.trimmed().isEmpty())
            return QCoreApplication::translate("HistoryConnection", "No history file was given.");
        return QString();
    }
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("HistoryConnection",
                                           "Enter the PostgreSQL server's host name or address.");
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("HistoryConnection",
                                           "The port must be a number from 1 to 65535.");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("HistoryConnection", "Enter the database name.");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("HistoryConnection", "Enter the user name.");
    if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
        return QCoreApplication::translate("HistoryConnection",
                                           "The SSL mode “%1” is not one PostgreSQL knows.")
            .arg(sslMode);
    return QString();
}

bool HistoryConnection::operator==(const HistoryConnection &other) const {
    return backend == other.backend && sqlitePath == other.sqlitePath && host == other.host &&
           port == other.port && database == other.database && user == other.user &&
           password == other.password && sslMode == other.sslMode;
}
