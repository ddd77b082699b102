// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTransport.h"

#include "diagnostics/LoggingCategories.h"

#include <QNetworkAccessManager>

HttpTransport::HttpTransport(QNetworkAccessManager *network, const QString &name, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_name(name)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    Q_ASSERT(network);
}

HttpTransport::~HttpTransport() = default;

HttpExchange *HttpTransport::send(const HttpCall &call) {
    return send(call, m_policy);
}

HttpExchange *HttpTransport::send(const HttpCall &call, const RetryPolicy &policy) {
    auto *exchange = new HttpExchange(this, call, policy);
    // Always from the event loop, so finished() is never emitted inside send().
    exchange->scheduleAttempt(m_rateLimit.msUntilReady(now()));
    return exchange;
}

void HttpTransport::setClock(Clock clock) {
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void HttpTransport::logAttempt(const HttpCall &call, const HttpResponse &response, qint64 ms,
                               int attempt) const {
    // Only the path: queries and headers may carry personal data or secrets.
    const QString path = call.url.path();
    const QByteArray requestId = response.requestId();
    const QString outcome =
        response.timedOut ? QStringLiteral("timeout")
        : response.status ? QString::number(response.status)
                          : QStringLiteral("network error %1").arg(int(response.networkError));
    const bool failed = !response.isSuccess();
    if (failed) {
        qCInfo(lcApi).noquote() << m_name << call.method << path << outcome << ms << "ms"
                                << "attempt" << attempt << "x-request-id"
                                << (requestId.isEmpty() ? QByteArray("-") : requestId);
    } else {
        qCDebug(lcApi).noquote() << m_name << call.method << path << outcome << ms << "ms"
                                 << "attempt" << attempt << "x-request-id"
                                 << (requestId.isEmpty() ? QByteArray("-") : requestId);
    }
}
