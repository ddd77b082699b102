// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sandbox/SandboxOfferGenerator.h"
#include "providers/sandbox/SandboxPlaceIndex.h"
#include "providers/sandbox/SandboxProvider.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#include <memory>

namespace {
const QDate Today(2026, 5, 13);

SearchRequest request(const QString &from, const QString &to, const QDate &date) {
    SearchRequest r;
    r.slices.append({from, to, date, {}, {}});
    return r;
}

std::unique_ptr<SandboxProvider> makeProvider() {
    auto provider = std::make_unique<SandboxProvider>();
    provider->setClock([] { return Today; });
    return provider;
}
} // namespace

class TestSandboxProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void id();
    void finishesAsynchronouslyWithOffers();
    void invalidRequests_data();
    void invalidRequests();
    void noRoute();
    void cancel();
    void deleteReplyInFlight();
    void deleteProviderInFlight();
    void simulatedLatency();
    void realisticLatencyIsDeterministic();
    void suggestPlaces_data();
    void suggestPlaces();
    void priceOffer();
    void createOrder_data();
    void createOrder();
    void createOrderUnknownOffer();
};

void TestSandboxProvider::id() {
    QCOMPARE(makeProvider()->id(), QStringLiteral("sandbox"));
}

void TestSandboxProvider::finishesAsynchronouslyWithOffers() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("LHR"), QStringLiteral("JFK"), Today.addDays(30))));
    QVERIFY(reply);
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->error().isError());
    QVERIFY(reply->offers().size() >= 20);
    // Days to departure come from the injected clock: same offers as the generator's.
    QCOMPARE(reply->offers(),
             SandboxOfferGenerator().generate(
                 request(QStringLiteral("LHR"), QStringLiteral("JFK"), Today.addDays(30)), Today));
    QCOMPARE(reply->thread(), QThread::currentThread());
}

void TestSandboxProvider::invalidRequests_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("detail");
    QTest::newRow("same place") << "LHR"
                                << "LHR" << 10 << "same_origin_destination";
    QTest::newRow("in the past") << "LHR"
                                 << "JFK" << -1 << "date_in_past";
    QTest::newRow("bad code") << "LONDON"
                              << "JFK" << 10 << "invalid_place";
    QTest::newRow("unknown code") << "QQQ"
                                  << "JFK" << 10 << "unknown_place: QQQ";
    QTest::newRow("same city") << "CDG"
                               << "ORY" << 10 << "same_city: PAR";
}

void TestSandboxProvider::invalidRequests() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, days);
    QFETCH(QString, detail);
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(provider->search(request(from, to, Today.addDays(days))));
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished()); // never finished inside search()
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::InvalidRequest);
    QCOMPARE(reply->error().detail, detail);
    QVERIFY(reply->offers().isEmpty());
}

void TestSandboxProvider::noRoute() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("AAJ"), QStringLiteral("ABP"), Today.addDays(5))));
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::NoRoute);
}

void TestSandboxProvider::cancel() {
    auto provider = makeProvider();
    provider->setLatencyMs(100);
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("PAR"), QStringLiteral("ROM"), Today.addDays(9))));
    QSignalSpy finished(reply.get(), &SearchReply::finished);
    QSignalSpy cancelRequested(reply.get(), &SearchReply::cancelRequested);
    reply->cancel();
    QCOMPARE(cancelRequested.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
    // The generator's result, whenever it comes, is dropped.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
    QVERIFY(reply->offers().isEmpty());
}

void TestSandboxProvider::deleteReplyInFlight() {
    auto provider = makeProvider();
    QPointer<SearchReply> reply =
        provider->search(request(QStringLiteral("CDG"), QStringLiteral("NRT"), Today.addDays(40)));
    delete reply.data();
    QVERIFY(reply.isNull());
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    // The provider still works afterwards.
    std::unique_ptr<SearchReply> next(
        provider->search(request(QStringLiteral("CDG"), QStringLiteral("NRT"), Today.addDays(40))));
    QTRY_VERIFY(next->isFinished());
    QVERIFY(!next->offers().isEmpty());
}

void TestSandboxProvider::deleteProviderInFlight() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("MUC"), QStringLiteral("MAD"), Today.addDays(12))));
    provider.reset();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(!reply->offers().isEmpty());
}

void TestSandboxProvider::simulatedLatency() {
    auto provider = makeProvider();
    provider->setLatencyMs(150);
    QCOMPARE(provider->latencyMs(), 150);
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("LIS"), QStringLiteral("BER"), Today.addDays(3))));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->elapsedMs() >= 150);
    QVERIFY(!reply->offers().isEmpty());
    // Invalid requests wait too, like a real server's error.
    std::unique_ptr<SearchReply> bad(
        provider->search(request(QStringLiteral("LIS"), QStringLiteral("LIS"), Today)));
    QTRY_VERIFY(bad->isFinished());
    QVERIFY(bad->elapsedMs() >= 150);
}

void TestSandboxProvider::realisticLatencyIsDeterministic() {
    const SearchRequest a = request(QStringLiteral("LIS"), QStringLiteral("BER"), Today);
    const SearchRequest b = request(QStringLiteral("LIS"), QStringLiteral("MAD"), Today);
    const int la = SandboxProvider::realisticLatencyMs(a);
    QCOMPARE(SandboxProvider::realisticLatencyMs(a), la);
    QVERIFY(la >= 300 && la <= 600);
    const int lb = SandboxProvider::realisticLatencyMs(b);
    QVERIFY(lb >= 300 && lb <= 600);
    auto provider = makeProvider();
    provider->setLatencyMs(SandboxProvider::RealisticLatency);
    std::unique_ptr<SearchReply> reply(provider->search(a));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->elapsedMs() >= la);
}

namespace {
/** The first offer of a search LHR -> JFK with @p adults and @p children, from @p provider. */
FlightOffer searchedOffer(SandboxProvider &provider, int adults, int children) {
    SearchRequest r = request(QStringLiteral("LHR"), QStringLiteral("JFK"), Today.addDays(30));
    r.passengers = {adults, children, 0};
    std::unique_ptr<SearchReply> reply(provider.search(r));
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    spy.wait(60000);
    return reply->offers().value(0);
}

Traveller traveller(Traveller::Type type, const QString &given, bool contact) {
    Traveller t;
    t.type = type;
    t.givenName = given;
    t.familyName = QStringLiteral("Lovelace");
    t.bornOn = QDate(type == Traveller::Type::Adult ? 1985 : 2018, 12, 10);
    if (contact) {
        t.email = QStringLiteral("ada@example.com");
        t.phone = QStringLiteral("+442080160508");
    }
    return t;
}
} // namespace

void TestSandboxProvider::suggestPlaces_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<int>("firstKind");
    QTest::newRow("city prefix") << "lisb"
                                 << "LIS" << int(Place::Kind::City);
    QTest::newRow("city in another language") << "Lissabon"
                                              << "LIS" << int(Place::Kind::City);
    QTest::newRow("exact city code") << "PAR"
                                     << "PAR" << int(Place::Kind::City);
    QTest::newRow("exact airport code") << "cdg"
                                        << "CDG" << int(Place::Kind::Airport);
    QTest::newRow("airport name word") << "heathr"
                                       << "LHR" << int(Place::Kind::Airport);
    QTest::newRow("accents ignored") << "Zurich"
                                     << "ZRH" << int(Place::Kind::City);
    QTest::newRow("nothing") << "qqqqxz"
                             << "" << 0;
    QTest::newRow("empty") << "  "
                           << "" << 0;
}

void TestSandboxProvider::suggestPlaces() {
    QFETCH(QString, query);
    QFETCH(QString, firstCode);
    QFETCH(int, firstKind);
    auto provider = makeProvider();
    std::unique_ptr<PlacesReply> reply(provider->suggestPlaces(query));
    QSignalSpy spy(reply.get(), &PlacesReply::finished);
    QVERIFY(!reply->isFinished()); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 60000);
    QVERIFY(!reply->error().isError());
    QVERIFY(reply->places().size() <= 10);
    if (firstCode.isEmpty()) {
        QVERIFY(reply->places().isEmpty());
        return;
    }
    QVERIFY(!reply->places().isEmpty());
    QCOMPARE(reply->places().first().code, firstCode);
    QCOMPARE(int(reply->places().first().kind), firstKind);
    QCOMPARE(reply->places(), SandboxPlaceIndex::instance().suggest(query));
}

void TestSandboxProvider::priceOffer() {
    auto provider = makeProvider();
    const FlightOffer offer = searchedOffer(*provider, 1, 0);
    QVERIFY(!offer.id.isEmpty());
    provider->setNowClock([] { return QDateTime(Today, QTime(12, 0), QTimeZone::utc()); });
    std::unique_ptr<OfferReply> reply(provider->priceOffer(offer));
    QSignalSpy spy(reply.get(), &OfferReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!reply->error().isError());
    QCOMPARE(reply->offer(), offer);

    // After its departure the offer is no longer sold.
    provider->setNowClock(
        [] { return QDateTime(Today.addDays(40), QTime(12, 0), QTimeZone::utc()); });
    std::unique_ptr<OfferReply> late(provider->priceOffer(offer));
    QSignalSpy lateSpy(late.get(), &OfferReply::finished);
    QTRY_COMPARE(lateSpy.count(), 1);
    QCOMPARE(late->error().code, ProviderError::Code::OfferExpired);

    FlightOffer foreign = offer;
    foreign.provider = QStringLiteral("duffel");
    std::unique_ptr<OfferReply> other(provider->priceOffer(foreign));
    QSignalSpy otherSpy(other.get(), &OfferReply::finished);
    QTRY_COMPARE(otherSpy.count(), 1);
    QCOMPARE(other->error().code, ProviderError::Code::InvalidRequest);
}

void TestSandboxProvider::createOrder_data() {
    using T = Traveller::Type;
    QTest::addColumn<QList<Traveller>>("travellers");
    QTest::addColumn<QString>("error");
    const Traveller lead = traveller(T::Adult, QStringLiteral("Ada"), true);
    const Traveller child = traveller(T::Child, QStringLiteral("Byron"), false);
    QTest::newRow("ok") << QList<Traveller>{lead, child} << "";
    QTest::newRow("too few") << QList<Traveller>{lead} << "traveller_count: expected 2, got 1";
    QTest::newRow("wrong types") << QList<Traveller>{lead, traveller(T::Adult, QStringLiteral("B"),
                                                                     false)}
                                 << "traveller_types: expected 1 adults, 1 children, 0 infants";
    QTest::newRow("no name") << QList<Traveller>{lead, traveller(T::Child, QString(), false)}
                             << "traveller_name: 2";
    QTest::newRow("no contact") << QList<Traveller>{traveller(T::Adult, QStringLiteral("Ada"),
                                                              false),
                                                    child}
                                << "contact_missing";
}

void TestSandboxProvider::createOrder() {
    QFETCH(QList<Traveller>, travellers);
    QFETCH(QString, error);
    auto provider = makeProvider();
    const QDateTime now(Today, QTime(12, 0), QTimeZone::utc());
    provider->setNowClock([now] { return now; });
    const FlightOffer offer = searchedOffer(*provider, 1, 1);
    QVERIFY(!offer.id.isEmpty());
    std::unique_ptr<OrderReply> reply(provider->createOrder(offer, travellers));
    QSignalSpy spy(reply.get(), &OrderReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    if (!error.isEmpty()) {
        QCOMPARE(reply->error().code, ProviderError::Code::InvalidRequest);
        QCOMPARE(reply->error().detail, error);
        QVERIFY(!reply->order().isValid());
        return;
    }
    QVERIFY(!reply->error().isError());
    const Order order = reply->order();
    QVERIFY(order.isValid());
    QCOMPARE(order.provider, QStringLiteral("sandbox"));
    QCOMPARE(order.offerId, offer.id);
    QCOMPARE(order.totalAmount, offer.totalAmount);
    QCOMPARE(order.travellers, travellers);
    QCOMPARE(order.createdAt, now);
    QCOMPARE(order.bookingReference.size(), 6);
    QVERIFY(!order.bookingReference.contains(u'O') && !order.bookingReference.contains(u'0'));
    // Deterministic: the same booking gets the same reference.
    std::unique_ptr<OrderReply> again(provider->createOrder(offer, travellers));
    QSignalSpy againSpy(again.get(), &OrderReply::finished);
    QTRY_COMPARE(againSpy.count(), 1);
    QCOMPARE(again->order().bookingReference, order.bookingReference);
}

void TestSandboxProvider::createOrderUnknownOffer() {
    auto provider = makeProvider();
    FlightOffer offer = searchedOffer(*provider, 1, 0);
    offer.id = QStringLiteral("sbx_not_from_a_search");
    std::unique_ptr<OrderReply> reply(provider->createOrder(
        offer, {traveller(Traveller::Type::Adult, QStringLiteral("Ada"), true)}));
    QSignalSpy spy(reply.get(), &OrderReply::finished);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::OfferExpired);
}

QTEST_GUILESS_MAIN(TestSandboxProvider)
#include "tst_sandboxprovider.moc"
