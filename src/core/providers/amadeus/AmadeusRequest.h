// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AmadeusRateLimiter.h"
#include "AmadeusTokenSource.h"
#include "providers/ProviderError.h"
#include "providers/http/HttpCall.h"
#include "providers/http/HttpResponse.h"
#include "providers/http/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>

class HttpExchange;
class HttpTransport;

/**
 * One authenticated Amadeus API call: waits for the shared token, then for its turn in the
 * rate limiter, sends the call with `Authorization: Bearer`, and, when the answer is a 401 with
 * 38190/38192/38193, invalidates that token and goes through the same steps exactly once more
 * (a second refusal, or 39683/39686, ends in Authentication). Transient failures are retried
 * by the transport's RetryPolicy. Emits finished() once, never inside start(); abort() or
 * deleting it frees the token wait, the limiter ticket and the HTTP exchange at once, and then
 * finished() is not emitted.
 */
class AmadeusRequest : public QObject {
    Q_OBJECT

public:
    /** The collaborators are not owned and must outlive the request. */
    AmadeusRequest(HttpTransport *transport, AmadeusTokenSource *tokens,
                   AmadeusRateLimiter *limiter, HttpCall call, QObject *parent = nullptr);
    ~AmadeusRequest() override;

    void start();
    void abort();

    /** The last HTTP answer (status 0 if none came). */
    const HttpResponse &response() const { return m_response; }
    /** None for a 2xx answer; else what went wrong, from the Amadeus error body if any. */
    const ProviderError &error() const { return m_error; }
    /** True when the request was replayed after a token refresh. */
    bool replayed() const { return m_replayed; }

Q_SIGNALS:
    void finished();

private:
    void onToken(const QString &token, const ProviderError &error);
    void send();
    void onExchangeFinished();
    void finish(const ProviderError &error);
    void release();

    HttpTransport *m_transport;
    QPointer<AmadeusTokenSource> m_tokens;
    QPointer<AmadeusRateLimiter> m_limiter;
    HttpCall m_call;
    QString m_token;
    quint64 m_tokenTicket = 0;
    quint64 m_limiterTicket = 0;
    HttpExchange *m_exchange = nullptr;
    HttpResponse m_response;
    ProviderError m_error;
    bool m_replayed = false;
    bool m_done = false;
};
