// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStore.h"

#include "SessionDatabase.h"

#include <QDir>
#include <QException>
#include <QPromise>
#include <QThreadPool>

#include <type_traits>

#include <utility>

namespace {
/**
 * Queues @p work on the database thread and returns its future. The pool's single thread runs
 * tasks in call order. A QPromise is used rather than QtConcurrent::run() on purpose: a
 * QtConcurrent task that has not started yet is "stolen" and run in the waiting thread by
 * QFuture::result()/waitForFinished(), which would run SQL on a thread that does not own the
 * connection and ahead of earlier queued calls.
 */
template <typename Work>
auto onDatabaseThread(QThreadPool *pool, std::shared_ptr<SessionDatabase> database, Work work) {
    using Result = std::invoke_result_t<Work, SessionDatabase &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool->start([promise, database = std::move(database), work = std::move(work)]() {
        try {
            if constexpr (std::is_void_v<Result>)
                work(*database);
            else
                promise->addResult(work(*database));
        } catch (const QException &error) {
            promise->setException(error);
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}
} // namespace

SessionStore::SessionStore(const QString &databasePath, QObject *parent)
    : SessionStore(HistoryConnection::sqlite(databasePath), parent) {}

SessionStore::SessionStore(const HistoryConnection &connection, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_database(std::make_shared<SessionDatabase>(connection)) {
    m_pool->setObjectName(QStringLiteral("SessionStore"));
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1); // the thread, and the connection it owns, live with the store
}

SessionStore::~SessionStore() {
    // Queued behind every pending call, so all writes land before the connection goes.
    onDatabaseThread(m_pool.get(), m_database, [](SessionDatabase &database) { database.close(); });
    m_pool->waitForDone();
}

QString SessionStore::databasePathFor(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("history.sqlite"));
}

QFuture<StoreOpenResult> SessionStore::open() {
    return onDatabaseThread(m_pool.get(), m_database,
                            [](SessionDatabase &database) { return database.open(); });
}

QFuture<StoreOpenResult> SessionStore::open(const QFuture<QString> &password) {
    return onDatabaseThread(m_pool.get(), m_database, [password](SessionDatabase &database) {
        // On the database thread, never the caller's: the keychain answers from the event loop.
        QFuture<QString> pending = password;
        pending.waitForFinished();
        if (!pending.isCanceled() && pending.resultCount() > 0)
            database.setPassword(pending.result());
        return database.open();
    });
}

HistoryConnection SessionStore::connection() const {
    HistoryConnection connection = m_database->settings();
    connection.password.clear();
    return connection;
}

QFuture<qint64> SessionStore::createSession(const QString &title, const QString &source,
                                            const QDateTime &at) {
    return onDatabaseThread(m_pool.get(), m_database, [title, source, at](SessionDatabase &db) {
        return db.createSession(title, source, at);
    });
}

QFuture<qint64> SessionStore::appendMessage(const ChatMessage &message) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [message](SessionDatabase &db) { return db.appendMessage(message); });
}

QFuture<qint64> SessionStore::appendMessage(const QFuture<qint64> &session,
                                            const ChatMessage &message,
                                            const QList<FlightOffer> &offers,
                                            const QDateTime &seenAt) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [session, message, offers, seenAt](SessionDatabase &db) {
                                // The session's creation was queued before this call, so it has
                                // finished by now; if it failed, result() rethrows its StoreError
                                // into this future.
                                ChatMessage stored = message;
                                stored.sessionId = QFuture<qint64>(session).result();
                                const qint64 messageId = db.appendMessage(stored);
                                if (!offers.isEmpty())
                                    db.recordOffers(stored.sessionId, messageId, offers, seenAt);
                                return messageId;
                            });
}

QFuture<qint64> SessionStore::importSession(const SessionTranscript &transcript) {
    return onDatabaseThread(m_pool.get(), m_database, [transcript](SessionDatabase &db) {
        return db.importSession(transcript);
    });
}

QFuture<int> SessionStore::recordOffers(qint64 sessionId, qint64 messageId,
                                        const QList<FlightOffer> &offers, const QDateTime &seenAt) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [sessionId, messageId, offers, seenAt](SessionDatabase &db) {
                                return db.recordOffers(sessionId, messageId, offers, seenAt);
                            });
}

QFuture<QList<SessionSummary>> SessionStore::listSessions(int limit) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [limit](SessionDatabase &db) { return db.listSessions(limit); });
}

QFuture<SessionTranscript> SessionStore::loadSession(qint64 sessionId) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [sessionId](SessionDatabase &db) { return db.loadSession(sessionId); });
}

QFuture<QList<HistoryHit>> SessionStore::searchHistory(const QString &text, int limit) {
    return onDatabaseThread(m_pool.get(), m_database, [text, limit](SessionDatabase &db) {
        return db.searchHistory(text, limit);
    });
}

QFuture<QList<PricePoint>> SessionStore::priceHistory(const QString &originCode,
                                                      const QString &destinationCode, int limit,
                                                      const QTimeZone &zone) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [originCode, destinationCode, limit, zone](SessionDatabase &db) {
                                return db.priceHistory(originCode, destinationCode, limit, zone);
                            });
}

QFuture<qint64> SessionStore::recordSearch(qint64 sessionId, const SearchRecord &search) {
    return onDatabaseThread(m_pool.get(), m_database, [sessionId, search](SessionDatabase &db) {
        return db.recordSearch(sessionId, search);
    });
}

QFuture<qint64> SessionStore::recordParse(qint64 messageId, const QByteArray &parseJson,
                                          const QString &language) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [messageId, parseJson, language](SessionDatabase &db) {
                                return db.recordParse(messageId, parseJson, language);
                            });
}

QFuture<bool> SessionStore::markOffer(qint64 sessionId, const QString &offerId, OfferMark mark,
                                      const QDateTime &at) {
    return onDatabaseThread(m_pool.get(), m_database,
                            [sessionId, offerId, mark, at](SessionDatabase &db) {
                                return db.markOffer(sessionId, offerId, mark, at);
                            });
}

QFuture<bool> SessionStore::deleteSession(qint64 sessionId) {
    return onDatabaseThread(m_pool.get(), m_database, [sessionId](SessionDatabase &db) {
        return db.deleteSession(sessionId);
    });
}

QFuture<int> SessionStore::clearHistory() {
    return onDatabaseThread(m_pool.get(), m_database,
                            [](SessionDatabase &db) { return db.clearHistory(); });
}

QFuture<bool> SessionStore::fullTextAvailable() {
    return onDatabaseThread(m_pool.get(), m_database,
                            [](SessionDatabase &db) { return db.fullTextAvailable(); });
}

int SessionStore::schemaVersion() const {
    return m_database->schemaVersion();
}
