// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryConnection.h"

#include <QString>

/** What HistoryServerProbe::probe() found. */
struct HistoryProbeResult {
    bool ok = false;        ///< the history can be kept there
    QString message;        ///< one plain sentence in the person's language, success or failure
    QString serverVersion;  ///< e.g. "15.18", when connected
    int schemaVersion = -1; ///< the history schema found: 0 none yet, -1 unknown
};

/**
 * The "Test connection" of the history settings: tries the connection and says in a sentence
 * whether the history can be kept there. Blocking (network, up to the 10 s connect timeout):
 * run it off the GUI thread, e.g. with QtConcurrent. It reads only; it never creates tables.
 */
class HistoryServerProbe {
public:
    /**
     * PostgreSQL: connects with @p connection (password included), reads the server version
     * and the history schema version, and checks that the user may create tables there when
     * the schema is not created yet. SQLite: checks that the file's folder exists or can be
     * created and is writable.
     */
    static HistoryProbeResult probe(const HistoryConnection &connection);
};
