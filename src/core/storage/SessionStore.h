// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionSummary.h"
#include "SessionTranscript.h"
#include "StoreError.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;
class SessionDatabase;

/** Outcome of SessionStore::open(). */
struct StoreOpenResult {
    bool ok = false;
    QString error;        ///< plain sentence for logs/CLI when !ok (the GUI words its own message)
    QString movedAsideTo; ///< set when an unreadable database was renamed and a fresh one created
    int schemaVersion = 0;
};

/**
 * The local history: sessions, their messages and the offers shown, in SQLite (WAL mode,
 * foreign keys on, numbered migrations, prepared statements only).
 *
 * Every call returns at once: the work runs, in call order, on one dedicated database thread
 * that owns the connection, and its result arrives through the returned QFuture (attach a
 * continuation with .then(context, ...) to get it in the caller's thread). The GUI thread
 * therefore never waits on disk. Calls made before open() has finished are queued behind it.
 * If open() failed or was never called, later calls fail (their futures hold a StoreError,
 * rethrown by result()/waitForFinished(); catch it as StoreError or QException).
 *
 * The destructor waits for queued writes to finish, so nothing reported as written is lost.
 */
class SessionStore : public QObject {
    Q_OBJECT

public:
    /** @p databasePath: the SQLite file; its folder is created if missing. */
    explicit SessionStore(const QString &databasePath, QObject *parent = nullptr);
    ~SessionStore() override;

    /** "<dataDir>/history.sqlite" */
    static QString databasePathFor(const QString &dataDir);

    /**
     * Opens (creating if needed) and migrates the database. A file that is not a readable
     * SQLite database is renamed (with its -wal/-shm) to "<name>.corrupt-<yyyyMMdd-HHmmss>" and
     * a fresh one is created (reported through movedAsideTo). A folder that cannot be created or
     * written, a read-only file, or a file from a newer schema version gives ok == false and an
     * error sentence; the user's file is never deleted. Calling open() again after a success
     * returns the same result. The future never holds an exception.
     */
    QFuture<StoreOpenResult> open();

    /**
     * A new session; @p source is "app" or "cli" (empty means "app"); @p title may be empty
     * (the first user message then becomes it). @p at (now if invalid) is both its creation and
     * update time. Writes nothing else. Returns its id.
     */
    QFuture<qint64> createSession(const QString &title, const QString &source, const QDateTime &at);
    /**
     * Stores @p message (its id is ignored) in message.sessionId and returns the new message id;
     * ids grow in call order. Also moves the session's updatedAt to the message time (never
     * backwards) and, if the session has no title yet and this is a user message, titles it with
     * the message's first line (shortened to 80 characters). An invalid timestamp is stored as
     * now. Fails (StoreError) if the session does not exist.
     */
    QFuture<qint64> appendMessage(const ChatMessage &message);
    /**
     * Stores @p message, and the @p offers it showed (as recordOffers() would), in the session
     * that @p session (a createSession() future of this store) gives. Because calls run in order,
     * this can be called at once after createSession(), without waiting: nothing is lost if the
     * caller goes away before the session id arrives. Fails if the session could not be created.
     */
    QFuture<qint64> appendMessage(const QFuture<qint64> &session, const ChatMessage &message,
                                  const QList<FlightOffer> &offers, const QDateTime &seenAt);
    /**
     * Stores the offers shown with assistant message @p messageId, as full snapshots, in the
     * given order, all in one transaction (all or none). @p messageId <= 0 keeps them with the
     * session only (loadSession() lists them under key 0). Fails if the message is not in
     * @p sessionId. Does not change the message's offerCount. Returns how many were stored.
     */
    QFuture<int> recordOffers(qint64 sessionId, qint64 messageId, const QList<FlightOffer> &offers,
                              const QDateTime &seenAt);
    /** Most recently updated first (ties: newest id first); @p limit <= 0 means all. */
    QFuture<QList<SessionSummary>> listSessions(int limit = 500);
    /**
     * The whole session: messages in write order with their highlights, and the offers of each
     * message in shown order, restored exactly (time zones, money) from their snapshots; a
     * snapshot that cannot be restored is skipped with a warning. An invalid transcript if
     * @p sessionId does not exist.
     */
    QFuture<SessionTranscript> loadSession(qint64 sessionId);

    /** The schema version once open() has succeeded; 0 before that or after a failure. */
    int schemaVersion() const;

private:
    std::unique_ptr<QThreadPool> m_pool; ///< one thread, never expiring: the database thread
    std::shared_ptr<SessionDatabase> m_database;
};
