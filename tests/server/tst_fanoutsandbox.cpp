// SPDX-License-Identifier: GPL-3.0-or-later
// FanOutSearch over real sockets: Duffel and Amadeus clients searching a week of dates at once
// against the HTTP sandbox on 127.0.0.1, both on this thread's one QNetworkAccessManager
// (NetworkAccess), so that their parts share connections; offers merged across the two APIs.
#include "SandboxServer.h"
#include "dialogue/DialogueState.h"
#include "providers/ProviderFactory.h"
#include "providers/fanout/FanOutSearch.h"
#include "util/NetworkAccess.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int Wait = 120000; // a generous wait for asynchronous work, not a performance limit

SearchRequest requestOn(const QDate &date) {
    SearchRequest request;
    request.slices.append({QStringLiteral("LON"), QStringLiteral("LIS"), date, {}, {}});
    request.passengers.adults = 1;
    return request;
}
} // namespace

class TestFanOutSandbox : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FlightProvider> m_duffel;
    std::unique_ptr<FlightProvider> m_amadeus;

    std::unique_ptr<FlightProvider> provider(const QString &id) {
        ProviderCredentials credentials;
        credentials.duffelToken = QStringLiteral("duffel_test_fanout");
        credentials.amadeusClientId = QStringLiteral("client");
        credentials.amadeusClientSecret = QStringLiteral("secret");
        QString error;
        // No manager given: the factory uses this thread's shared one.
        auto made = ProviderFactory::create(
            id, m_server->baseUrl().toString(), [] { return QDate::currentDate(); }, credentials,
            &error);
        if (!made)
            qFatal("%s", qPrintable(error));
        return made;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(0));
        m_server->setLatency(30, 20);
        m_duffel = provider(QStringLiteral("duffel"));
        m_amadeus = provider(QStringLiteral("amadeus"));
    }
    void cleanup() {
        m_duffel.reset();
        m_amadeus.reset();
        m_server.reset();
    }

    void aWeekOnTwoApisAtOnce() {
        const QDate day = QDate::currentDate().addDays(40);
        const QList<SearchRequest> week =
            DialogueState::flexibleRequests(requestOn(day), 3, QDate::currentDate());
        QCOMPARE(week.size(), 7);
        FanOutSearch search;
        QCOMPARE(search.addParts({m_duffel.get(), m_amadeus.get()}, week), 14);
        QSignalSpy progress(&search, &FanOutSearch::progress);
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(Wait) || finished.count() == 1);

        QVERIFY2(!search.error().isError(), qPrintable(search.error().detail));
        QCOMPARE(progress.count(), 14);
        int parts = 0;
        for (const FanOutSearch::Part &part : search.parts()) {
            QVERIFY2(!part.error.isError(), qPrintable(part.providerId + u' ' + part.error.detail));
            QVERIFY(part.offerCount > 0);
            parts += part.offerCount;
        }
        // Both APIs sell the sandbox's flights: each flight is kept once, sold by both.
        const QList<FlightOffer> offers = search.offers();
        QVERIFY(!offers.isEmpty());
        QVERIFY(offers.size() < parts);
        int soldByBoth = 0;
        for (const FlightOffer &offer : offers) {
            const QStringList sellers = search.providersOf(offer);
            QVERIFY(sellers.contains(offer.provider));
            if (sellers.contains(QStringLiteral("duffel")) &&
                sellers.contains(QStringLiteral("amadeus")))
                ++soldByBoth;
        }
        QVERIFY(soldByBoth > 0);
        for (int i = 1; i < offers.size(); ++i)
            QVERIFY(!(offers.at(i).totalAmount < offers.at(i - 1).totalAmount));
        QCOMPARE(search.cheapestByDate().size(), 7);
        for (const FanOutSearch::DayPrice &d : search.cheapestByDate())
            QVERIFY(d.cheapest.has_value());

        // One manager for both providers: the 15+ requests (14 searches and a token) travelled
        // on a handful of connections, at most Qt's 6 per host for HTTP/1.1.
        QVERIFY(NetworkAccess::hasManagerForCurrentThread());
        QVERIFY(m_server->requestCount() >= 15);
        // (two managers would have opened up to 6 each).
        const int accepted = m_server->acceptedConnectionCount();
        QVERIFY2(accepted >= 1 && accepted <= 6, qPrintable(QString::number(accepted)));

        // A second fan-out reuses the open connections (keep-alive): no new ones.
        FanOutSearch again;
        QCOMPARE(again.addParts({m_duffel.get(), m_amadeus.get()}, week.mid(0, 2)), 4);
        QSignalSpy againFinished(&again, &FanOutSearch::finished);
        again.start();
        QVERIFY(againFinished.wait(Wait) || againFinished.count() == 1);
        QVERIFY(!again.error().isError());
        QCOMPARE(m_server->acceptedConnectionCount(), accepted);
    }

    void cancellingOverRealSocketsFreesEverything() {
        m_server->setLatency(20000, 0); // answers long after the cancel
        const QDate day = QDate::currentDate().addDays(40);
        auto *search = new FanOutSearch;
        QPointer<FanOutSearch> guard(search);
        QCOMPARE(search->addParts(
                     {m_duffel.get(), m_amadeus.get()},
                     DialogueState::flexibleRequests(requestOn(day), 1, QDate::currentDate())),
                 6);
        QSignalSpy finished(search, &FanOutSearch::finished);
        search->start();
        QTest::qWait(200); // the requests are on their way
        QVERIFY(!search->isFinished());
        search->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search->error().code, ProviderError::Code::Cancelled);
        QList<QPointer<QObject>> children;
        for (QObject *child : search->children())
            children.append(child);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(children.cbegin(), children.cend(),
                                             [](const QPointer<QObject> &c) { return c.isNull(); }),
                                 Wait);
        delete search;
        QVERIFY(guard.isNull());

        // The shared manager still works after the cancel.
        m_server->setLatency(0, 0);
        FanOutSearch after;
        QVERIFY(after.addPart(m_duffel.get(), requestOn(day)));
        QSignalSpy afterFinished(&after, &FanOutSearch::finished);
        after.start();
        QVERIFY(afterFinished.wait(Wait) || afterFinished.count() == 1);
        QVERIFY2(!after.error().isError(), qPrintable(after.error().detail));
        QVERIFY(!after.offers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFanOutSandbox)
#include "tst_fanoutsandbox.moc"
