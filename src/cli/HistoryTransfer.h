// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class SessionStore;

/**
 * `history export ID --format json|csv|ics [--offer N|OFFER_ID] [--reference REF]
 * [--output FILE]` and `history import FILE`: the transfer half of HistoryCommand.
 * Bad ids, formats, offers and files give a sentence on stderr and exit 2; a history that
 * cannot be read or written exits 1.
 */
class HistoryTransfer {
public:
    /** Declares --format, --offer, --reference and --output. */
    static void addOptions(QCommandLineParser &parser);
    /** @p args: the positional arguments after "export". */
    static int exportSession(SessionStore &store, const QStringList &args,
                             const QCommandLineParser &parser);
    /** @p args: the positional arguments after "import". */
    static int importSession(SessionStore &store, const QStringList &args);
};
