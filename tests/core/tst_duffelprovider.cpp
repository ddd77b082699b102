// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkAccessManager.h"
#include "providers/duffel/DuffelProvider.h"
#include "providers/http/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FakeReplySpec)

namespace {
const QString Base = QStringLiteral("http://127.0.0.1:9");
const QString Token = QStringLiteral("duffel_test_SECRET123");
const QString OffersPath = QStringLiteral("/air/offers");

QJsonObject offer(const QString &id, const QString &amount) {
    const QJsonObject lhr{{QStringLiteral("iata_code"), QStringLiteral("LHR")},
                          {QStringLiteral("time_zone"), QStringLiteral("Europe/London")}};
    const QJsonObject jfk{{QStringLiteral("iata_code"), QStringLiteral("JFK")},
                          {QStringLiteral("time_zone"), QStringLiteral("America/New_York")}};
    const QJsonObject segment{
        {QStringLiteral("origin"), lhr},
        {QStringLiteral("destination"), jfk},
        {QStringLiteral("departing_at"), QStringLiteral("2026-12-04T10:00:00")},
        {QStringLiteral("arriving_at"), QStringLiteral("2026-12-04T13:00:00")},
        {QStringLiteral("marketing_carrier"),
         QJsonObject{{QStringLiteral("iata_code"), QStringLiteral("BA")}}},
        {QStringLiteral("marketing_carrier_flight_number"), QStringLiteral("117")}};
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("total_amount"), amount},
        {QStringLiteral("total_currency"), QStringLiteral("EUR")},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("iata_code"), QStringLiteral("BA")}}},
        {QStringLiteral("passengers"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("pas_1")},
                                {QStringLiteral("type"), QStringLiteral("adult")}}}},
        {QStringLiteral("slices"),
         QJsonArray{QJsonObject{{QStringLiteral("segments"), QJsonArray{segment}}}}}};
}

QByteArray page(const QJsonArray &offers, const QString &after) {
    const QJsonObject meta{
        {QStringLiteral("limit"), 200},
        {QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"), offers}, {QStringLiteral("meta"), meta}})
        .toJson(QJsonDocument::Compact);
}

SearchRequest londonNewYork() {
    SearchRequest request;
    request.slices = {{QStringLiteral("LHR"), QStringLiteral("JFK"), QDate(2026, 12, 4), {}, {}}};
    request.passengers = {1, 1, 0};
    request.childAges = {6};
    return request;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_log.append(message);
}
} // namespace

class TestDuffelProvider : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<DuffelProvider> m_provider;

    template <typename Reply> bool waitFor(Reply *reply) {
        if (reply->isFinished())
            return false; // must never finish inside the call
        QSignalSpy finished(reply, &ProviderReply::finished);
        return finished.wait(30000);
    }

private Q_SLOTS:
    void init() {
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_provider = std::make_unique<DuffelProvider>(m_network.get(), Token);
        m_provider->setBaseUrl(QUrl(Base));
        m_provider->setClock([] { return QDate(2026, 11, 1); });
        RetryPolicy policy = m_provider->transport()->retryPolicy();
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 10;
        m_provider->transport()->setRetryPolicy(policy);
    }
    void cleanup() {
        m_provider.reset();
        m_network.reset();
    }

    void searchPagesThroughCursors() {
        m_network->addReply(
            "POST", QStringLiteral("/air/offer_requests"),
            FakeReplySpec::json(201, "{\"data\":{\"id\":\"orq_1\",\"offers\":[]}}"));
        m_network->addReply(
            "GET",
            Base + QStringLiteral("/air/offers?offer_request_id=orq_1&limit=200&sort=total_amount"),
            FakeReplySpec::json(200,
                                page({offer(QStringLiteral("off_1"), QStringLiteral("100.00"))},
                                     QStringLiteral("c2"))));
        m_network->addReply(
            "GET",
            Base + QStringLiteral(
                       "/air/offers?offer_request_id=orq_1&limit=200&sort=total_amount&after=c2"),
            FakeReplySpec::json(
                200, page({offer(QStringLiteral("off_2"), QStringLiteral("120.50"))}, QString())));
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QCOMPARE(reply->offers().size(), 2);
        QCOMPARE(reply->offers().at(1).totalAmount.amountString(), QStringLiteral("120.50"));
        QVERIFY(m_network->unmatched().isEmpty());

        const RecordedRequest &create = m_network->requests().first();
        QCOMPARE(create.url.toString(),
                 Base + QStringLiteral(
                            "/air/offer_requests?return_offers=false&supplier_timeout=10000"));
        QCOMPARE(create.header("Authorization"), QByteArray("Bearer ") + Token.toUtf8());
        QCOMPARE(create.header("Duffel-Version"), QByteArray("v2"));
        QCOMPARE(create.header("Accept"), QByteArray("application/json"));
        QCOMPARE(create.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject data =
            QJsonDocument::fromJson(create.body).object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("passengers")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("adult")}},
                             QJsonObject{{QStringLiteral("age"), 6}}}));
        QVERIFY(m_provider->limits().supplierTimeoutMs < m_provider->limits().searchTimeoutMs);
    }

    void pagingIsCapped() {
        DuffelProvider::Limits limits;
        limits.maxPages = 2;
        m_provider->setLimits(limits);
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"),
                            FakeReplySpec::json(201, "{\"data\":{\"id\":\"orq_1\"}}"));
        m_network->setHandler([](const RecordedRequest &r) -> std::optional<FakeReplySpec> {
            if (r.url.path() != OffersPath)
                return std::nullopt; // an endless cursor chain
            return FakeReplySpec::json(
                200, page({offer(QStringLiteral("off_%1").arg(r.url.query().size()),
                                 QStringLiteral("1"))},
                          QStringLiteral("next")));
        });
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(m_network->requestsTo(OffersPath).size(), 2);
        QCOMPARE(reply->offers().size(), 2);
    }

    void errors_data() {
        QTest::addColumn<FakeReplySpec>("answer");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("attempts");
        using C = ProviderError::Code;
        QTest::newRow("401") << FakeReplySpec::json(
                                    401, "{\"errors\":[{\"type\":\"authentication_error\",\"code\":"
                                         "\"invalid_token\",\"message\":\"m\",\"title\":\"t\"}]}")
                             << int(C::Authentication) << 1;
        QTest::newRow("500 not retried")
            << FakeReplySpec::json(500, "{\"errors\":[{\"type\":\"api_error\",\"code\":"
                                        "\"internal\",\"message\":\"m\",\"title\":\"t\"}]}")
            << int(C::Server) << 1;
        QTest::newRow("502 not retried")
            << FakeReplySpec::json(502, "bad gateway") << int(C::Server) << 1;
        QTest::newRow("503 retried") << FakeReplySpec::json(503, "{}") << int(C::Server) << 3;
        QTest::newRow("504 retried") << FakeReplySpec::json(504, "{}") << int(C::Server) << 3;
        QTest::newRow("malformed")
            << FakeReplySpec::json(201, "{\"data\": nope") << int(C::BadResponse) << 1;
        FakeReplySpec cut = FakeReplySpec::json(201, "{\"data\":{\"id\":\"or");
        cut.error = QNetworkReply::RemoteHostClosedError;
        QTest::newRow("truncated") << cut << int(C::BadResponse) << 1;
    }
    void errors() {
        QFETCH(FakeReplySpec, answer);
        QFETCH(int, code);
        QFETCH(int, attempts);
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"), answer);
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(int(reply->error().code), code);
        QCOMPARE(m_network->requests().size(), attempts);
    }

    void malformedOffersPage() {
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"),
                            FakeReplySpec::json(201, "{\"data\":{\"id\":\"orq_1\"}}"));
        m_network->addReply("GET", OffersPath, FakeReplySpec::json(200, "{\"data\":[{\"id\":"));
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().code, ProviderError::Code::BadResponse);
    }

    void largePageParsedOffThread() {
        QJsonArray many;
        for (int i = 0; i < 400; ++i)
            many.append(
                offer(QStringLiteral("off_%1").arg(i), QStringLiteral("%1.00").arg(100 + i)));
        const QByteArray body = page(many, QString());
        QVERIFY(body.size() > 64 * 1024);
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"),
                            FakeReplySpec::json(201, "{\"data\":{\"id\":\"orq_1\"}}"));
        m_network->addReply("GET", OffersPath, FakeReplySpec::json(200, body));
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->offers().size(), 250); // capped
    }

    void timeoutEndsTheSearch() {
        DuffelProvider::Limits limits;
        limits.searchTimeoutMs = 100;
        m_provider->setLimits(limits);
        m_provider->transport()->setRetryPolicy(RetryPolicy::none());
        FakeReplySpec stall;
        stall.stall = true;
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"), stall);
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().code, ProviderError::Code::Timeout);
    }

    void cancelFreesTheRequest() {
        FakeReplySpec stall;
        stall.stall = true;
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"), stall);
        SearchReply *reply = m_provider->search(londonNewYork());
        QTRY_COMPARE(m_network->replies().size(), 1);
        QPointer<QNetworkReply> network = m_network->replies().first();
        reply->cancel();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
        QTRY_VERIFY(network.isNull());
        delete reply;
    }

    void deletingTheReplyFreesTheRequest() {
        FakeReplySpec stall;
        stall.stall = true;
        m_network->addReply("POST", QStringLiteral("/air/offer_requests"), stall);
        SearchReply *reply = m_provider->search(londonNewYork());
        QTRY_COMPARE(m_network->replies().size(), 1);
        QPointer<QNetworkReply> network = m_network->replies().first();
        delete reply;
        QTRY_VERIFY(network.isNull());
    }

    void invalidRequestFinishesLater() {
        SearchRequest request = londonNewYork();
        request.slices.first().date = QDate(2020, 1, 1);
        std::unique_ptr<SearchReply> reply(m_provider->search(request));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().code, ProviderError::Code::InvalidRequest);
        QVERIFY(m_network->requests().isEmpty());
    }

    void priceOfferExpired() {
        m_network->addReply(
            "GET", QStringLiteral("/air/offers/off_gone"),
            FakeReplySpec::json(404, "{\"errors\":[{\"type\":\"invalid_request_error\",\"code\":"
                                     "\"not_found\",\"message\":\"m\",\"title\":\"t\"}]}"));
        FlightOffer gone;
        gone.id = QStringLiteral("off_gone");
        std::unique_ptr<OfferReply> reply(m_provider->priceOffer(gone));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().code, ProviderError::Code::OfferExpired);
    }

    void priceOffer() {
        m_network->addReply(
            "GET", QStringLiteral("/air/offers/off_1"),
            FakeReplySpec::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                                                offer(QStringLiteral("off_1"),
                                                                      QStringLiteral("101.00"))}})
                                         .toJson()));
        FlightOffer old;
        old.id = QStringLiteral("off_1");
        std::unique_ptr<OfferReply> reply(m_provider->priceOffer(old));
        QVERIFY(waitFor(reply.get()));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->offer().totalAmount.amountString(), QStringLiteral("101.00"));
    }

    void suggestPlaces() {
        m_network->addReply(
            "GET", Base + QStringLiteral("/places/suggestions?query=lis"),
            FakeReplySpec::json(
                200, "{\"data\":[{\"type\":\"city\",\"iata_code\":\"LIS\",\"name\":\"Lisbon\"}]}"));
        std::unique_ptr<PlacesReply> reply(m_provider->suggestPlaces(QStringLiteral("lis")));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->places().size(), 1);
        QCOMPARE(reply->places().first().code, QStringLiteral("LIS"));
    }

    void createOrder() {
        m_network->addReply(
            "GET", QStringLiteral("/air/offers/off_1"),
            FakeReplySpec::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                                                offer(QStringLiteral("off_1"),
                                                                      QStringLiteral("101.00"))}})
                                         .toJson()));
        m_network->addReply(
            "POST", QStringLiteral("/air/orders"),
            FakeReplySpec::json(201, "{\"data\":{\"id\":\"ord_1\",\"booking_reference\":\"RZPNX8\","
                                     "\"total_amount\":\"101.00\",\"total_currency\":\"EUR\"}}"));
        Traveller t;
        t.givenName = QStringLiteral("Ada");
        t.familyName = QStringLiteral("Lovelace");
        t.bornOn = QDate(1990, 12, 10);
        FlightOffer chosen;
        chosen.id = QStringLiteral("off_1");
        std::unique_ptr<OrderReply> reply(m_provider->createOrder(chosen, {t}));
        QVERIFY(waitFor(reply.get()));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QCOMPARE(reply->order().bookingReference, QStringLiteral("RZPNX8"));
        const RecordedRequest post = m_network->requestsTo(QStringLiteral("/air/orders")).first();
        const QJsonObject data =
            QJsonDocument::fromJson(post.body).object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("passengers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("pas_1"));
        QCOMPARE(data.value(QStringLiteral("payments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("amount"))
                     .toString(),
                 QStringLiteral("101.00"));
    }

    void tokenNeverLogged() {
        QLoggingCategory::setFilterRules(QStringLiteral("booking.*=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        m_network->addReply(
            "POST", QStringLiteral("/air/offer_requests"),
            FakeReplySpec::json(401, "{\"errors\":[{\"type\":\"authentication_error\",\"code\":"
                                     "\"invalid_token\",\"message\":\"m\",\"title\":\"t\"}]}")
                .withHeader("x-request-id", "req-42"));
        std::unique_ptr<SearchReply> reply(m_provider->search(londonNewYork()));
        const bool done = waitFor(reply.get());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done);
        QVERIFY(!g_log.isEmpty());
        const QString all = g_log.join(u'\n') + reply->error().detail;
        QVERIFY(all.contains(QStringLiteral("req-42")));
        QVERIFY(!all.contains(QStringLiteral("SECRET123")));
    }
};

QTEST_GUILESS_MAIN(TestDuffelProvider)
#include "tst_duffelprovider.moc"
