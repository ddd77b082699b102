// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpCall.h"
#include "HttpExchange.h"
#include "RateLimitState.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;

/**
 * The HTTP plumbing every HTTP provider shares: sends HttpCalls through an injected
 * QNetworkAccessManager (one per thread, shared by all providers of that thread, so connections
 * are reused), with a transfer timeout on every request, retries per RetryPolicy, client-side
 * pausing per RateLimitState, and one log line per attempt under lcApi: method, URL path (no
 * query, no headers, no body), status, milliseconds and x-request-id. TLS verification is left
 * on. gzip: Accept-Encoding is left to Qt, which asks for gzip/deflate and inflates the body;
 * a loopback endpoint (the sandbox) is asked for identity, since compressing there only costs.
 *
 * The transport lives in the thread of its QNAM and must outlive none of its exchanges: an
 * exchange whose transport is deleted finishes as cancelled. The QNAM must outlive the
 * transport.
 */
class HttpTransport : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /** @p network is not owned and must not be null. @p name labels log lines ("duffel"). */
    HttpTransport(QNetworkAccessManager *network, const QString &name, QObject *parent = nullptr);
    ~HttpTransport() override;

    /**
     * Starts @p call (after any rate-limit pause) and returns at once; the caller owns the
     * exchange and deletes it (deleteLater() after finished(), or delete to abort). Uses the
     * transport's policy unless @p policy is given.
     */
    HttpExchange *send(const HttpCall &call);
    HttpExchange *send(const HttpCall &call, const RetryPolicy &policy);

    QNetworkAccessManager *network() const { return m_network; }
    QString name() const { return m_name; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /** Rate-limit state learnt from every response so far (for health views). */
    const RateLimitState &rateLimit() const { return m_rateLimit; }
    RateLimitState &rateLimit() { return m_rateLimit; }
    /** UTC "now" for rate-limit arithmetic; default QDateTime::currentDateTimeUtc(). */
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

Q_SIGNALS:
    /** After each attempt that got an HTTP response (health: latency, status). */
    void attemptFinished(int status, qint64 elapsedMs);

private:
    friend class HttpExchange;
    void logAttempt(const HttpCall &call, const HttpResponse &response, qint64 ms,
                    int attempt) const;

    QPointer<QNetworkAccessManager> m_network;
    QString m_name;
    RetryPolicy m_policy;
    RateLimitState m_rateLimit;
    Clock m_clock;
};
