// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusTokenSource.h"

#include "AmadeusErrors.h"
#include "AmadeusJson.h"
#include "AmadeusRateLimiter.h"
#include "diagnostics/LoggingCategories.h"
#include "providers/http/HttpErrorMapper.h"
#include "providers/http/HttpExchange.h"
#include "providers/http/HttpTransport.h"

#include <QMetaObject>

#include <algorithm>

AmadeusTokenSource::AmadeusTokenSource(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

AmadeusTokenSource::~AmadeusTokenSource() {
    if (m_limiter && m_limiterTicket)
        m_limiter->cancel(m_limiterTicket);
    delete m_exchange;
}

void AmadeusTokenSource::setBaseUrl(const QUrl &baseUrl) {
    m_baseUrl = baseUrl;
    m_token.clear();
    m_expiresAt = QDateTime();
}

void AmadeusTokenSource::setCredentials(const QString &clientId, const QString &clientSecret) {
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
    m_expiresAt = QDateTime();
}

void AmadeusTokenSource::setClock(Clock clock) {
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

quint64 AmadeusTokenSource::requestToken(QObject *context, Callback done) {
    const quint64 ticket = m_nextTicket++;
    m_waiters.push_back({ticket, context, context != nullptr, std::move(done)});
    scheduleFlush();
    return ticket;
}

void AmadeusTokenSource::cancel(quint64 ticket) {
    m_waiters.erase(std::remove_if(m_waiters.begin(), m_waiters.end(),
                                   [ticket](const Waiter &w) { return w.ticket == ticket; }),
                    m_waiters.end());
}

void AmadeusTokenSource::invalidate(const QString &accessToken) {
    if (!accessToken.isEmpty() && accessToken == m_token) {
        qCInfo(lcApi) << "amadeus: access token refused, refreshing";
        m_token.clear();
        m_expiresAt = QDateTime();
    }
}

bool AmadeusTokenSource::hasValidToken() const {
    return !m_token.isEmpty() && m_expiresAt.isValid() && m_clock() < m_expiresAt;
}

void AmadeusTokenSource::scheduleFlush() {
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &AmadeusTokenSource::flush, Qt::QueuedConnection);
}

void AmadeusTokenSource::flush() {
    m_flushScheduled = false;
    if (m_waiters.empty())
        return;
    if (hasValidToken())
        deliver(m_token, {});
    else
        startRefresh();
}

void AmadeusTokenSource::startRefresh() {
    if (isRefreshing())
        return; // single flight: the waiters get the refresh already under way
    if (!hasCredentials()) {
        deliver(QString(), {ProviderError::Code::Authentication,
                            QStringLiteral("no Amadeus client id and secret configured")});
        return;
    }
    if (m_limiter) {
        m_limiterTicket = m_limiter->acquire(this, [this] {
            m_limiterTicket = 0;
            sendTokenRequest();
        });
        if (m_limiterTicket == 0)
            deliver(QString(), {ProviderError::Code::RateLimited,
                                QStringLiteral("too many requests queued for Amadeus")});
        return;
    }
    sendTokenRequest();
}

void AmadeusTokenSource::sendTokenRequest() {
    HttpCall call;
    call.method = QByteArrayLiteral("POST");
    call.url = m_baseUrl.resolved(QUrl(QStringLiteral("/v1/security/oauth2/token")));
    call.withHeader("Content-Type", "application/x-www-form-urlencoded");
    call.withHeader("Accept", "application/json, application/vnd.amadeus+json");
    call.body = AmadeusJson::tokenRequestBody(m_clientId, m_clientSecret);
    call.timeoutMs = m_timeoutMs;
    call.idempotent = true;
    ++m_refreshCount;
    m_exchange = m_transport->send(call);
    connect(m_exchange, &HttpExchange::finished, this, &AmadeusTokenSource::onRefreshFinished);
}

void AmadeusTokenSource::onRefreshFinished() {
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    if (!exchange)
        return;
    const HttpResponse response = exchange->response();
    exchange->deleteLater();

    ProviderError error;
    if (response.isSuccess()) {
        if (const auto token = AmadeusJson::parseToken(response.body)) {
            const QDateTime now = m_clock();
            const qint64 margin = std::min<qint64>(60, token->expiresInSeconds / 4);
            m_token = token->accessToken;
            m_expiresAt = now.addSecs(token->expiresInSeconds - margin);
            qCInfo(lcApi) << "amadeus: new access token, valid for" << token->expiresInSeconds
                          << "s";
        } else {
            error = {ProviderError::Code::BadResponse,
                     QStringLiteral("token endpoint: no access_token/expires_in in the answer")};
        }
    } else if (response.status > 0 && (response.status < 200 || response.status >= 300)) {
        error = AmadeusErrors::classify(response.status, response.body).error;
        // Whatever the server said, a token failure is an authentication failure unless the
        // server was busy or broken.
        if (error.code != ProviderError::Code::RateLimited &&
            error.code != ProviderError::Code::Server)
            error.code = ProviderError::Code::Authentication;
        error.detail = QStringLiteral("token endpoint: ") + scrub(error.detail);
    } else {
        // No answer, or a 2xx whose body broke off: what the transport saw, not a refusal.
        error = HttpErrorMapper::fromResponse(response);
        error.detail = QStringLiteral("token endpoint: ") + scrub(error.detail);
    }
    Q_EMIT refreshFinished(error);
    deliver(error.isError() ? QString() : m_token, error);
}

void AmadeusTokenSource::deliver(const QString &token, const ProviderError &error) {
    // Callbacks may request, cancel or delete: work on a snapshot.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    QPointer<AmadeusTokenSource> self(this);
    for (Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(token, error);
        if (!self)
            return;
    }
}

QString AmadeusTokenSource::scrub(QString text) const {
    if (!m_clientSecret.isEmpty())
        text.replace(m_clientSecret, QStringLiteral("***"));
    return text;
}
