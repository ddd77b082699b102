// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionSummary.h"
#include "SessionTranscript.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

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
 * If open() failed, later calls fail (their futures hold an exception of type StoreError).
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
     * SQLite database is renamed to "<name>.corrupt-<timestamp>" and a fresh one is created
     * (reported through movedAsideTo). A folder that cannot be written gives ok == false.
     */
    QFuture<StoreOpenResult> open();

    /** A new session; @p source is "app" or "cli". Returns its id. */
    QFuture<qint64> createSession(const QString &title, const QString &source, const QDateTime &at);
    /** Stores @p message in message.sessionId; returns the new message id. */
    QFuture<qint64> appendMessage(const ChatMessage &message);
    /** Stores the offers shown with assistant message @p messageId, as full snapshots. */
    QFuture<int> recordOffers(qint64 sessionId, qint64 messageId, const QList<FlightOffer> &offers,
                              const QDateTime &seenAt);
    /** Most recently updated first. */
    QFuture<QList<SessionSummary>> listSessions(int limit = 500);
    /** The whole session; an invalid transcript if @p sessionId does not exist. */
    QFuture<SessionTranscript> loadSession(qint64 sessionId);

    int schemaVersion() const;

private:
    class Worker;
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<Worker> m_worker;
};
