// SPDX-License-Identifier: GPL-3.0-or-later
// Several SessionStore instances on one history, as an agency's agents share one PostgreSQL
// database (and, on one computer, as the app and the CLI share one SQLite file): each sees the
// sessions the others write, concurrent writers lose nothing, and ids never collide.
#include "HistoryTestBackend.h"
#include "storage/SessionStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QDateTime t0(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

ChatMessage message(qint64 sessionId, const QString &text, const QDateTime &at) {
    ChatMessage m;
    m.sessionId = sessionId;
    m.role = ChatMessage::Role::User;
    m.text = text;
    m.timestamp = at;
    return m;
}
} // namespace

class TestHistoryShared : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    HistoryTestBackend m_backend;

    std::unique_ptr<SessionStore> agent() {
        auto store = std::make_unique<SessionStore>(m_backend.connection());
        const StoreOpenResult result = store->open().result();
        if (!result.ok) {
            qWarning() << result.error;
            return nullptr;
        }
        return store;
    }

private Q_SLOTS:
    void initTestCase_data() { HistoryTestBackend::addRows(); }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        BOOKING_SELECT_HISTORY_BACKEND(m_backend, SessionStore::databasePathFor(m_dir->path()));
    }
    void cleanup() {
        m_backend.release();
        m_dir.reset();
    }

    void agentsSeeEachOthersSessions() {
        std::unique_ptr<SessionStore> anna = agent();
        std::unique_ptr<SessionStore> ben = agent();
        QVERIFY(anna && ben);
        const qint64 annas = anna->createSession(QString(), QStringLiteral("app"), t0).result();
        anna->appendMessage(message(annas, QStringLiteral("Lisbon to Zürich for the Silva family"),
                                    t0.addSecs(5)))
            .waitForFinished();
        // Ben sees Anna's session at once, with its title and message, and can search it.
        const QList<SessionSummary> seen = ben->listSessions().result();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).id, annas);
        QCOMPARE(seen.at(0).title, QStringLiteral("Lisbon to Zürich for the Silva family"));
        QCOMPARE(ben->loadSession(annas).result().messages.size(), 1);
        const QList<HistoryHit> hits = ben->searchHistory(QStringLiteral("silva")).result();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).sessionId, annas);
        // Ben answers in Anna's session; Anna sees it and the session moves up for both.
        ben->appendMessage(
               message(annas, QStringLiteral("Booked the Friday flight"), t0.addSecs(60)))
            .waitForFinished();
        QCOMPARE(anna->loadSession(annas).result().messages.size(), 2);
        QCOMPARE(anna->listSessions().result().at(0).updatedAt, t0.addSecs(60));
        // Ben deletes it: gone for Anna too.
        QVERIFY(ben->deleteSession(annas).result());
        QVERIFY(anna->listSessions().result().isEmpty());
        QVERIFY(!anna->loadSession(annas).result().isValid());
    }

    void concurrentWritersLoseNothing() {
        constexpr int Agents = 3;
        constexpr int Messages = 40;
        std::vector<std::unique_ptr<SessionStore>> agents;
        for (int i = 0; i < Agents; ++i) {
            agents.push_back(agent());
            QVERIFY(agents.back());
        }
        // Every agent queues its writes at once: their database threads run side by side.
        QList<QFuture<qint64>> writes;
        for (int i = 0; i < Agents; ++i) {
            const QFuture<qint64> session =
                agents[i]->createSession(QStringLiteral("agent %1").arg(i), {}, t0);
            for (int m = 0; m < Messages; ++m)
                writes.append(agents[i]->appendMessage(
                    session, message(0, QStringLiteral("agent %1 note %2").arg(i).arg(m), t0), {},
                    t0));
        }
        QSet<qint64> ids;
        for (QFuture<qint64> &write : writes)
            ids.insert(write.result());
        QCOMPARE(ids.size(), Agents * Messages);
        for (const auto &store : agents) {
            const QList<SessionSummary> sessions = store->listSessions().result();
            QCOMPARE(sessions.size(), Agents);
            for (const SessionSummary &s : sessions)
                QCOMPARE(s.messageCount, Messages);
        }
        QCOMPARE(agents[0]->searchHistory(QStringLiteral("note"), 500).result().size(),
                 Agents * Messages);
    }
};

QTEST_GUILESS_MAIN(TestHistoryShared)
#include "tst_historyshared.moc"
