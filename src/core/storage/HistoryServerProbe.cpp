// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryServerProbe.h"

#include "PostgresConnection.h"
#include "PostgresSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <climits>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("HistoryServerProbe", text);
}

std::atomic<int> s_probeCounter{0};

HistoryProbeResult probeSqlite(const HistoryConnection &connection) {
    HistoryProbeResult result;
    const QFileInfo file(connection.sqlitePath);
    QDir folder = file.absoluteDir();
    while (!folder.exists() && !folder.isRoot())
        folder.setPath(QFileInfo(folder.absolutePath()).absolutePath());
    if (connection.sqlitePath.trimmed().isEmpty() ||
        !QFileInfo(folder.absolutePath()).isWritable()) {
        result.message = tr("The history cannot be written to %1.").arg(file.absolutePath());
        return result;
    }
    result.ok = true;
    result.schemaVersion = file.exists() ? -1 : 0;
    result.message =
        tr("The history is kept on this computer, in %1.").arg(file.absoluteFilePath());
    return result;
}

HistoryProbeResult probePostgres(const HistoryConnection &connection, const QString &name) {
    HistoryProbeResult result;
    QString error;
    QSqlDatabase db = PostgresConnection::open(connection, name, &error);
    if (!db.isValid()) {
        result.message = error;
        return result;
    }
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
        result.serverVersion = query.value(0).toString().section(QLatin1Char(' '), 0, 0);
    query.finish();
    result.schemaVersion = PostgresSchema::currentVersion(db, &error);
    if (result.schemaVersion < 0) {
        result.message = tr("Connected, but the history tables could not be read: %1").arg(error);
        return result;
    }
    const QString where = connection.displayName();
    if (result.schemaVersion > PostgresSchema::latestVersion()) {
        result.message = tr("Connected to PostgreSQL %1, but the history there was written by a "
                            "newer version of Booking Assistant: update this one first.")
                             .arg(result.serverVersion);
        return result;
    }
    if (result.schemaVersion == 0) {
        // The tables are created on first use: the user needs CREATE on the current schema.
        QSqlQuery privilege(db);
        const bool mayCreate =
            privilege.exec(QStringLiteral(
                "SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')")) &&
            privilege.next() && privilege.value(0).toBool();
        if (!mayCreate) {
            result.message = tr("Connected to PostgreSQL %1, but the user “%2” may not create the "
                                "history tables in the database “%3”.")
                                 .arg(result.serverVersion, connection.user.trimmed(),
                                      connection.database.trimmed());
            return result;
        }
        result.ok = true;
        result.message = tr("Connected to PostgreSQL %1 at %2. The database has no history yet: "
                            "it will be created when it is first used.")
                             .arg(result.serverVersion, where);
        return result;
    }
    QSqlQuery count(db);
    qint64 sessions = -1;
    if (count.exec(QStringLiteral("SELECT count(*) FROM sessions")) && count.next())
        sessions = count.value(0).toLongLong();
    result.ok = true;
    if (sessions >= 0)
        result.message =
            QCoreApplication::translate("HistoryServerProbe",
                                        "Connected to PostgreSQL %1 at %2. It holds a shared "
                                        "history of %n conversation(s).",
                                        nullptr, int(qMin<qint64>(sessions, INT_MAX)))
                .arg(result.serverVersion, where);
    else
        result.message = tr("Connected to PostgreSQL %1 at %2. It holds a shared history.")
                             .arg(result.serverVersion, where);
    return result;
}
} // namespace

HistoryProbeResult HistoryServerProbe::probe(const HistoryConnection &connection) {
    if (!connection.isPostgreSql())
        return probeSqlite(connection);
    const QString name = QStringLiteral("booking-history-probe-%1").arg(++s_probeCounter);
    HistoryProbeResult result = probePostgres(connection, name);
    // Every QSqlDatabase/QSqlQuery of the probe is gone here, so the connection can be removed.
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    return result;
}
