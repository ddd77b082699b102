// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTypes.h"
#include "SessionStore.h"
#include "SessionSummary.h"
#include "SessionTranscript.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <memory>

class HistoryTextIndex;
class QSqlDatabase;

/**
 * The database-thread side of SessionStore: one SQLite or PostgreSQL (QPSQL) connection and the
 * statements run on it (portable SQL; the dialects differ only in the schema and text index).
 * Every method except schemaVersion() must be called on the one thread that called open(); the
 * connection is created there and close() removes it there. SessionStore guarantees this by
 * running every call on its single-thread pool. Failures throw StoreError.
 */
class SessionDatabase {
public:
    explicit SessionDatabase(const HistoryConnection &connection);
    ~SessionDatabase();
    SessionDatabase(const SessionDatabase &) = delete;
    SessionDatabase &operator=(const SessionDatabase &) = delete;

    /** See SessionStore::open(). Opening an open database returns the first result again. */
    StoreOpenResult open();
    /** Closes and removes the connection; later calls fail as if open() had never run. */
    void close();

    qint64 createSession(const QString &title, const QString &source, const QDateTime &at);
    qint64 appendMessage(const ChatMessage &message);
    /** See SessionStore::importSession(). */
    qint64 importSession(const SessionTranscript &transcript);
    int recordOffers(qint64 sessionId, qint64 messageId, const QList<FlightOffer> &offers,
                     const QDateTime &seenAt);
    QList<SessionSummary> listSessions(int limit);
    SessionTranscript loadSession(qint64 sessionId);
    QList<HistoryHit> searchHistory(const QString &text, int limit);
    QList<PricePoint> priceHistory(const QString &originCode, const QString &destinationCode,
                                   int limit, const QTimeZone &zone);
    qint64 recordSearch(qint64 sessionId, const SearchRecord &search);
    qint64 recordParse(qint64 messageId, const QByteArray &parseJson, const QString &language);
    bool markOffer(qint64 sessionId, const QString &offerId, OfferMark mark, const QDateTime &at);
    bool deleteSession(qint64 sessionId);
    int clearHistory();
    bool fullTextAvailable();

    /** Where the history is kept, as constructed (any thread: it never changes). */
    const HistoryConnection &settings() const { return m_settings; }
    /** The PostgreSQL password to open with (call before open(), on the database thread). */
    void setPassword(const QString &password) {
        m_password = password;
        m_passwordSet = true;
    }

    /** The schema version after open() (0 before or after a failed open); any thread. */
    int schemaVersion() const { return m_schemaVersion.load(); }

private:
    enum class Attempt { Ok, Unreadable, Failed };
    Attempt tryOpen(QString *error);
    StoreOpenResult openPostgres();
    QString moveAside(QString *error);
    void closeConnection();
    QSqlDatabase connection() const;
    void checkpoint();

    const HistoryConnection m_settings;
    QString m_password; ///< from setPassword(), else m_settings.password
    bool m_passwordSet = false;
    QString m_path;
    QString m_connectionName;
    bool m_opened = false;
    bool m_openAttempted = false;
    StoreOpenResult m_openResult;
    std::atomic<int> m_schemaVersion{0};
    std::unique_ptr<HistoryTextIndex> m_textIndex; ///< set by open(), per the schema's flavour
};
