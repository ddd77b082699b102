// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionStore.h"
#include "SessionSummary.h"
#include "SessionTranscript.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

class QSqlDatabase;

/**
 * The database-thread side of SessionStore: one SQLite connection and the statements run on it.
 * Every method except schemaVersion() must be called on the one thread that called open(); the
 * connection is created there and close() removes it there. SessionStore guarantees this by
 * running every call on its single-thread pool. Failures throw StoreError.
 */
class SessionDatabase {
public:
    explicit SessionDatabase(const QString &databasePath);
    ~SessionDatabase();
    SessionDatabase(const SessionDatabase &) = delete;
    SessionDatabase &operator=(const SessionDatabase &) = delete;

    /** See SessionStore::open(). Opening an open database returns the first result again. */
    StoreOpenResult open();
    /** Closes and removes the connection; later calls fail as if open() had never run. */
    void close();

    qint64 createSession(const QString &title, const QString &source, const QDateTime &at);
    qint64 appendMessage(const ChatMessage &message);
    int recordOffers(qint64 sessionId, qint64 messageId, const QList<FlightOffer> &offers,
                     const QDateTime &seenAt);
    QList<SessionSummary> listSessions(int limit);
    SessionTranscript loadSession(qint64 sessionId);

    /** The schema version after open() (0 before or after a failed open); any thread. */
    int schemaVersion() const { return m_schemaVersion.load(); }

private:
    enum class Attempt { Ok, Unreadable, Failed };
    Attempt tryOpen(QString *error);
    QString moveAside(QString *error);
    void closeConnection();
    QSqlDatabase connection() const;

    QString m_path;
    QString m_connectionName;
    bool m_opened = false;
    bool m_openAttempted = false;
    StoreOpenResult m_openResult;
    std::atomic<int> m_schemaVersion{0};
};
