// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
constexpr int ConnectTimeoutSeconds = 10;

QString tr(const char *text) {
    return QCoreApplication::translate("PostgresConnection", text);
}
} // namespace

bool PostgresConnection::driverAvailable() {
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

QString PostgresConnection::missingDriverMessage() {
    return tr("The PostgreSQL driver for Qt is not installed (on Debian and Ubuntu: the "
              "libqt6sql6-psql package).");
}

QSqlDatabase PostgresConnection::open(const HistoryConnection &settings,
                                      const QString &connectionName, QString *error) {
    if (!driverAvailable()) {
        if (error)
            *error = missingDriverMessage();
        return QSqlDatabase();
    }
    const QString problem = settings.problem();
    if (!settings.isPostgreSql() || !problem.isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? tr("These are not PostgreSQL settings.") : problem;
        return QSqlDatabase();
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(settings.host.trimmed());
        db.setPort(settings.port);
        db.setDatabaseName(settings.database.trimmed());
        db.setUserName(settings.user.trimmed());
        db.setPassword(settings.password);
        // libpq conninfo keywords; the values are our own or from a fixed list (sslmode).
        QStringList options{QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds),
                            QStringLiteral("application_name=booking-assistant")};
        if (!settings.sslMode.isEmpty() && HistoryConnection::sslModes().contains(settings.sslMode))
            options.append(QStringLiteral("sslmode=") + settings.sslMode);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        opened = db.open();
        if (opened) {
            // Times are stored as ISO text in UTC by the store; keep the server's own clock
            // functions (now()) in UTC too, whatever the server's default zone.
            // NOTICEs ("already exists, skipping") are not worth a line on stderr.
            QSqlQuery query(db);
            opened = query.exec(QStringLiteral("SET TIME ZONE 'UTC'")) &&
                     query.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!opened && error)
                *error = describe(settings, query.lastError());
        } else if (error) {
            *error = describe(settings, db.lastError());
        }
        if (opened)
            return db;
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return QSqlDatabase();
}

QString PostgresConnection::describe(const HistoryConnection &settings, const QSqlError &error) {
    const QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const QString where = QStringLiteral("%1:%2").arg(settings.host.trimmed()).arg(settings.port);
    QString sentence;
    const auto has = [&detail](const char *needle) {
        return detail.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed"))
        sentence = tr("The server refused the user name or password.");
    else if (has("no pg_hba.conf entry"))
        sentence = tr("The server does not accept connections from this computer for this user "
                      "and database (pg_hba.conf).");
    else if (has("does not exist") && has("database"))
        sentence = tr("The server has no database called “%1”.").arg(settings.database.trimmed());
    else if (has("does not exist") && has("role"))
        sentence = tr("The server has no user called “%1”.").arg(settings.user.trimmed());
    else if (has("could not translate host name") || has("Name or service not known") ||
             has("Temporary failure in name resolution"))
        sentence = tr("The server name “%1” could not be found.").arg(settings.host.trimmed());
    else if (has("Connection refused") || has("No such file or directory"))
        sentence = tr("Nothing answers at %1: is the PostgreSQL server running there?").arg(where);
    else if (has("timeout expired") || has("timed out"))
        sentence = tr("The server at %1 did not answer in time.").arg(where);
    else if (has("SSL"))
        sentence = tr("The secure (SSL) connection to %1 failed.").arg(where);
    else if (has("permission denied"))
        sentence = tr("The user “%1” is not allowed to do this in the database.")
                       .arg(settings.user.trimmed());
    else
        sentence = tr("The PostgreSQL server at %1 could not be used.").arg(where);
    if (detail.isEmpty())
        return sentence;
    return tr("%1 (The server said: %2)").arg(sentence, detail);
}
