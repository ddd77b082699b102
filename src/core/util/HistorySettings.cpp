// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySettings.h"

#include "storage/SessionStore.h"

#include <QSettings>

namespace {
QString key(const char *name) {
    return QStringLiteral("history/") + QLatin1String(name);
}
} // namespace

HistoryConnection HistorySettings::load(const QSettings &settings, const QString &dataDir) {
    HistoryConnection connection =
        HistoryConnection::sqlite(SessionStore::databasePathFor(dataDir));
    bool known = false;
    const HistoryConnection::Backend backend =
        HistoryConnection::backendFromName(settings.value(key("backend")).toString(), &known);
    connection.host = settings.value(key("host")).toString().trimmed();
    bool portOk = false;
    const int port = settings.value(key("port")).toInt(&portOk);
    connection.port = portOk && port > 0 && port <= 65535 ? port : HistoryConnection::DefaultPort;
    connection.database = settings.value(key("database")).toString().trimmed();
    connection.user = settings.value(key("user")).toString().trimmed();
    const QString sslMode = settings.value(key("sslmode")).toString().trimmed().toLower();
    if (HistoryConnection::sslModes().contains(sslMode))
        connection.sslMode = sslMode;
    if (known)
        connection.backend = backend;
    return connection;
}

void HistorySettings::save(QSettings &settings, const HistoryConnection &connection) {
    settings.setValue(key("backend"), HistoryConnection::backendName(connection.backend));
    if (connection.isPostgreSql()) {
        settings.setValue(key("host"), connection.host.trimmed());
        settings.setValue(key("port"), connection.port);
        settings.setValue(key("database"), connection.database.trimmed());
        settings.setValue(key("user"), connection.user.trimmed());
        if (connection.sslMode.isEmpty())
            settings.remove(key("sslmode"));
        else
            settings.setValue(key("sslmode"), connection.sslMode);
    }
    // A password saved by an older build or by hand is never kept in the file.
    settings.remove(key("password"));
    settings.sync();
}
