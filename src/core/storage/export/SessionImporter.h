// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SessionTranscript.h"

#include <QFuture>
#include <QString>

class SessionStore;

/**
 * Stores an exported conversation (SessionJson) as a new session.
 *
 * All or nothing: the file is read and every field validated before anything is written; then
 * the session, its messages and their offers are written by SessionStore::importSession() in
 * one transaction on the store's database thread, so a failure or a crash midway leaves no
 * partial session behind.
 *
 * The imported session keeps the file's title, source and times (so exporting it again gives
 * the same bytes); it gets new database ids.
 */
class SessionImporter {
public:
    /**
     * Imports @p transcript (as SessionJson::read() returns it) into @p store, off the
     * calling thread. The future gives the new session id, or holds a StoreError with a
     * sentence. @p store must stay alive until the future has finished.
     */
    static QFuture<qint64> import(SessionStore *store, const SessionTranscript &transcript);
    /**
     * Reads and validates the file at @p path (SessionJson), then import()s it; all off the
     * calling thread. An unreadable, too large or invalid file gives a StoreError with the
     * sentence saying why, and nothing is written.
     */
    static QFuture<qint64> importFile(SessionStore *store, const QString &path);
    /**
     * Reads and validates the file at @p path on the calling thread (blocking); throws a
     * StoreError with the sentence saying why it cannot be imported.
     */
    static SessionTranscript readFile(const QString &path);
    /** import() on the calling thread, waiting for the store (for the CLI and tests). */
    static qint64 importNow(SessionStore *store, const SessionTranscript &transcript);
};
