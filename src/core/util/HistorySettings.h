// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/HistoryConnection.h"

#include <QString>

class QSettings;

/**
 * Where the history is kept, as saved in settings.ini (next to ProviderSettings' keys, under
 * "history/"): the backend and, for PostgreSQL, host, port, database, user and SSL mode. Never
 * the password: it lives in the SecretStore under HistoryConnection::secretKey(). Anything
 * missing or unknown reads back as the SQLite file of the data folder.
 */
class HistorySettings {
public:
    /**
     * The saved connection; its SQLite path is always "<dataDir>/history.sqlite"
     * (SessionStore::databasePathFor()), whatever the backend, and its password is empty.
     */
    static HistoryConnection load(const QSettings &settings, const QString &dataDir);
    /**
     * Saves @p connection to @p settings (and syncs), without its password or SQLite path. For
     * SQLite only the backend is kept: the PostgreSQL fields saved earlier stay, so switching
     * back fills the form again.
     */
    static void save(QSettings &settings, const HistoryConnection &connection);
};
