// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistant/ChatController.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "storage/SessionStore.h"

#include <QLocale>
#include <QSet>
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

        // The search itself is recorded too: provider, request, outcome, asked by the user's
        // message (written once that message has its id, so wait for it).
        QTRY_COMPARE_WITH_TIMEOUT(
            store.loadSession(controller.sessionId()).result().searches.size(), 1, 20000);
        const SearchRecord search =
            store.loadSession(controller.sessionId()).result().searches.first();
        QCOMPARE(search.provider, provider->id());
        QCOMPARE(search.outcome, QStringLiteral("ok"));
        QCOMPARE(search.offerCount, int(controller.offers().size()));
        QCOMPARE(search.messageId, stored.messages.first().id);
        QVERIFY(search.requestJson.contains("\"LHR\""));
        QVERIFY(search.finishedAt >= search.startedAt);
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

    void flexibleDatesSearchEveryDayAtOnce() {
        auto provider = sandbox();
        ChatController controller(provider.get(), nullptr);
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        QSignalSpy offers(&controller, &ChatController::offersChanged);
        QVERIFY(runTurn(controller, QStringLiteral("LHR to JFK on 2026-12-10 +/- 3 days")));
        QCOMPARE(controller.lastAction(), QStringLiteral("search"));
        QCOMPARE(controller.state().settled().flexibility(), 3);
        const QString searching = added.at(1).first().value<ChatMessage>().text;
        // "3 days" once the English plural is in translations/booking_en.ts.
        QVERIFY2(searching.contains(QStringLiteral(", 3 day")) &&
                     searching.contains(QStringLiteral(" earlier or later too")),
                 qPrintable(searching));

        // Seven days, one part each: the offers grow part by part, then come sorted.
        QCOMPARE(offers.count(), 7);
        QStringList previous;
        for (int i = 0; i + 1 < offers.count(); ++i) {
            QStringList now;
            for (const FlightOffer &o : offers.at(i).first().value<QList<FlightOffer>>())
                now.append(o.id);
            QVERIFY(now.size() > previous.size());
            QCOMPARE(now.mid(0, previous.size()), previous);
            previous = now;
        }
        const QList<FlightOffer> final = offers.last().first().value<QList<FlightOffer>>();
        QCOMPARE(final, controller.offers());
        QVERIFY(final.size() > previous.size());
        QSet<QDate> days;
        QHash<QDate, Money> cheapest;
        for (int i = 0; i < final.size(); ++i) {
            if (i > 0)
                QVERIFY(!(final.at(i).totalAmount < final.at(i - 1).totalAmount));
            const QDate day = final.at(i).slices.first().departure().date();
            days.insert(day);
            if (!cheapest.contains(day))
                cheapest.insert(day, final.at(i).totalAmount);
        }
        QCOMPARE(days.size(), 7);
        QVERIFY(days.contains(QDate(2026, 12, 7)) && days.contains(QDate(2026, 12, 13)));

        // The reply gives the cheapest price of each day, in order, formatted like every price.
        const ChatMessage reply = added.last().first().value<ChatMessage>();
        QCOMPARE(reply.offerCount, int(final.size()));
        QVERIFY2(reply.text.startsWith(QStringLiteral("Cheapest by day: Mon 7 Dec ")),
                 qPrintable(reply.text));
        QList<std::pair<QDate, std::optional<Money>>> expected;
        for (int d = 7; d <= 13; ++d)
            expected.append({QDate(2026, 12, d), cheapest.value(QDate(2026, 12, d))});
        const QString byDay =
            ReplyComposer::forLanguage(QStringLiteral("en")).cheapestByDay(expected);
        QCOMPARE(reply.text.left(byDay.size()), byDay);
        QVERIFY(reply.text.contains(QStringLiteral("I found %1 offers").arg(final.size())));

        // Flexibility stays for a refinement; "exact dates" searches one day again.
        offers.clear();
        QVERIFY(runTurn(controller, QStringLiteral("business class please")));
        QCOMPARE(controller.lastAction(), QStringLiteral("refine"));
        QCOMPARE(offers.count(), 7);
        offers.clear();
        QVERIFY(runTurn(controller, QStringLiteral("exact dates please")));
        QCOMPARE(offers.count(), 1);
        QVERIFY(!added.last().first().value<ChatMessage>().text.contains(
            QStringLiteral("Cheapest by day")));
        for (const FlightOffer &o : controller.offers())
            QCOMPARE(o.slices.first().departure().date(), QDate(2026, 12, 10));
    }

    void flexibleDatesSkipThePast() {
        PendingProvider provider;
        ChatController controller(&provider, nullptr);
        controller.setClock([] { return Now; });
        QVERIFY(controller.submit(QStringLiteral("Paris to Rome tomorrow, give or take 3 days")));
        QTRY_COMPARE(provider.replies.size(), 5); // today .. tomorrow + 3
        QVERIFY(controller.isBusy());
        controller.cancel();
        QVERIFY(!controller.isBusy());
        for (const QPointer<SearchReply> &reply : provider.replies)
            QTRY_VERIFY(reply.isNull()); // every part cancelled and freed
    }

    void severalProvidersAreSearchedAtOnceAndMerged() {
        auto first = sandbox();
        auto second = sandbox();
        PendingProvider failing;
        ChatController controller(nullptr, nullptr);
        controller.setProviders({first.get(), second.get(), &failing, nullptr});
        QCOMPARE(controller.providers().size(), 3);
        QCOMPARE(controller.provider(), first.get());
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        QVERIFY(controller.submit(QStringLiteral("LHR to JFK on 2026-12-10")));
        QTRY_COMPARE(failing.replies.size(), 1);
        failing.replies.first()->finishWithError({ProviderError::Code::Network, QString()}, 1);
        QTRY_VERIFY(!controller.isBusy());
        QCOMPARE(controller.lastAction(), QStringLiteral("search"));

        // The two sandboxes sell the same flights: each is kept once.
        ChatController alone(first.get(), nullptr);
        alone.setClock([] { return Now; });
        QVERIFY(runTurn(alone, QStringLiteral("LHR to JFK on 2026-12-10")));
        QCOMPARE(controller.offers().size(), alone.offers().size());
        QVERIFY(!controller.offers().isEmpty());
        const QString reply = added.last().first().value<ChatMessage>().text;
        QVERIFY2(reply.contains(QStringLiteral("1 of the 3 searches could not be made")),
                 qPrintable(reply));
    }

    void everyProviderFailingIsOneSentence() {
        PendingProvider a;
        PendingProvider b;
        ChatController controller(nullptr, nullptr);
        controller.setProviders({&a, &b});
        controller.setClock([] { return Now; });
        QSignalSpy added(&controller, &ChatController::messageAdded);
        QVERIFY(controller.submit(QStringLiteral("PAR to ROM on 2026-12-11")));
        QTRY_COMPARE(a.replies.size() + b.replies.size(), 2);
        b.replies.first()->finishWithError({ProviderError::Code::Authentication, QString()}, 1);
        QVERIFY(controller.isBusy());
        a.replies.first()->finishWithError({ProviderError::Code::Timeout, QString()}, 1);
        QVERIFY(!controller.isBusy());
        // The first failure is the one told.
        QVERIFY(added.last().first().value<ChatMessage>().text.contains(
            QStringLiteral("refused the credentials")));
    }
};

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
