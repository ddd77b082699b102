// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkAccessManager.h"
#include "providers/ProviderFactory.h"
#include "providers/amadeus/AmadeusJson.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/amadeus/AmadeusRateLimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {
const QString TokenPath = QStringLiteral("/v1/security/oauth2/token");
const QString SearchPath = QStringLiteral("/v2/shopping/flight-offers");
const QString PricingPath = QStringLiteral("/v1/shopping/flight-offers/pricing");
const QString OrderPath = QStringLiteral("/v1/booking/flight-orders");
const QString LocationsPath = QStringLiteral("/v1/reference-data/locations");

QByteArray offerJson(int id, const char *total) {
    return QStringLiteral(R"({"type":"flight-offer","id":"%1","itineraries":[{"segments":[
  {"departure":{"iataCode":"CDG","at":"2026-12-04T07:05:00"},"arrival":{"iataCode":"LIS","at":"2026-12-04T08:50:00"},
   "carrierCode":"TP","number":"433","duration":"PT2H45M"}]}],
  "price":{"currency":"EUR","total":"%2","grandTotal":"%2"},"validatingAirlineCodes":["TP"],
  "travelerPricings":[{"travelerId":"1","travelerType":"ADULT","fareDetailsBySegment":[{"segmentId":"1","cabin":"ECONOMY"}]}]})")
        .arg(id)
        .arg(QLatin1String(total))
        .toUtf8();
}

QByteArray searchBody(int offers) {
    QByteArray body = "{\"meta\":{\"count\":" + QByteArray::number(offers) + "},\"data\":[";
    for (int i = 1; i <= offers; ++i)
        body += (i > 1 ? "," : "") + offerJson(i, "123.45");
    return body + "]}";
}

QByteArray pricingAnswer(const QByteArray &offer) {
    return R"({"data":{"type":"flight-offers-pricing","flightOffers":[)" + offer + "]}}";
}

QByteArray orderAnswer(const QByteArray &offer) {
    return R"({"data":{"type":"flight-order","id":"ord%3D1","associatedRecords":[{"reference":"2ZYVAL"}],"flightOffers":[)" +
           offer + "]}}";
}

QByteArray locationsPage(const char *code, const char *next) {
    QByteArray body = R"({"meta":{"links":{)";
    if (next)
        body +=
            R"("next":"https://test.api.amadeus.com/v1/reference-data/locations?subType=CITY,AIRPORT&keyword=LIS&page%5Boffset%5D=)" +
            QByteArray(next) + "\"";
    return body + R"(}},"data":[{"subType":"AIRPORT","iataCode":")" + QByteArray(code) + "\"}]}";
}

SearchSlice slice(const char *from, const char *to, QDate date) {
    SearchSlice s;
    s.origin = QString::fromLatin1(from);
    s.destination = QString::fromLatin1(to);
    s.date = date;
    return s;
}

template <typename Reply> std::unique_ptr<Reply> wait(Reply *reply) {
    std::unique_ptr<Reply> owned(reply);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(owned->isFinished(), 30000); }();
    return owned;
}
} // namespace

class TestAmadeusProvider : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<AmadeusProvider> m_provider;

    SearchRequest oneWay() const {
        SearchRequest request;
        request.slices = {slice("PAR", "LIS", QDate(2026, 12, 4))};
        return request;
    }

private Q_SLOTS:
    void init() {
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_network->addReply(
            "POST", TokenPath,
            FakeReplySpec::json(200, R"({"access_token":"tok","expires_in":1799})"));
        m_provider = std::make_unique<AmadeusProvider>(m_network.get(), QStringLiteral("id"),
                                                       QStringLiteral("secret"));
        m_provider->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        m_provider->setClock(
            [] { return QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()); });
    }
    void cleanup() {
        m_provider.reset();
        m_network.reset();
    }

    void idIsAmadeus() { QCOMPARE(m_provider->id(), QStringLiteral("amadeus")); }

    void simpleSearchIsAnExactGet() {
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, searchBody(2)));
        auto reply = wait(m_provider->search(oneWay()));
        QCOMPARE(reply->error().code, ProviderError::Code::None);
        QCOMPARE(reply->offers().size(), 2);
        const RecordedRequest r = m_network->requestsTo(SearchPath).first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(
            r.url.toString(QUrl::FullyEncoded),
            QStringLiteral("http://127.0.0.1:9/v2/shopping/flight-offers?originLocationCode=PAR"
                           "&destinationLocationCode=LIS&departureDate=2026-12-04&adults=1"
                           "&travelClass=ECONOMY&currencyCode=EUR&max=250"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer tok"));
        QVERIFY(r.header("x-http-method-override").isNull());
        QVERIFY(r.body.isEmpty());
        QCOMPARE(reply->offers()[0].totalAmount.amountString(), QStringLiteral("123.45"));
        QVERIFY(reply->offers()[0].id != reply->offers()[1].id);
    }

    void complexSearchIsAPostWithMethodOverride() {
        m_network->addReply("POST", SearchPath, FakeReplySpec::json(200, searchBody(1)));
        SearchRequest request;
        request.slices = {slice("PAR", "LIS", QDate(2026, 12, 4)),
                          slice("LIS", "MAD", QDate(2026, 12, 8))};
        request.passengers = {1, 1, 0};
        request.childAges = {6};
        request.maxConnections = 1;
        auto reply = wait(m_provider->search(request));
        QCOMPARE(reply->error().code, ProviderError::Code::None);
        const RecordedRequest r = m_network->requestsTo(SearchPath).first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url, QUrl(QStringLiteral("http://127.0.0.1:9/v2/shopping/flight-offers")));
        QCOMPARE(r.header("x-http-method-override"), QByteArray("GET"));
        QCOMPARE(r.header("content-type"), QByteArray("application/vnd.amadeus+json"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
                 AmadeusJson::searchBody(request, QStringLiteral("EUR"), 250));
    }

    void invalidRequestNeverReachesTheNetwork() {
        SearchRequest request = oneWay();
        request.slices[0].date = QDate(2020, 1, 1);
        auto reply = wait(m_provider->search(request));
        QCOMPARE(reply->error().code, ProviderError::Code::InvalidRequest);
        QCOMPARE(m_network->requests().size(), 0);
    }

    void pricingAndOrderSendTheRawOffer() {
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, searchBody(1)));
        auto search = wait(m_provider->search(oneWay()));
        QCOMPARE(search->offers().size(), 1);
        const FlightOffer offer = search->offers().first();
        QCOMPARE(m_provider->cachedOfferCount(), 1);

        const QByteArray priced = offerJson(1, "130.00");
        m_network->addReply("POST", PricingPath, FakeReplySpec::json(200, pricingAnswer(priced)));
        auto pricing = wait(m_provider->priceOffer(offer));
        QCOMPARE(pricing->error().code, ProviderError::Code::None);
        QCOMPARE(pricing->offer().id, offer.id);
        QCOMPARE(pricing->offer().totalAmount.amountString(), QStringLiteral("130.00"));
        const RecordedRequest p = m_network->requestsTo(PricingPath).first();
        QCOMPARE(p.header("x-http-method-override"), QByteArray("GET"));
        const QJsonObject sent = QJsonDocument::fromJson(p.body).object();
        QCOMPARE(
            sent.value(QLatin1String("data")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("flight-offers-pricing"));
        QCOMPARE(sent.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("flightOffers"))
                     .toArray()
                     .at(0)
                     .toObject(),
                 QJsonDocument::fromJson(offerJson(1, "123.45")).object());
        m_network->addReply("POST", OrderPath, FakeReplySpec::json(201, orderAnswer(priced)));
        Traveller t;
        t.givenName = QStringLiteral("Ana");
        t.familyName = QStringLiteral("Silva");
        t.bornOn = QDate(1990, 2, 3);
        auto order = wait(m_provider->createOrder(offer, {t}));
        QCOMPARE(order->error().code, ProviderError::Code::None);
        QCOMPARE(order->order().id, QStringLiteral("ord%3D1"));
        QCOMPARE(order->order().bookingReference, QStringLiteral("2ZYVAL"));
        QCOMPARE(order->order().totalAmount.amountString(), QStringLiteral("130.00"));
        const RecordedRequest o = m_network->requestsTo(OrderPath).first();
        QVERIFY(o.header("x-http-method-override").isNull());
        // The order books the priced offer.
        QCOMPARE(QJsonDocument::fromJson(o.body)
                     .object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("flightOffers"))
                     .toArray()
                     .at(0)
                     .toObject(),
                 QJsonDocument::fromJson(priced).object());
    }

    void unknownOfferHasExpired() {
        FlightOffer offer;
        offer.id = QStringLiteral("nope");
        auto pricing = wait(m_provider->priceOffer(offer));
        QCOMPARE(pricing->error().code, ProviderError::Code::OfferExpired);
        auto order = wait(m_provider->createOrder(offer, {}));
        QCOMPARE(order->error().code, ProviderError::Code::OfferExpired);
        QCOMPARE(m_network->requests().size(), 0);
    }

    void suggestionsFollowPagingOnOurHostOnly() {
        const auto page = locationsPage;
        m_network->addReply("GET", LocationsPath, FakeReplySpec::json(200, page("LIS", "10")));
        m_network->addReply("GET", LocationsPath, FakeReplySpec::json(200, page("OPO", "20")));
        m_network->addReply("GET", LocationsPath, FakeReplySpec::json(200, page("FAO", "30")));
        auto reply = wait(m_provider->suggestPlaces(QStringLiteral("Lisbo")));
        QCOMPARE(reply->error().code, ProviderError::Code::None);
        QCOMPARE(reply->places().size(), 3); // capped at MaxLocationPages
        QCOMPARE(reply->places()[1].code, QStringLiteral("OPO"));
        const auto requests = m_network->requestsTo(LocationsPath);
        QCOMPARE(requests.size(), AmadeusProvider::MaxLocationPages);
        QCOMPARE(
            requests[0].url.toString(QUrl::FullyEncoded),
            QStringLiteral("http://127.0.0.1:9/v1/reference-data/locations?subType=CITY,AIRPORT"
                           "&keyword=LISBO&page[limit]=10&view=LIGHT"));
        QCOMPARE(requests[1].url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(requests[1]
                    .url.toString(QUrl::FullyEncoded)
                    .endsWith(QStringLiteral("page%5Boffset%5D=10")));
    }

    void quotaExceededIsNeverRetried() {
        m_network->addReply(
            "GET", SearchPath,
            FakeReplySpec::json(
                429, R"({"errors":[{"status":429,"code":38195,"title":"Quota limit exceeded"}]})"));
        auto reply = wait(m_provider->search(oneWay()));
        QCOMPARE(reply->error().code, ProviderError::Code::RateLimited);
        QCOMPARE(m_network->requestsTo(SearchPath).size(), 1);
    }

    void systemErrorIsRetried() {
        RetryPolicy policy = AmadeusProvider::defaultRetryPolicy();
        policy.baseDelayMs = 10;
        policy.random = [] { return 0.5; };
        m_provider->setRetryPolicy(policy);
        m_network->addReply(
            "GET", SearchPath,
            FakeReplySpec::json(
                500,
                R"({"errors":[{"status":500,"code":141,"title":"SYSTEM ERROR HAS OCCURRED"}]})"));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, searchBody(1)));
        auto reply = wait(m_provider->search(oneWay()));
        QCOMPARE(reply->error().code, ProviderError::Code::None);
        QCOMPARE(m_network->requestsTo(SearchPath).size(), 2);
    }

    void malformedAndTruncatedJsonAreBadResponses() {
        const QByteArray body = searchBody(3);
        m_network->addReply("GET", SearchPath,
                            FakeReplySpec::json(200, body.left(body.size() - 40)));
        auto reply = wait(m_provider->search(oneWay()));
        QCOMPARE(reply->error().code, ProviderError::Code::BadResponse);
    }

    void largeBodiesAreMappedOffThread() {
        const QByteArray body = searchBody(250);
        QVERIFY(body.size() > AmadeusProvider::OffThreadParseBytes);
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, body));
        auto reply = wait(m_provider->search(oneWay()));
        QCOMPARE(reply->error().code, ProviderError::Code::None);
        QCOMPARE(reply->offers().size(), 250);
    }

    void loopbackEndpoints_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("127.0.0.2") << QStringLiteral("http://127.0.0.2/") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/") << true;
        QTest::newRow("LOCALHOST https") << QStringLiteral("https://LOCALHOST") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("test host") << QStringLiteral("https://test.api.amadeus.com") << false;
        QTest::newRow("production") << QStringLiteral("https://api.amadeus.com") << false;
        QTest::newRow("LAN") << QStringLiteral("http://10.0.0.1:8080") << false;
        QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:8080") << false;
        QTest::newRow("look-alike") << QStringLiteral("http://localhost.example.com") << false;
        QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1/") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackEndpoints() {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(AmadeusProvider::isLoopbackEndpoint(QUrl(url)), loopback);
    }

    void factoryDropsTheLimitOnLoopbackOnly_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("spacing");
        QTest::newRow("default host") << QString() << 10 << 100;
        QTest::newRow("production") << QStringLiteral("https://api.amadeus.com") << 10 << 100;
        QTest::newRow("enterprise") << QStringLiteral("https://amadeus.example.com") << 10 << 100;
        QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8080") << 0 << 0;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << 0 << 0;
    }
    void factoryDropsTheLimitOnLoopbackOnly() {
        QFETCH(QString, endpoint);
        QFETCH(int, rate);
        QFETCH(int, spacing);
        ProviderCredentials credentials;
        credentials.amadeusClientId = QStringLiteral("id");
        credentials.amadeusClientSecret = QStringLiteral("secret");
        QString error;
        auto provider = ProviderFactory::create(QStringLiteral("amadeus"), endpoint, {},
                                                credentials, &error, m_network.get());
        QVERIFY2(provider, qPrintable(error));
        auto *amadeus = qobject_cast<AmadeusProvider *>(provider.get());
        QVERIFY(amadeus);
        QCOMPARE(amadeus->rateLimiter()->ratePerSecond(), rate);
        QCOMPARE(amadeus->rateLimiter()->minSpacingMs(), spacing);
    }

    void withoutALimitSearchesGoOutTogether() {
        // The limiter's clock stands still: with the default limit only the token request
        // could pass; with none, every search goes out at once.
        m_provider->rateLimiter()->setClock([] { return qint64(0); });
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, searchBody(1)));
        std::vector<std::unique_ptr<SearchReply>> limited;
        for (int i = 0; i < 5; ++i)
            limited.emplace_back(m_provider->search(oneWay()));
        QTRY_COMPARE(m_network->requestsTo(TokenPath).size(), 1);
        QTest::qWait(300);
        QCOMPARE(m_network->requestsTo(SearchPath).size(), 0);
        m_provider->setRateLimit(0, 0);
        std::vector<std::unique_ptr<SearchReply>> free;
        for (int i = 0; i < 20; ++i)
            free.emplace_back(m_provider->search(oneWay()));
        QTRY_COMPARE(m_network->requestsTo(SearchPath).size(), 25);
        for (const auto &reply : free)
            QTRY_VERIFY(reply->isFinished());
        for (const auto &reply : free)
            QCOMPARE(reply->offers().size(), 1);
    }

    void cancellingFreesTheRequest() {
        FakeReplySpec stalled = FakeReplySpec::json(200, searchBody(1));
        stalled.stall = true;
        m_network->addReply("GET", SearchPath, stalled);
        std::unique_ptr<SearchReply> reply(m_provider->search(oneWay()));
        QTRY_COMPARE(m_network->requestsTo(SearchPath).size(), 1);
        reply->cancel();
        QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
        reply.reset();
        QTRY_VERIFY(std::all_of(m_network->replies().cbegin(), m_network->replies().cend(),
                                [](const QPointer<QNetworkReply> &r) { return r.isNull(); }));
    }
};

QTEST_GUILESS_MAIN(TestAmadeusProvider)
#include "tst_amadeusprovider.moc"
