// SPDX-License-Identifier: GPL-3.0-or-later
// The child of tst_historycrash: opens a SessionStore on the given file, creates a session and
// appends messages with offers in a loop, printing "committed <messageId> <offers>" (flushed)
// only once the store's future for that write has finished, until it is killed (or after
// MaxMessages, so that it never runs forever).
//   history_writer DATABASE
// First line: "session <id>"; a failure prints "error <sentence>" and exits 1.
#include "HistoryFixtures.h"
#include "geo/GeoDatabase.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
constexpr int MaxMessages = 100000;
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: history_writer DATABASE\n");
        return 2;
    }
    // Load the reference tables first, as the app does at start: the store names the places of
    // stored offers from them, and their one-off load must not eat into the random kill delays.
    GeoDatabase::instance();
    SessionStore store(args.at(1));
    const StoreOpenResult opened = store.open().result();
    if (!opened.ok) {
        std::printf("error %s\n", qPrintable(opened.error));
        return 1;
    }
    try {
        const QFuture<qint64> session = store.createSession(
            QStringLiteral("crash test"), QStringLiteral("cli"), QDateTime::currentDateTimeUtc());
        const qint64 sessionId = QFuture<qint64>(session).result();
        std::printf("session %lld\n", static_cast<long long>(sessionId));
        std::fflush(stdout);
        for (int n = 0; n < MaxMessages; ++n) {
            const int offerCount = n % 4;
            QList<FlightOffer> offers;
            for (int i = 0; i < offerCount; ++i)
                offers.append(HistoryFixtures::connection(
                    QStringLiteral("s%1-m%2-o%3").arg(sessionId).arg(n).arg(i), "99.90",
                    QDate(2026, 12, 10).addDays(n % 30), i % 2 == 1));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            ChatMessage message = HistoryFixtures::message(
                n % 2 ? ChatMessage::Role::Assistant : ChatMessage::Role::User,
                QStringLiteral("message %1 of session %2: Lisbon to Berlin").arg(n).arg(sessionId),
                now, offerCount);
            const qint64 id = store.appendMessage(session, message, offers, now).result();
            std::printf("committed %lld %d\n", static_cast<long long>(id), offerCount);
            std::fflush(stdout);
        }
    } catch (const StoreError &error) {
        std::printf("error %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
