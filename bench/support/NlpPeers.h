// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchMessages.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Runs bench/peers/nlp_peers.py (python3-dateparser and python3-langdetect) on the benchmark
 * messages in a child process and returns its JSON report.
 *
 * The interpreter is the first of $BOOKING_PYTHON, /usr/bin/python3 (where Debian's python3-*
 * packages live) and python3 on the PATH that has both modules; failing that, the one missing
 * the fewest. Blocks until the script ends (a few minutes at most; it is killed after 30).
 */
class NlpPeers {
public:
    struct Report {
        QString interpreter; ///< empty when no python3 was found
        QJsonObject json;    ///< the script's output (empty when it could not run)
        QStringList missing; ///< Debian packages of missing modules, or "python3"
        QString error;       ///< why the script failed, empty on success
    };

    /** @p rounds: rounds of langdetect and search_dates(languages=[lang]); the auto pass runs once.
     */
    static Report run(const QList<BenchMessage> &messages, int rounds);

private:
    static QStringList interpreters();
    /** Runs the script; @p input goes to its stdin. Sets error on failure. */
    static QJsonObject runScript(const QString &python, const QStringList &args,
                                 const QByteArray &input, int timeoutMs, QString *error);
    static QByteArray messagesJson(const QList<BenchMessage> &messages);
};
