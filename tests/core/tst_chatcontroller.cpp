// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistant/ChatController.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "storage/SessionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QDateTime Now(QDate(2026, 11, 29), QTime(10, 0), Qt::OffsetFromUTC, 3600);

/** A provider that never answers until told to, to test cancelling. */
class PendingProvider : public FlightProvider {
public:
    QString id() const override { return QStringLiteral("pending"); }
    SearchReply *search(const SearchRequest &request) override {
        lastRequest = request;
        auto *reply = new SearchReply;
        replies.append(reply);
        return reply;
    }
    SearchRequest lastRequest;
    QList<QPointer<SearchReply>> replies;
};
} // namespace

class TestChatController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FlightProvider> sandbox() {
        QString error;
        auto provider = ProviderFactory::create(
            QStringLiteral("sandbox"), QString(), [] { return Now.date(); }, &error);
        return provider;
    }

    static bool runTurn(ChatController &controller, const QString &text) {
        QSignalSpy finished(&controller, &ChatController::turnFinished);
        if (!controller.submit(text))
            return false;
        // A wait for the turn, not a performance limit.
        return finished.wait(30000) || finished.count() > 0;
    }

private Q_SLOTS:
    void searchTurnStoresEverything() {
        QTemporaryDir dir;
        auto provider = sandbox();
        SessionStore store(SessionStore::databasePathFor(dir.path()));
        QVERIFY(store.open().result().ok);
        ChatController controller(provider.get(), &store);
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        QSignalSpy changed(&controller, &ChatController::messageChanged);
        QSignalSpy busy(&controller, &ChatController::busyChanged);
        QSignalSpy offers(&controller, &ChatController::offersChanged);

        QVERIFY(runTurn(controller, QStringLiteral("LHR to JFK on 2026-12-10")));
        QCOMPARE(controller.lastAction(), QStringLiteral("search"));
        QVERIFY(controller.offers().size() >= 20);
        QCOMPARE(offers.count(), 1);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(added.count(), 3); // user, "searching…", results
        QCOMPARE(added.at(0).first().value<ChatMessage>().role, ChatMessage::Role::User);
        const ChatMessage results = added.at(2).first().value<ChatMessage>();
        QCOMPARE(results.offerCount, int(controller.offers().size()));
        // The understood words are highlighted: LHR, JFK and the date.
        bool highlighted = false;
        for (const QList<QVariant> &args : changed) {
            const ChatMessage m = args.first().value<ChatMessage>();
            if (m.role == ChatMessage::Role::User && m.highlights.size() == 3)
                highlighted = true;
        }
        QVERIFY(highlighted);

        // Everything shown is in the store, even though nothing waited for it.
        QTRY_VERIFY_WITH_TIMEOUT(controller.sessionId() > 0, 20000);
        const SessionTranscript stored = store.loadSession(controller.sessionId()).result();
        QVERIFY(stored.isValid());
        QCOMPARE(stored.summary.source, QStringLiteral("app"));
        QCOMPARE(stored.messages.size(), 3);
        QCOMPARE(stored.messages.first().text, QStringLiteral("LHR to JFK on 2026-12-10"));
        QCOMPARE(stored.messages.first().highlights.size(), 3);
        QCOMPARE(stored.offersByMessage.value(stored.messages.last().id), controller.offers());
    }

    void askThenRefine() {
        auto provider = sandbox();
        ChatController controller(provider.get(), nullptr);
        controller.setClock([] { return Now; });
        QVERIFY(runTurn(controller, QStringLiteral("to Rome")));
        QCOMPARE(controller.lastAction(), QStringLiteral("ask"));
        QVERIFY(runTurn(controller, QStringLiteral("Paris")));
        QCOMPARE(controller.state().settled().origin.place.code, QStringLiteral("PAR"));
        QCOMPARE(controller.lastAction(), QStringLiteral("ask"));
        QVERIFY(runTurn(controller, QStringLiteral("next friday")));
        QCOMPARE(controller.lastAction(), QStringLiteral("search"));
        QVERIFY(runTurn(controller, QStringLiteral("business class please")));
        QCOMPARE(controller.lastAction(), QStringLiteral("refine"));
        for (const FlightOffer &offer : controller.offers())
            QCOMPARE(offer.cabin, CabinClass::Business);
    }

    void answersInTheLanguageOfTheConversation() {
        auto provider = sandbox();
        ChatController controller(provider.get(), nullptr);
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        const auto lastReply = [&added] {
            return added.constLast().first().value<ChatMessage>().text;
        };
        QVERIFY(runTurn(controller, QStringLiteral("je voudrais aller à Rome")));
        QVERIFY2(lastReply().contains(QStringLiteral("Rome")) &&
                     lastReply().contains(QStringLiteral("D’où")),
                 qPrintable(lastReply()));
        // A bare place name tells no language: the conversation's is kept.
        QVERIFY(runTurn(controller, QStringLiteral("Lisbonne")));
        QVERIFY2(lastReply().startsWith(QStringLiteral("Quand")), qPrintable(lastReply()));
        QVERIFY(runTurn(controller, QStringLiteral("nächsten Freitag, zu zweit")));
        QVERIFY2(lastReply().contains(QStringLiteral("Angebote")), qPrintable(lastReply()));
    }

    void blankAndBusyInputIsRefused() {
        PendingProvider provider;
        ChatController controller(&provider, nullptr);
        controller.setClock([] { return Now; });
        QVERIFY(!controller.submit(QStringLiteral("   ")));
        QVERIFY(controller.submit(QStringLiteral("PAR to ROM on 2026-12-11")));
        QVERIFY(!controller.submit(QStringLiteral("another one")));
        QTRY_COMPARE(provider.replies.size(), 1);
        QVERIFY(controller.isBusy());
    }

    void cancelStopsTheSearch() {
        PendingProvider provider;
        ChatController controller(&provider, nullptr);
        controller.setClock([] { return Now; });
        QSignalSpy finished(&controller, &ChatController::turnFinished);
        QVERIFY(controller.submit(QStringLiteral("PAR to ROM on 2026-12-11")));
        QTRY_COMPARE(provider.replies.size(), 1);
        controller.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!controller.isBusy());
        QVERIFY(controller.offers().isEmpty());
        QTRY_VERIFY(provider.replies.first().isNull()); // the reply was freed
        QCOMPARE(provider.lastRequest.slices.first().destination, QStringLiteral("ROM"));
        // The conversation goes on after a cancel.
        QVERIFY(controller.submit(QStringLiteral("make it the 12th of December")));
    }

    void providerErrorsBecomeSentences() {
        PendingProvider provider;
        ChatController controller(&provider, nullptr);
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        QVERIFY(controller.submit(QStringLiteral("PAR to ROM on 2026-12-11")));
        QTRY_COMPARE(provider.replies.size(), 1);
        provider.replies.first()->finishWithError({ProviderError::Code::Timeout, QString()}, 10);
        QVERIFY(!controller.isBusy());
        const ChatMessage last = added.last().first().value<ChatMessage>();
        QVERIFY(last.text.contains(QStringLiteral("too long")));
    }
};

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
