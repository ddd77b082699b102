// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkAccessManager.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/amadeus/AmadeusRateLimiter.h"
#include "providers/amadeus/AmadeusTokenSource.h"

#include <QTest>

#include <memory>
#include <vector>

namespace {
const QString TokenPath = QStringLiteral("/v1/security/oauth2/token");
const QString SearchPath = QStringLiteral("/v2/shopping/flight-offers");
const QString Secret = QStringLiteral("s3cr3t+&=");

QByteArray tokenBody(const char *token, int expiresIn = 1799) {
    return QStringLiteral(
               R"({"type":"amadeusOAuth2Token","token_type":"Bearer","access_token":"%1","expires_in":%2,"state":"approved"})")
        .arg(QLatin1String(token))
        .arg(expiresIn)
        .toUtf8();
}

const QByteArray OneOffer = R"({"meta":{"count":1},"data":[{"id":"1","itineraries":[{"segments":[
  {"departure":{"iataCode":"CDG","at":"2026-12-04T07:05:00"},"arrival":{"iataCode":"LIS","at":"2026-12-04T08:50:00"},
   "carrierCode":"TP","number":"433","duration":"PT2H45M"}]}],
  "price":{"currency":"EUR","total":"123.45","grandTotal":"123.45"},"validatingAirlineCodes":["TP"]}]})";

QByteArray unauthorized(int code) {
    return QStringLiteral(R"({"errors":[{"status":401,"code":%1,"title":"token problem"}]})")
        .arg(code)
        .toUtf8();
}

SearchRequest parisLisbon() {
    SearchRequest request;
    SearchSlice slice;
    slice.origin = QStringLiteral("PAR");
    slice.destination = QStringLiteral("LIS");
    slice.date = QDate(2026, 12, 4);
    request.slices = {slice};
    return request;
}
} // namespace

class TestAmadeusToken : public QObject {
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<AmadeusProvider> m_provider;

    int tokenRequests() const { return int(m_network->requestsTo(TokenPath).size()); }
    int searchRequests() const { return int(m_network->requestsTo(SearchPath).size()); }

    /** Runs @p count searches at once; returns how many succeeded (all must finish). */
    int searchAll(int count, QList<ProviderError> *errors = nullptr) {
        std::vector<std::unique_ptr<SearchReply>> replies;
        for (int i = 0; i < count; ++i)
            replies.emplace_back(m_provider->search(parisLisbon()));
        for (auto &reply : replies)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000); }();
        int ok = 0;
        for (auto &reply : replies) {
            if (!reply->error().isError() && reply->offers().size() == 1)
                ++ok;
            else if (errors)
                errors->append(reply->error());
        }
        return ok;
    }

private Q_SLOTS:
    void init() {
        m_now = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_provider =
            std::make_unique<AmadeusProvider>(m_network.get(), QStringLiteral("my id"), Secret);
        m_provider->setBaseUrl(QUrl(QStringLiteral("http://amadeus.test")));
        m_provider->setClock([this] { return m_now; });
    }
    void cleanup() {
        m_provider.reset();
        m_network.reset();
    }

    void tokenRequestIsExact() {
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t1")));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, OneOffer));
        QCOMPARE(searchAll(1), 1);
        QCOMPARE(tokenRequests(), 1);
        const RecordedRequest token = m_network->requestsTo(TokenPath).first();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.url, QUrl(QStringLiteral("http://amadeus.test/v1/security/oauth2/token")));
        QCOMPARE(token.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials&client_id=my%20id&"
                                        "client_secret=s3cr3t%2B%26%3D"));
        const RecordedRequest search = m_network->requestsTo(SearchPath).first();
        QCOMPARE(search.header("authorization"), QByteArray("Bearer t1"));
        QVERIFY(m_provider->tokenSource()->hasValidToken());
        // Within its life the token is reused.
        m_now = m_now.addSecs(1700);
        QCOMPARE(searchAll(2), 2);
        QCOMPARE(tokenRequests(), 1);
    }

    void expiryDuringTwentySearchesMakesOneTokenRequest() {
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t1")));
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t2")));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, OneOffer));
        QCOMPARE(searchAll(1), 1);
        m_now = m_now.addSecs(1799); // past expires_in minus the margin
        QVERIFY(!m_provider->tokenSource()->hasValidToken());
        QCOMPARE(searchAll(20), 20);
        QCOMPARE(tokenRequests(), 2);
        const auto searches = m_network->requestsTo(SearchPath);
        QCOMPARE(searches.size(), 21);
        for (int i = 1; i < searches.size(); ++i)
            QCOMPARE(searches[i].header("authorization"), QByteArray("Bearer t2"));
    }

    void serverSideExpiryDuringTwentySearchesMakesOneTokenRequest() {
        // The server expires t1 early: every search in flight gets 401 38192.
        int issued = 0;
        bool t1Expired = false;
        m_network->setHandler([&](const RecordedRequest &r) -> std::optional<FakeReplySpec> {
            if (r.url.path() == TokenPath)
                return FakeReplySpec::json(200, tokenBody(++issued == 1 ? "t1" : "t2"));
            if (t1Expired && r.header("authorization") == "Bearer t1")
                return FakeReplySpec::json(401, unauthorized(38192));
            return FakeReplySpec::json(200, OneOffer);
        });
        QCOMPARE(searchAll(1), 1);
        t1Expired = true;
        QCOMPARE(searchAll(20), 20);
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(searchRequests(), 1 + 20 + 20);
    }

    void invalidTokenRefreshesOnceAndReplaysOnce() {
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t1")));
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t2")));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(401, unauthorized(38190)));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(200, OneOffer));
        QCOMPARE(searchAll(1), 1);
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(searchRequests(), 2);
        QCOMPARE(m_network->requestsTo(SearchPath)[1].header("authorization"),
                 QByteArray("Bearer t2"));
    }

    void aSecondRefusalStops() {
        int issued = 0;
        m_network->setHandler([&](const RecordedRequest &r) -> std::optional<FakeReplySpec> {
            if (r.url.path() == TokenPath)
                return FakeReplySpec::json(200, tokenBody(++issued == 1 ? "t1" : "t2"));
            return FakeReplySpec::json(401, unauthorized(38190));
        });
        QList<ProviderError> errors;
        QCOMPARE(searchAll(1, &errors), 0);
        QCOMPARE(errors.first().code, ProviderError::Code::Authentication);
        QCOMPARE(tokenRequests(), 2);
        QCOMPARE(searchRequests(), 2);
    }

    void revokedKeyStopsAtOnce() {
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(200, tokenBody("t1")));
        m_network->addReply("GET", SearchPath, FakeReplySpec::json(401, unauthorized(39686)));
        QList<ProviderError> errors;
        QCOMPARE(searchAll(1, &errors), 0);
        QCOMPARE(errors.first().code, ProviderError::Code::Authentication);
        QCOMPARE(tokenRequests(), 1);
        QCOMPARE(searchRequests(), 1);
    }

    void refusedCredentialsNeverLeakTheSecret() {
        // A broken server echoing the secret back must not put it in an error detail.
        const QByteArray body =
            QStringLiteral(
                R"({"error":"invalid_client","error_description":"bad secret %1","code":38187,"title":"Invalid parameters"})")
                .arg(Secret)
                .toUtf8();
        m_network->addReply("POST", TokenPath, FakeReplySpec::json(401, body));
        QList<ProviderError> errors;
        QCOMPARE(searchAll(3, &errors), 0);
        QCOMPARE(errors.size(), 3);
        for (const ProviderError &e : errors) {
            QCOMPARE(e.code, ProviderError::Code::Authentication);
            QVERIFY(!e.detail.contains(Secret));
            QVERIFY(e.detail.contains(QStringLiteral("38187")));
        }
        QCOMPARE(tokenRequests(), 1); // one refresh served all three
        QCOMPARE(searchRequests(), 0);
    }

    void cancellingWhileWaitingForTheTokenFreesEverything() {
        FakeReplySpec stalled = FakeReplySpec::json(200, tokenBody("t1"));
        stalled.stall = true;
        m_network->addReply("POST", TokenPath, stalled);
        std::unique_ptr<SearchReply> reply(m_provider->search(parisLisbon()));
        QTRY_COMPARE(tokenRequests(), 1);
        reply->cancel();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
        reply.reset();
        QTest::qWait(50);
        QCOMPARE(searchRequests(), 0);
        QCOMPARE(m_provider->rateLimiter()->queued(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAmadeusToken)
#include "tst_amadeustoken.moc"
