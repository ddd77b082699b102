// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/2 cleartext between our client and the sandbox server over real sockets on 127.0.0.1:
// the h2c upgrade and prior knowledge at the byte level and through Qt, Duffel and Amadeus
// searches through their providers, every fault ending in the same typed error as over
// HTTP/1.1, 64 concurrent requests sharing one connection, and a cancel in the middle of a
// stream freeing the stream on both sides.
#include "FaultPlan.h"
#include "SandboxServer.h"
#include "providers/SearchReply.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/duffel/DuffelProvider.h"
#include "providers/http/HttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <memory>

namespace {
constexpr int Wait = 60000; // a generous wait for asynchronous work, not a performance limit
using Fault = FaultPlan::Fault;
using Code = ProviderError::Code;

/** A QNAM that never asks for HTTP/2: the HTTP/1.1 side of the fault comparisons. */
class Http1NetworkAccessManager : public QNetworkAccessManager {
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original,
                                 QIODevice *data) override {
        QNetworkRequest request(original);
        request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, false);
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, false);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

SearchRequest oneWay() {
    SearchRequest request;
    request.slices = {
        {QStringLiteral("LHR"), QStringLiteral("JFK"), QDate::currentDate().addDays(30), {}, {}}};
    request.passengers = {1, 0, 0};
    return request;
}

/** One HTTP/2 frame as read off a raw socket. */
struct Frame {
    quint8 type = 0;
    quint8 flags = 0;
    quint32 stream = 0;
    QByteArray payload;
};

/** Splits complete frames off the front of @p buffer. */
QList<Frame> takeFrames(QByteArray &buffer) {
    QList<Frame> frames;
    while (buffer.size() >= 9) {
        const auto *p = reinterpret_cast<const uchar *>(buffer.constData());
        const quint32 length = (quint32(p[0]) << 16) | (quint32(p[1]) << 8) | p[2];
        if (buffer.size() < qsizetype(9 + length))
            break;
        Frame f;
        f.type = p[3];
        f.flags = p[4];
        f.stream = qFromBigEndian<quint32>(p + 5) & 0x7fffffffu;
        f.payload = buffer.mid(9, length);
        buffer.remove(0, 9 + length);
        frames.append(f);
    }
    return frames;
}
} // namespace

class TestSandboxHttp2 : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;

private Q_SLOTS:
    void init();
    void cleanup();
    void upgradeOnTheWire();
    void upgradeWithoutSettingsStaysHttp1();
    void priorKnowledgeOnTheWire();
    void qtSpeaksHttp2_data();
    void qtSpeaksHttp2();
    void duffelSearchOverHttp2();
    void amadeusSearchOverHttp2();
    void faultsEndAlike_data();
    void faultsEndAlike();
    void concurrentRequestsShareOneConnection();
    void cancelMidStreamFreesEverything();

private:
    /** Runs one search through @p api's provider on @p network; its error code. */
    Code search(QNetworkAccessManager *network, const QString &api, int timeoutMs = 20000);
};

void TestSandboxHttp2::init() {
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_server->setOffersPerSearch(20);
}

void TestSandboxHttp2::cleanup() {
    m_server.reset();
}

Code TestSandboxHttp2::search(QNetworkAccessManager *network, const QString &api, int timeoutMs) {
    std::unique_ptr<FlightProvider> provider;
    if (api == u"duffel") {
        auto duffel = std::make_unique<DuffelProvider>(network, QStringLiteral("test-token"));
        duffel->setBaseUrl(m_server->baseUrl());
        DuffelProvider::Limits limits = duffel->limits();
        limits.supplierTimeoutMs = 2000;
        limits.searchTimeoutMs = timeoutMs;
        limits.requestTimeoutMs = timeoutMs;
        duffel->setLimits(limits);
        RetryPolicy fast = duffel->transport()->retryPolicy();
        fast.baseDelayMs = 20;
        fast.random = [] { return 0.5; };
        duffel->transport()->setRetryPolicy(fast);
        provider = std::move(duffel);
    } else {
        auto amadeus = std::make_unique<AmadeusProvider>(network, QStringLiteral("id"),
                                                         QStringLiteral("secret"));
        amadeus->setBaseUrl(m_server->baseUrl());
        amadeus->setTimeoutMs(timeoutMs);
        RetryPolicy fast = AmadeusProvider::defaultRetryPolicy();
        fast.baseDelayMs = 20;
        fast.random = [] { return 0.5; };
        amadeus->setRetryPolicy(fast);
        provider = std::move(amadeus);
    }
    std::unique_ptr<SearchReply> reply(provider->search(oneWay()));
    QSignalSpy finished(reply.get(), &ProviderReply::finished);
    if (!finished.wait(Wait))
        qFatal("the search did not finish");
    if (!reply->error().isError() && reply->offers().isEmpty())
        qFatal("a successful search without offers");
    return reply->error().code;
}

void TestSandboxHttp2::upgradeOnTheWire() {
    QSignalSpy served(m_server.get(), &SandboxServer::served);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(Wait));
    // SETTINGS_MAX_CONCURRENT_STREAMS=100, SETTINGS_INITIAL_WINDOW_SIZE=65535, base64url.
    socket.write("GET /places/suggestions?query=lisb HTTP/1.1\r\n"
                 "Host: 127.0.0.1\r\n"
                 "Authorization: Bearer test-token\r\n"
                 "Duffel-Version: v2\r\n"
                 "Connection: Upgrade, HTTP2-Settings\r\n"
                 "Upgrade: h2c\r\n"
                 "HTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n");
    QByteArray received;
    const QByteArray switching = "HTTP/1.1 101 Switching Protocols\r\n";
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), Wait);
    QVERIFY2(received.startsWith(switching), received.left(80).constData());
    QVERIFY(received.contains("Upgrade: h2c\r\n"));
    received.remove(0, received.indexOf("\r\n\r\n") + 4);
    // The client's preface and its (empty) SETTINGS, then the server's frames.
    socket.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    socket.write(QByteArray::fromHex("000000040000000000"));
    QList<Frame> frames;
    bool headers1 = false, end1 = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received += socket.readAll();
            for (const Frame &f : takeFrames(received)) {
                frames.append(f);
                headers1 = headers1 || (f.type == 0x1 && f.stream == 1);
                end1 = end1 || (f.stream == 1 && (f.flags & 0x1));
            }
            return headers1 && end1;
        }(),
        Wait);
    QCOMPARE(frames.first().type, quint8(0x4)); // the server's preface: SETTINGS
    QCOMPARE(frames.first().stream, 0u);
    QCOMPARE(served.count(), 1);
    QCOMPARE(served.first().at(2).toInt(), 200);
    QCOMPARE(m_server->http2RequestCount(), 1);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

void TestSandboxHttp2::upgradeWithoutSettingsStaysHttp1() {
    // RFC 9113 / 7540 3.2: no HTTP2-Settings, no upgrade; the request is served as HTTP/1.1.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(Wait));
    socket.write("GET /places/suggestions?query=lisb HTTP/1.1\r\n"
                 "Host: 127.0.0.1\r\nAuthorization: Bearer t\r\nDuffel-Version: v2\r\n"
                 "Connection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), Wait);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.left(80).constData());
    QCOMPARE(m_server->http2RequestCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSandboxHttp2::priorKnowledgeOnTheWire() {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(Wait));
    // The preface in two pieces: the server waits for all of it.
    socket.write("PRI * HTTP/2.0\r\n\r\n");
    socket.flush();
    QTest::qWait(50);
    socket.write("SM\r\n\r\n");
    socket.write(QByteArray::fromHex("000000040000000000"));
    // A PING: answered with a PING ACK carrying the same 8 bytes.
    socket.write(QByteArray::fromHex("0000080600000000000102030405060708"));
    QByteArray received;
    bool pong = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received += socket.readAll();
            for (const Frame &f : takeFrames(received))
                pong = pong || (f.type == 0x6 && (f.flags & 0x1) &&
                                f.payload == QByteArray::fromHex("0102030405060708"));
            return pong;
        }(),
        Wait);
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

void TestSandboxHttp2::qtSpeaksHttp2_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("direct");
    QTest::newRow("GET, h2c upgrade") << QByteArray("GET") << false;
    QTest::newRow("POST, h2c upgrade") << QByteArray("POST") << false;
    QTest::newRow("GET, prior knowledge") << QByteArray("GET") << true;
    QTest::newRow("POST, prior knowledge") << QByteArray("POST") << true;
}

void TestSandboxHttp2::qtSpeaksHttp2() {
    QFETCH(QByteArray, method);
    QFETCH(bool, direct);
    QNetworkAccessManager network;
    QUrl url = m_server->baseUrl();
    url.setPath(method == "GET" ? QStringLiteral("/places/suggestions")
                                : QStringLiteral("/v1/security/oauth2/token"));
    if (method == "GET")
        url.setQuery(QStringLiteral("query=lisb"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer test-token");
    request.setRawHeader("Duffel-Version", "v2");
    request.setAttribute(direct ? QNetworkRequest::Http2DirectAttribute
                                : QNetworkRequest::Http2CleartextAllowedAttribute,
                         true);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(
        method == "GET" ? network.get(request)
                        : network.post(request, "grant_type=client_credentials&client_id=a&"
                                                "client_secret=b"));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(!reply->readAll().isEmpty());
    QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    QCOMPARE(m_server->http2RequestCount(), 1);
}

void TestSandboxHttp2::duffelSearchOverHttp2() {
    QNetworkAccessManager network;
    QCOMPARE(search(&network, QStringLiteral("duffel")), Code::None);
    QVERIFY(m_server->requestCount() >= 2); // the offer request, then the offers
    QCOMPARE(m_server->http2RequestCount(), m_server->requestCount());
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

void TestSandboxHttp2::amadeusSearchOverHttp2() {
    QNetworkAccessManager network;
    QCOMPARE(search(&network, QStringLiteral("amadeus")), Code::None);
    QVERIFY(m_server->requestCount() >= 2); // the token, then the search
    QCOMPARE(m_server->tokenRequestCount(), 1);
    QCOMPARE(m_server->http2RequestCount(), m_server->requestCount());
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

void TestSandboxHttp2::faultsEndAlike_data() {
    QTest::addColumn<QString>("api");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expected"); // the ProviderError code over both protocols
    const struct {
        const char *name;
        Fault fault;
        Code code;
    } faults[] = {
        {"429", Fault::RateLimited, Code::None}, // waits for the reset, then succeeds
        {"500", Fault::Status500, Code::Server},
        {"502", Fault::Status502, Code::Server},
        {"503", Fault::Status503, Code::Server},
        {"504", Fault::Status504, Code::Server},
        {"truncated", Fault::Truncate, Code::BadResponse},
        {"malformed", Fault::Malformed, Code::BadResponse},
        {"stall", Fault::Stall, Code::Timeout},
        {"huge", Fault::Huge, Code::None},
    };
    for (const char *api : {"duffel", "amadeus"}) {
        for (const auto &f : faults) {
            QTest::addRow("%s %s", api, f.name)
                << QString::fromLatin1(api) << int(f.fault) << int(f.code);
        }
    }
}

void TestSandboxHttp2::faultsEndAlike() {
    QFETCH(QString, api);
    QFETCH(int, fault);
    QFETCH(int, expected);
    // Every attempt of the first call hits the fault (retries included); later calls are clean.
    const int timeoutMs = fault == int(Fault::Stall) ? 400 : 20000;
    Code outcome[2] = {};
    for (int h2 = 0; h2 < 2; ++h2) {
        init();
        m_server->faultPlan().resetSeconds = 1;
        m_server->faultPlan().hugeMegabytes = 2;
        m_server->faultPlan().scriptNext(Fault(fault), fault == int(Fault::RateLimited) ? 1 : 3);
        std::unique_ptr<QNetworkAccessManager> network(h2 ? new QNetworkAccessManager
                                                          : new Http1NetworkAccessManager);
        outcome[h2] = search(network.get(), api, timeoutMs);
        if (h2 && fault == int(Fault::Stall)) {
            // Qt 6.4 closes the whole connection when it aborts the request that carried the
            // h2c upgrade (stream 1), and goes on over HTTP/1.1: only the first attempt is
            // HTTP/2. The outcome is the same timeout.
            QVERIFY(m_server->http2RequestCount() >= 1);
        } else if (h2) {
            QCOMPARE(m_server->http2RequestCount(), m_server->requestCount());
        } else
            QCOMPARE(m_server->http2RequestCount(), 0);
        network.reset();
        cleanup();
    }
    QCOMPARE(int(outcome[0]), expected);
    QCOMPARE(int(outcome[1]), expected);
}

void TestSandboxHttp2::concurrentRequestsShareOneConnection() {
    constexpr int Count = 64;
    m_server->setLatency(50, 20); // so the requests overlap on the server
    QNetworkAccessManager network;
    HttpTransport transport(&network, QStringLiteral("test"));
    std::vector<std::unique_ptr<HttpExchange>> exchanges;
    int done = 0;
    for (int i = 0; i < Count; ++i) {
        HttpCall call;
        call.url = m_server->baseUrl();
        call.url.setPath(QStringLiteral("/places/suggestions"));
        call.url.setQuery(QStringLiteral("query=par%1").arg(i % 4));
        call.withHeader("Authorization", "Bearer test-token").withHeader("Duffel-Version", "v2");
        exchanges.emplace_back(transport.send(call));
        connect(exchanges.back().get(), &HttpExchange::finished, this, [&done] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, Count, Wait);
    for (const auto &exchange : exchanges) {
        QVERIFY2(exchange->response().isSuccess(), qPrintable(exchange->response().errorString));
        QVERIFY(exchange->response().http2);
    }
    QCOMPARE(m_server->requestCount(), Count);
    QCOMPARE(m_server->http2RequestCount(), Count);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestSandboxHttp2::cancelMidStreamFreesEverything() {
    QNetworkAccessManager network;
    HttpTransport transport(&network, QStringLiteral("test"));
    HttpCall call;
    call.url = m_server->baseUrl();
    call.url.setPath(QStringLiteral("/places/suggestions"));
    call.url.setQuery(QStringLiteral("query=lisb"));
    call.withHeader("Authorization", "Bearer test-token").withHeader("Duffel-Version", "v2");

    // A first call opens the HTTP/2 connection; the second stalls on its own stream.
    std::unique_ptr<HttpExchange> first(transport.send(call));
    QSignalSpy firstDone(first.get(), &HttpExchange::finished);
    QVERIFY(firstDone.wait(Wait));
    QVERIFY(first->response().http2);
    m_server->faultPlan().scriptNext(Fault::Stall);
    std::unique_ptr<HttpExchange> stalled(transport.send(call));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openHttp2StreamCount(), 1, Wait);
    QPointer<QNetworkReply> reply = stalled->currentReply();
    QVERIFY(reply);
    QSignalSpy stalledDone(stalled.get(), &HttpExchange::finished);
    stalled->cancel();
    QCOMPARE(stalledDone.count(), 1);
    QVERIFY(stalled->response().cancelled);
    QVERIFY(!stalled->currentReply());
    QTRY_VERIFY_WITH_TIMEOUT(reply.isNull(), Wait); // the client's reply is freed
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openHttp2StreamCount(), 0, Wait); // RST_STREAM arrived
    QCOMPARE(m_server->connectionCount(), 1); // the connection itself stays for the next calls

    std::unique_ptr<HttpExchange> after(transport.send(call));
    QSignalSpy afterDone(after.get(), &HttpExchange::finished);
    QVERIFY(afterDone.wait(Wait));
    QVERIFY(after->response().isSuccess());
    QVERIFY(after->response().http2);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxHttp2)
#include "tst_sandboxhttp2.moc"
