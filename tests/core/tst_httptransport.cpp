// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkAccessManager.h"
#include "providers/http/HttpErrorMapper.h"
#include "providers/http/HttpTransport.h"
#include "providers/http/RateLimitState.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QString Url = QStringLiteral("https://api.example.test/air/offers?x=1");

RetryPolicy fastPolicy() {
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    policy.random = [] { return 0.5; };
    return policy;
}

HttpCall call(int timeoutMs = 5000) {
    HttpCall c;
    c.url = QUrl(Url);
    c.timeoutMs = timeoutMs;
    c.withHeader("Authorization", "Bearer secret-token");
    return c;
}
/**
 * A plain HTTP/1.1 server that knows nothing of HTTP/2: answers every request with 200 "{}" on
 * a kept-alive connection and remembers each request head (names as sent).
 */
class Http1OnlyServer : public QObject {
public:
    Http1OnlyServer() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        qsizetype length = 0;
                        for (const QByteArray &line : head.split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        buffer->remove(0, end + 4 + length);
                        heads.append(head);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 2\r\n\r\n{}");
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/air/offers").arg(m_server.serverPort()));
    }

    QList<QByteArray> heads;
    int connections = 0;

private:
    QTcpServer m_server;
};
} // namespace

class TestHttpTransport : public QObject {
    Q_OBJECT

private:
    HttpResponse run(HttpTransport &transport, const HttpCall &c) {
        std::unique_ptr<HttpExchange> exchange(transport.send(c));
        QSignalSpy finished(exchange.get(), &HttpExchange::finished);
        [&] {
            QVERIFY2(finished.isEmpty(), "finished inside send()");
            QVERIFY(finished.wait(30000));
        }();
        return exchange->response();
    }

private Q_SLOTS:
    void httpDate_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        QTest::newRow("imf") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << t;
        QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << t;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << t;
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }
    void httpDate() {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(RateLimitState::parseHttpDate(text), expected);
    }

    void resetSeconds() {
        const QDateTime now(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(RateLimitState::parseResetValue("30", now), now.addSecs(30));
        QVERIFY(!RateLimitState::parseResetValue("-3", now).isValid());
    }

    void rateLimitStatePauses() {
        const QDateTime now(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
        RateLimitState state;
        state.update({{"ratelimit-limit", "60"},
                      {"ratelimit-remaining", "0"},
                      {"ratelimit-reset", "Thu, 01 Jan 2026 10:00:02 GMT"}},
                     now);
        QCOMPARE(state.limit(), 60);
        QCOMPARE(state.remaining(), 0);
        QCOMPARE(state.msUntilReady(now), 2000);
        QCOMPARE(state.msUntilReady(now.addSecs(5)), 0);
        state.update({{"ratelimit-remaining", "5"}}, now);
        QCOMPARE(state.msUntilReady(now), 0);
    }

    void statusMapping_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        using C = ProviderError::Code;
        QTest::newRow("200") << 200 << int(C::None);
        QTest::newRow("401") << 401 << int(C::Authentication);
        QTest::newRow("403") << 403 << int(C::Authentication);
        QTest::newRow("422") << 422 << int(C::InvalidRequest);
        QTest::newRow("429") << 429 << int(C::RateLimited);
        QTest::newRow("500") << 500 << int(C::Server);
        QTest::newRow("504") << 504 << int(C::Server);
    }
    void statusMapping() {
        QFETCH(int, status);
        QFETCH(int, code);
        QCOMPARE(int(HttpErrorMapper::codeForStatus(status)), code);
    }

    void sendsExactRequest() {
        FakeNetworkAccessManager network;
        network.addReply("GET", Url,
                         FakeReplySpec::json(200, "{}").withHeader("x-request-id", "r1"));
        HttpTransport transport(&network, QStringLiteral("test"));
        const HttpResponse response = run(transport, call());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.requestId(), QByteArray("r1"));
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(network.requests().first().header("authorization"),
                 QByteArray("Bearer secret-token"));
        // gzip is left to Qt: we never ask for an encoding we would then have to inflate.
        QVERIFY(network.requests().first().header("accept-encoding").isNull());
    }

    void retries503And504ThenSucceeds() {
        FakeNetworkAccessManager network;
        network.addReply("GET", Url, FakeReplySpec::json(503, "{}"));
        network.addReply("GET", Url, FakeReplySpec::json(504, "{}"));
        network.addReply("GET", Url, FakeReplySpec::json(200, "{\"ok\":true}"));
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(fastPolicy());
        const HttpResponse response = run(transport, call());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(response.body, QByteArray("{\"ok\":true}"));
    }

    void retriesAreBounded() {
        FakeNetworkAccessManager network;
        network.addReply("GET", Url, FakeReplySpec::json(503, "{}"));
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(fastPolicy());
        const HttpResponse response = run(transport, call());
        QCOMPARE(response.status, 503);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(HttpErrorMapper::fromResponse(response).code, ProviderError::Code::Server);
    }

    void never500or502_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("400") << 400;
    }
    void never500or502() {
        QFETCH(int, status);
        FakeNetworkAccessManager network;
        network.addReply("GET", Url, FakeReplySpec::json(status, "{}"));
        network.addReply("GET", Url, FakeReplySpec::json(200, "{}"));
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(fastPolicy());
        const HttpResponse response = run(transport, call());
        QCOMPARE(response.status, status);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(network.requests().size(), 1);
    }

    void backoffHasJitterAndCap() {
        RetryPolicy policy;
        policy.baseDelayMs = 400;
        policy.maxDelayMs = 8000;
        policy.jitter = 0.25;
        policy.random = [] { return 0.0; };
        QCOMPARE(policy.backoffMs(1), 300);
        policy.random = [] { return 0.999999; };
        QCOMPARE(policy.backoffMs(2), 1000);
        QCOMPARE(policy.backoffMs(10), 8000);
    }

    void waitsFor429Reset() {
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
        FakeNetworkAccessManager network;
        network.addReply("GET", Url,
                         FakeReplySpec::json(429, "{}")
                             .withHeader("ratelimit-remaining", "0")
                             .withHeader("ratelimit-reset", "Sun, 01 Mar 2026 12:00:01 GMT"));
        network.addReply("GET", Url, FakeReplySpec::json(200, "{}"));
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(fastPolicy());
        QElapsedTimer timer;
        timer.start();
        // A clock that starts exactly 1 s before the reset and runs at real speed.
        transport.setClock([now, timer] { return now.addMSecs(timer.elapsed()); });
        HttpCall first = call();
        std::unique_ptr<HttpExchange> exchange(transport.send(first));
        QSignalSpy finished(exchange.get(), &HttpExchange::finished);
        // While waiting, the transport knows it is paused.
        QTRY_COMPARE(network.requests().size(), 1);
        QTRY_COMPARE(transport.rateLimit().remaining(), 0);
        QVERIFY(finished.wait(30000));
        QVERIFY(exchange->response().isSuccess());
        QCOMPARE(exchange->response().attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, "the retry did not wait for ratelimit-reset");
    }

    void tooLongRateLimitIsAnError() {
        FakeNetworkAccessManager network;
        network.addReply("GET", Url,
                         FakeReplySpec::json(429, "{}").withHeader("retry-after", "3600"));
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(fastPolicy());
        const HttpResponse response = run(transport, call());
        QCOMPARE(response.attempts, 1);
        QCOMPARE(HttpErrorMapper::fromResponse(response).code, ProviderError::Code::RateLimited);
    }

    void stallEndsInTimeout() {
        FakeNetworkAccessManager network;
        FakeReplySpec stall;
        stall.stall = true;
        network.addReply("GET", Url, stall);
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(RetryPolicy::none());
        const HttpResponse response = run(transport, call(100));
        QVERIFY(response.timedOut);
        QCOMPARE(HttpErrorMapper::fromResponse(response).code, ProviderError::Code::Timeout);
        QTRY_VERIFY(network.replies().first().isNull()); // the stalled reply was freed
    }

    void networkError() {
        FakeNetworkAccessManager network; // nothing scripted: host not found
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(RetryPolicy::none());
        const HttpResponse response = run(transport, call());
        QCOMPARE(HttpErrorMapper::fromResponse(response).code, ProviderError::Code::Network);
    }

    void truncatedBodyIsBadResponse() {
        FakeNetworkAccessManager network;
        FakeReplySpec cut = FakeReplySpec::json(200, "{\"data\":[{\"id\":");
        cut.error = QNetworkReply::RemoteHostClosedError;
        network.addReply("GET", Url, cut);
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(RetryPolicy::none());
        const HttpResponse response = run(transport, call());
        QVERIFY(!response.isSuccess());
        QCOMPARE(HttpErrorMapper::fromResponse(response).code, ProviderError::Code::BadResponse);
    }

    void cancelFreesTheReply() {
        FakeNetworkAccessManager network;
        FakeReplySpec stall;
        stall.stall = true;
        network.addReply("GET", Url, stall);
        HttpTransport transport(&network, QStringLiteral("test"));
        QPointer<HttpExchange> exchange = transport.send(call());
        QTRY_COMPARE(network.replies().size(), 1);
        QPointer<QNetworkReply> reply = network.replies().first();
        QVERIFY(reply);
        QSignalSpy finished(exchange.data(), &HttpExchange::finished);
        exchange->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(exchange->response().cancelled);
        QCOMPARE(HttpErrorMapper::fromResponse(exchange->response()).code,
                 ProviderError::Code::Cancelled);
        delete exchange.data();
        QTRY_VERIFY(reply.isNull());
    }

    void http2PolicyByScheme() {
        // http:// asks for HTTP/2 cleartext; https:// keeps Qt's default (h2 by ALPN, TLS
        // configuration untouched).
        QNetworkRequest plain(QUrl(QStringLiteral("http://127.0.0.1:8080/air/offers")));
        HttpExchange::applyHttp2Policy(plain, plain.url());
        QVERIFY(plain.attribute(QNetworkRequest::Http2CleartextAllowedAttribute).toBool());
        // On this machine nothing is gained by compressing; elsewhere Qt asks for gzip itself.
        QCOMPARE(plain.rawHeader("Accept-Encoding"), QByteArray("identity"));
        QNetworkRequest lan(QUrl(QStringLiteral("http://192.168.1.20:8080/air/offers")));
        HttpExchange::applyHttp2Policy(lan, lan.url());
        QVERIFY(!lan.hasRawHeader("Accept-Encoding"));
        QNetworkRequest tls{QUrl(Url)};
        const QSslConfiguration before = tls.sslConfiguration();
        HttpExchange::applyHttp2Policy(tls, tls.url());
        QVERIFY(!tls.attribute(QNetworkRequest::Http2CleartextAllowedAttribute).isValid());
        QVERIFY(!tls.attribute(QNetworkRequest::Http2DirectAttribute).toBool());
        QVERIFY(tls.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool());
        QCOMPARE(tls.sslConfiguration().peerVerifyMode(), before.peerVerifyMode());
        QVERIFY(!tls.hasRawHeader("Accept-Encoding"));
    }

    void plainHttp1ServerStillWorks_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
    }

    void plainHttp1ServerStillWorks() {
        // Over a real socket: a server that ignores `Upgrade: h2c` is served over HTTP/1.1.
        QFETCH(QByteArray, method);
        Http1OnlyServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        HttpTransport transport(&network, QStringLiteral("test"));
        transport.setRetryPolicy(RetryPolicy::none());
        for (int i = 0; i < 2; ++i) {
            HttpCall c;
            c.method = method;
            c.url = server.url();
            if (method == "POST")
                c.body = "{\"data\":{}}";
            c.withHeader("Content-Type", "application/json");
            const HttpResponse response = run(transport, c);
            QVERIFY2(response.isSuccess(), qPrintable(response.errorString));
            QCOMPARE(response.body, QByteArray("{}"));
            QVERIFY(!response.http2);
        }
        QCOMPARE(server.heads.size(), 2);
        QVERIFY2(server.heads.first().startsWith(method + ' '), server.heads.first().constData());
    }

    void deletingTransportFinishesExchange() {
        FakeNetworkAccessManager network;
        network.addReply("GET", Url, FakeReplySpec::json(200, "{}"));
        auto *transport = new HttpTransport(&network, QStringLiteral("test"));
        std::unique_ptr<HttpExchange> exchange(transport->send(call()));
        QSignalSpy finished(exchange.get(), &HttpExchange::finished);
        delete transport;
        QVERIFY(finished.wait(30000));
        QVERIFY(exchange->response().cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
