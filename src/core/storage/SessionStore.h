// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryConnection.h"
#include "HistoryTypes.h"
#include "SessionSummary.h"
#include "SessionTranscript.h"
#include "StoreError.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimeZone>

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
 * The history: sessions, their messages and the offers shown, in SQLite (WAL mode, foreign
 * keys on, numbered migrations, prepared statements only), or in a shared PostgreSQL database
 * (QPSQL; PostgresSchema's migrations in step with SQLite's, PostgresTextIndex for search).
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
    /**
     * The history kept where @p connection says: a SQLite file (as above) or a PostgreSQL
     * database shared by several programs (an agency's agents), with the same API and behaviour.
     * On PostgreSQL there is no file to move aside: open() reports a server that cannot be
     * reached or refuses the login as ok == false with a sentence; every store sees the sessions
     * the others write as soon as they are committed.
     */
    explicit SessionStore(const HistoryConnection &connection, QObject *parent = nullptr);
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
     * As open(), for a connection whose password arrives later (PostgreSQL, from the keychain):
     * the database thread waits for @p password before connecting, so calls made meanwhile
     * queue behind the open as usual and the caller's thread never waits. A cancelled future,
     * or one without a result, means "no password" (the server may still trust the user).
     */
    QFuture<StoreOpenResult> open(const QFuture<QString> &password);
    /** Where this store keeps the history, without the password. */
    HistoryConnection connection() const;

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
    /**
     * Stores @p transcript (an exported session read back) as a new session, all in one
     * transaction: its title, source and creation time, every message in order with its
     * highlights and the offers it showed (offersByMessage keyed by the transcript's message
     * ids; key 0: offers kept with the session only). Ids in the transcript are ignored. Either
     * everything is stored or nothing (a crash or failure midway leaves no partial session).
     * Returns the new session's id.
     */
    QFuture<qint64> importSession(const SessionTranscript &transcript);
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

    /**
     * Full-text search over every stored message and over the places of the offers seen (the
     * airport/city codes and their city names). The query is plain user text, never SQL nor
     * FTS syntax: it is split into words, every word must match (AND), the last one as a prefix
     * ("lisb" finds Lisbon); case and accents are ignored ("Zurich" finds "Zürich"); operators
     * such as AND, NEAR( or quotes are searched as literal words. Best match first (bm25 with
     * FTS5). An empty or word-less query gives an empty list, never an error. @p limit <= 0
     * means 50. Without FTS5 a LIKE search over the same text is used (see
     * fullTextAvailable()): same contract, cruder ranking (newest first).
     */
    QFuture<QList<HistoryHit>> searchHistory(const QString &text, int limit = 50);
    /**
     * The lowest price seen per day on @p originCode -> @p destinationCode (the first slice's
     * airport or city codes as stored with each offer, case-insensitive), oldest day first; at
     * most the @p limit most recent points (<= 0: all). A day is the date of the offer's seen-at
     * time in @p zone (UTC if invalid): pass the person's zone to get their local days.
     * Currencies are never mixed nor converted: a day with offers in two currencies has one
     * point per currency (ordered by currency code). Prices are exact decimals compared exactly
     * (a tie keeps the earliest sighting). Empty for an unknown route.
     */
    QFuture<QList<PricePoint>> priceHistory(const QString &originCode,
                                            const QString &destinationCode, int limit = 200,
                                            const QTimeZone &zone = QTimeZone());
    /**
     * Stores one search run in @p sessionId (its id field is ignored); returns the new id.
     * Fails if the session does not exist, or if search.messageId > 0 is not in that session.
     * Times are stored in UTC; an invalid startedAt is stored as now.
     */
    QFuture<qint64> recordSearch(qint64 sessionId, const SearchRecord &search);
    /**
     * Stores the parse result of message @p messageId (JSON as the CLI `parse` prints it) and
     * its @p language; returns the new id. Fails if the message does not exist.
     */
    QFuture<qint64> recordParse(qint64 messageId, const QByteArray &parseJson,
                                const QString &language);
    /**
     * Marks offer @p offerId of @p sessionId as selected or booked at @p at (now if invalid).
     * False (nothing stored) if the session has no offer with that id. Marking twice keeps
     * both marks (loadSession() lists them in time order).
     */
    QFuture<bool> markOffer(qint64 sessionId, const QString &offerId, OfferMark mark,
                            const QDateTime &at);
    /**
     * Deletes a session with its messages, offers, parses, searches and marks, and its text
     * from the full-text index. The freed pages are overwritten (secure_delete) and the WAL is
     * checkpointed and truncated, so the deleted text is gone from the files. False if there
     * is no such session.
     */
    QFuture<bool> deleteSession(qint64 sessionId);
    /** Deletes every session as deleteSession() does; returns how many were deleted. */
    QFuture<int> clearHistory();
    /**
     * True when the full-text index is SQLite FTS5 (ranked, accent-folding); false when the
     * LIKE fallback is in use (FTS5 missing from the SQLite library). Valid after open().
     */
    QFuture<bool> fullTextAvailable();

    /** The schema version once open() has succeeded; 0 before that or after a failure. */
    int schemaVersion() const;

private:
    std::unique_ptr<QThreadPool> m_pool; ///< one thread, never expiring: the database thread
    std::shared_ptr<SessionDatabase> m_database;
};
