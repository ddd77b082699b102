// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusRequest.h"

#include "AmadeusErrors.h"
#include "AmadeusRateLimiter.h"
#include "AmadeusTokenSource.h"
#include "diagnostics/LoggingCategories.h"
#include "providers/http/HttpErrorMapper.h"
#include "providers/http/HttpExchange.h"
#include "providers/http/HttpTransport.h"

#include <QMetaObject>

AmadeusRequest::AmadeusRequest(HttpTransport *transport, AmadeusTokenSource *tokens,
                               AmadeusRateLimiter *limiter, HttpCall call, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_call(std::move(call)) {}

AmadeusRequest::~AmadeusRequest() {
    release();
}

void AmadeusRequest::start() {
    if (m_done)
        return;
    if (!m_tokens) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish({ProviderError::Code::Cancelled, QStringLiteral("closed")});
            },
            Qt::QueuedConnection);
        return;
    }
    m_tokenTicket = m_tokens->requestToken(
        this, [this](const QString &token, const ProviderError &error) { onToken(token, error); });
}

void AmadeusRequest::abort() {
    m_done = true;
    release();
}

void AmadeusRequest::release() {
    if (m_tokens && m_tokenTicket)
        m_tokens->cancel(m_tokenTicket);
    m_tokenTicket = 0;
    if (m_limiter && m_limiterTicket)
        m_limiter->cancel(m_limiterTicket);
    m_limiterTicket = 0;
    if (m_exchange) {
        HttpExchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->disconnect(this);
        delete exchange; // aborts the QNetworkReply in flight
    }
}

void AmadeusRequest::onToken(const QString &token, const ProviderError &error) {
    m_tokenTicket = 0;
    if (m_done)
        return;
    if (error.isError()) {
        finish(error);
        return;
    }
    m_token = token;
    if (!m_limiter) {
        send();
        return;
    }
    m_limiterTicket = m_limiter->acquire(this, [this] {
        m_limiterTicket = 0;
        send();
    });
    if (m_limiterTicket == 0)
        finish({ProviderError::Code::RateLimited,
                QStringLiteral("too many requests queued for Amadeus")});
}

void AmadeusRequest::send() {
    if (m_done)
        return;
    HttpCall call = m_call;
    call.withHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    m_exchange = m_transport->send(call);
    connect(m_exchange, &HttpExchange::finished, this, &AmadeusRequest::onExchangeFinished);
}

void AmadeusRequest::onExchangeFinished() {
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    if (!exchange || m_done)
        return;
    m_response = exchange->response();
    exchange->deleteLater();
    if (m_response.isSuccess()) {
        finish({});
        return;
    }
    if (m_response.status == 0) {
        finish(HttpErrorMapper::fromResponse(m_response));
        return;
    }
    const AmadeusFailure failure = AmadeusErrors::classify(m_response.status, m_response.body);
    if (failure.refreshToken && !m_replayed && m_tokens) {
        m_replayed = true;
        m_tokens->invalidate(m_token);
        m_token.clear();
        start();
        return;
    }
    ProviderError error = failure.error;
    const QByteArray requestId = m_response.requestId();
    if (!requestId.isEmpty())
        error.detail += QStringLiteral(" [request id %1]").arg(QString::fromLatin1(requestId));
    finish(error);
}

void AmadeusRequest::finish(const ProviderError &error) {
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    release();
    Q_EMIT finished();
}
