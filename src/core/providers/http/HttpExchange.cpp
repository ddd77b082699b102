// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpExchange.h"

#include "HttpTransport.h"
#include "diagnostics/LoggingCategories.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <limits>

namespace {
/** Qt reports 4xx/5xx statuses as errors too; for us a complete HTTP response is no network
 * failure (its status says what happened). */
bool isStatusError(QNetworkReply::NetworkError error) {
    const int e = int(error);
    return (e >= 201 && e <= 299) || (e >= 401 && e <= 499);
}
} // namespace

void HttpExchange::applyHttp2Policy(QNetworkRequest &request, const QUrl &url) {
    // https:// keeps Qt's default: HTTP/2 negotiated by ALPN (Http2AllowedAttribute is on in Qt
    // 6), HTTP/1.1 when the server does not offer h2; TLS verification is never touched.
    if (url.scheme() != u"http")
        return;
    // http:// (the sandbox, local test servers): HTTP/2 cleartext, so every concurrent request
    // shares one multiplexed connection instead of queueing for Qt's 6 HTTP/1.1 connections
    // per host. Qt upgrades with `Upgrade: h2c` and keeps HTTP/1.1 when the server does not
    // switch.
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, true);
    // On this machine (the sandbox, a local test server) compression only costs: the server
    // spends CPU deflating what needs no saving on the wire, and we spend CPU inflating it.
    // Elsewhere Qt asks for gzip itself and inflates it.
    if (QHostAddress(url.host()).isLoopback() || url.host() == u"localhost")
        request.setRawHeader("Accept-Encoding", "identity");
}

HttpExchange::HttpExchange(HttpTransport *transport, HttpCall call, RetryPolicy policy)
    : QObject(nullptr)
    , m_transport(transport)
    , m_call(std::move(call))
    , m_policy(std::move(policy))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_waiting)
            startAttempt();
        else
            onTimeout();
    });
    m_clock.start();
}

HttpExchange::~HttpExchange() {
    releaseReply(true);
}

void HttpExchange::cancel() {
    if (m_finished)
        return;
    releaseReply(true);
    m_timer->stop();
    m_response.cancelled = true;
    m_response.status = 0;
    m_response.networkError = QNetworkReply::OperationCanceledError;
    m_response.errorString = QStringLiteral("cancelled");
    finish();
}

void HttpExchange::scheduleAttempt(qint64 delayMs) {
    m_waiting = true;
    m_timer->start(int(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
}

void HttpExchange::startAttempt() {
    m_waiting = false;
    HttpTransport *transport = m_transport.data();
    QNetworkAccessManager *network = transport ? transport->network() : nullptr;
    if (!network) {
        cancel();
        return;
    }
    const qint64 pause = transport->rateLimit().msUntilReady(transport->now());
    if (pause > 0) {
        qCInfo(lcApi).noquote() << transport->name() << "rate limit reached: waiting" << pause
                                << "ms before" << m_call.method << m_call.url.path();
        scheduleAttempt(pause);
        return;
    }

    QNetworkRequest request(m_call.url);
    for (const auto &[name, value] : m_call.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_call.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    applyHttp2Policy(request, m_call.url);

    const QByteArray &method = m_call.method;
    if (method == "GET")
        m_reply = network->get(request);
    else if (method == "POST")
        m_reply = network->post(request, m_call.body);
    else if (method == "PUT")
        m_reply = network->put(request, m_call.body);
    else if (method == "DELETE" && m_call.body.isEmpty())
        m_reply = network->deleteResource(request);
    else
        m_reply = network->sendCustomRequest(request, method, m_call.body);
    ++m_response.attempts;
    m_attemptStartMs = m_clock.elapsed();
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    connect(m_reply, &QObject::destroyed, this, &HttpExchange::onReplyLost);
    m_timer->start(qMax(1, m_call.timeoutMs));
}

void HttpExchange::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer->stop();

    HttpResponse response;
    response.attempts = m_response.attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.append({name.toLower(), value});
    response.body = reply->readAll();
    response.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    response.networkError = reply->error();
    if (response.networkError == QNetworkReply::OperationCanceledError) {
        // We disconnect before aborting, so this is Qt's transfer timeout.
        response.timedOut = true;
        response.status = 0;
        response.errorString = QStringLiteral("transfer timeout");
    } else if (response.status > 0 && isStatusError(response.networkError)) {
        response.networkError = QNetworkReply::NoError;
    } else if (response.networkError != QNetworkReply::NoError) {
        response.errorString = reply->errorString();
    }
    releaseReply(false);
    m_response = std::move(response);

    HttpTransport *transport = m_transport.data();
    if (!transport) {
        cancel();
        return;
    }
    const QDateTime now = transport->now();
    if (m_response.status > 0) {
        transport->rateLimit().update(m_response.headers, now);
        if (m_response.status == 429) {
            QDateTime reset =
                RateLimitState::parseResetValue(m_response.header("retry-after"), now);
            if (!reset.isValid())
                reset = RateLimitState::parseResetValue(m_response.header("ratelimit-reset"), now);
            transport->rateLimit().blockUntil(reset);
        }
    }
    m_response.elapsedMs = m_clock.elapsed();
    transport->logAttempt(m_call, m_response, m_response.elapsedMs - m_attemptStartMs,
                          m_response.attempts);
    if (m_response.status > 0)
        Q_EMIT transport->attemptFinished(m_response.status,
                                          m_response.elapsedMs - m_attemptStartMs);

    const RetryPolicy::Decision decision =
        m_policy.decide(m_response, m_response.attempts, m_call.idempotent, now);
    if (decision.retry) {
        qCInfo(lcApi).noquote() << transport->name() << "retrying" << m_call.method
                                << m_call.url.path() << "in" << decision.delayMs << "ms";
        scheduleAttempt(decision.delayMs);
        return;
    }
    finish();
}

void HttpExchange::onTimeout() {
    releaseReply(true);
    const int attempts = m_response.attempts;
    m_response = HttpResponse();
    m_response.attempts = attempts;
    m_response.timedOut = true;
    m_response.networkError = QNetworkReply::TimeoutError;
    m_response.errorString =
        QStringLiteral("no complete answer within %1 ms").arg(m_call.timeoutMs);
    m_response.elapsedMs = m_clock.elapsed();
    HttpTransport *transport = m_transport.data();
    if (!transport) {
        cancel();
        return;
    }
    transport->logAttempt(m_call, m_response, m_response.elapsedMs - m_attemptStartMs, attempts);
    const RetryPolicy::Decision decision =
        m_policy.decide(m_response, attempts, m_call.idempotent, transport->now());
    if (decision.retry) {
        scheduleAttempt(decision.delayMs);
        return;
    }
    finish();
}

void HttpExchange::onReplyLost() {
    // The QNetworkAccessManager was deleted under a request in flight.
    m_reply = nullptr;
    m_timer->stop();
    const int attempts = m_response.attempts;
    m_response = HttpResponse();
    m_response.attempts = attempts;
    m_response.networkError = QNetworkReply::UnknownNetworkError;
    m_response.errorString = QStringLiteral("the network access manager was deleted");
    finish();
}

void HttpExchange::releaseReply(bool abort) {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (abort)
        reply->abort();
    reply->deleteLater();
}

void HttpExchange::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_response.elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}
