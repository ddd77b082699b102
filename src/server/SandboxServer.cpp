// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "SandboxAmadeusApi.h"
#include "SandboxCatalog.h"
#include "SandboxDuffelApi.h"
#include "SandboxHttp2Connection.h"
#include "SandboxHttpBody.h"
#include "SandboxHttpConnection.h"
#include "diagnostics/LoggingCategories.h"
#include "providers/sandbox/SandboxRandom.h"

#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int UnenforcedLimit = 1000;

QByteArray httpDate(const QDateTime &t) {
    return QLocale::c()
               .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

int statusOf(FaultPlan::Fault fault) {
    switch (fault) {
    case FaultPlan::Fault::RateLimited:
        return 429;
    case FaultPlan::Fault::Status500:
        return 500;
    case FaultPlan::Fault::Status502:
        return 502;
    case FaultPlan::Fault::Status503:
        return 503;
    case FaultPlan::Fault::Status504:
        return 504;
    default:
        return 0;
    }
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_catalog(std::make_unique<SandboxCatalog>())
    , m_duffel(std::make_unique<SandboxDuffelApi>(*m_catalog))
    , m_amadeus(std::make_unique<SandboxAmadeusApi>(*m_catalog))
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {
    connect(m_server.get(), &QTcpServer::newConnection, this, &SandboxServer::accept);
}

SandboxServer::~SandboxServer() {
    close();
}

bool SandboxServer::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 SandboxServer::port() const {
    return m_server->serverPort();
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SandboxServer::errorString() const {
    return m_server->errorString();
}

void SandboxServer::close() {
    m_server->close();
    for (SandboxConnection *c : findChildren<SandboxConnection *>(Qt::FindDirectChildrenOnly))
        delete c;
}

int SandboxServer::connectionCount() const {
    return int(findChildren<SandboxConnection *>(Qt::FindDirectChildrenOnly).size());
}

int SandboxServer::openHttp2StreamCount() const {
    int open = 0;
    for (const SandboxHttp2Connection *c :
         findChildren<SandboxHttp2Connection *>(Qt::FindDirectChildrenOnly))
        open += c->openStreamCount();
    return open;
}

void SandboxServer::setFaultPlan(const FaultPlan &plan) {
    m_plan = plan;
}

void SandboxServer::setSeed(quint64 seed) {
    m_random = SandboxRandom::mix(0x5eed, seed);
}

void SandboxServer::setLatency(int ms, int jitterMs) {
    m_latencyMs = qMax(0, ms);
    m_jitterMs = qMax(0, jitterMs);
}

void SandboxServer::setOffersPerSearch(int count) {
    m_catalog->setOffersPerSearch(count);
}

void SandboxServer::setClock(Clock now) {
    m_now = now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void SandboxServer::expireTokens() {
    m_amadeus->expireAllTokens();
}

void SandboxServer::accept() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_acceptedConnections;
        adopt(new SandboxHttpConnection(socket, this));
    }
}

void SandboxServer::adopt(SandboxConnection *connection) {
    connect(connection, &SandboxConnection::requestReceived, this,
            [this, connection](quint32 stream, const SandboxHttpRequest &request) {
                handle(connection, stream, request);
            });
    connect(connection, &SandboxConnection::replacedBy, this, &SandboxServer::adopt);
}

FaultPlan::Fault SandboxServer::nextFault(const SandboxHttpRequest &) {
    using Fault = FaultPlan::Fault;
    if (!m_plan.script.isEmpty())
        return m_plan.script.takeFirst();
    if (m_plan.rateLimitPerSecond > 0 && m_windowCount > m_plan.rateLimitPerSecond)
        return Fault::RateLimited;
    const std::pair<double, Fault> chances[] = {
        {m_plan.rate429, Fault::RateLimited}, {m_plan.status500, Fault::Status500},
        {m_plan.status502, Fault::Status502}, {m_plan.status503, Fault::Status503},
        {m_plan.status504, Fault::Status504}, {m_plan.truncate, Fault::Truncate},
        {m_plan.malformed, Fault::Malformed}, {m_plan.stall, Fault::Stall},
        {m_plan.huge, Fault::Huge},
    };
    double total = 0;
    for (const auto &c : chances)
        total += c.first;
    if (total <= 0)
        return Fault::None;
    m_random = SandboxRandom::mix(m_random, 1);
    const double draw = double(m_random % 1000000) / 1000000.0;
    double cumulative = 0;
    for (const auto &c : chances) {
        cumulative += c.first;
        if (draw < cumulative)
            return c.second;
    }
    return Fault::None;
}

int SandboxServer::nextDelay() {
    if (m_jitterMs == 0)
        return m_latencyMs;
    m_random = SandboxRandom::mix(m_random, 2);
    const int jitter = int(m_random % quint64(2 * m_jitterMs + 1)) - m_jitterMs;
    return qMax(0, m_latencyMs + jitter);
}

SandboxHttpResponse SandboxServer::route(const SandboxHttpRequest &request,
                                         const QString &requestId, const QDateTime &now) {
    const int reprice = int(m_plan.reprice * 1000 + 0.5);
    if (SandboxDuffelApi::handles(request.path))
        return m_duffel->handle(request, requestId, now, reprice);
    if (SandboxAmadeusApi::handles(request.path))
        return m_amadeus->handle(request, baseUrl().toString(), now, m_plan.tokenTtlSeconds,
                                 reprice);
    return SandboxDuffelApi::error(
        404, requestId, QStringLiteral("invalid_request_error"), QStringLiteral("not_found"),
        QStringLiteral("Not found"),
        QStringLiteral("The sandbox serves the Duffel API under /air/ and "
                       "/places/, and the Amadeus API under /v1/ and /v2/"));
}

SandboxHttpResponse SandboxServer::faultResponse(FaultPlan::Fault fault, bool duffel,
                                                 const QString &requestId,
                                                 const QDateTime &now) const {
    const int status = statusOf(fault);
    SandboxHttpResponse r;
    if (fault == FaultPlan::Fault::RateLimited) {
        r = duffel
                ? SandboxDuffelApi::error(
                      429, requestId, QStringLiteral("rate_limit_error"),
                      QStringLiteral("rate_limit_exceeded"), QStringLiteral("Rate limit exceeded"),
                      QStringLiteral("Too many requests hit the API too quickly. "
                                     "Please retry your request after the time "
                                     "specified in the `ratelimit-reset` header."))
                : SandboxAmadeusApi::error(
                      429, 38194, QStringLiteral("Too many requests"),
                      QStringLiteral("The network rate limit is exceeded, please "
                                     "try again later"));
        r.setHeader("Retry-After", QByteArray::number(m_plan.resetSeconds));
        Q_UNUSED(now)
        return r;
    }
    if (duffel) {
        const bool retry = status == 503 || status == 504;
        return SandboxDuffelApi::error(
            status, requestId, QStringLiteral("api_error"),
            retry ? QStringLiteral("service_unavailable") : QStringLiteral("internal_server_error"),
            retry ? QStringLiteral("Service unavailable") : QStringLiteral("Internal server error"),
            retry ? QStringLiteral("Please retry later")
                  : QStringLiteral("Something went wrong; you should not "
                                   "retry this request"));
    }
    if (status == 500)
        return SandboxAmadeusApi::error(
            500, 38189, QStringLiteral("Internal error"),
            QStringLiteral("An internal error occurred, please contact your "
                           "administrator"));
    return SandboxAmadeusApi::error(status, 141, QStringLiteral("SYSTEM ERROR HAS OCCURRED"),
                                    QStringLiteral("The upstream system did not answer in time"));
}

void SandboxServer::addRateLimitHeaders(SandboxHttpResponse &response, const QDateTime &now,
                                        bool limited) {
    const int limit = m_plan.rateLimitPerSecond > 0 ? m_plan.rateLimitPerSecond : UnenforcedLimit;
    response.setHeader("ratelimit-limit", QByteArray::number(limit));
    response.setHeader("ratelimit-remaining",
                       QByteArray::number(limited ? 0 : qMax(0, limit - m_windowCount)));
    // The reset as an HTTP-date, rounded up to the next whole second.
    const qint64 resetSecs =
        limited ? now.toSecsSinceEpoch() + qMax(1, m_plan.resetSeconds) : m_windowSecond + 1;
    response.setHeader("ratelimit-reset",
                       httpDate(QDateTime::fromSecsSinceEpoch(resetSecs, Qt::UTC)));
}

void SandboxServer::handle(SandboxConnection *connection, quint32 stream,
                           const SandboxHttpRequest &request) {
    using Fault = FaultPlan::Fault;
    ++m_requestCount;
    if (connection->protocol() == "HTTP/2")
        ++m_http2Requests;
    if (request.path == u"/v1/security/oauth2/token")
        ++m_tokenRequests;
    const QDateTime now = m_now();
    if (now.toSecsSinceEpoch() != m_windowSecond) {
        m_windowSecond = now.toSecsSinceEpoch();
        m_windowCount = 0;
    }
    ++m_windowCount;
    const QString requestId = QStringLiteral("sbx%1").arg(
        SandboxRandom::mix(m_random, quint64(m_requestCount)), 16, 16, QLatin1Char('0'));
    const Fault fault = nextFault(request);
    const bool duffel = !SandboxAmadeusApi::handles(request.path);

    SandboxHttpResponse response;
    auto delivery = SandboxConnection::Delivery::Normal;
    if (statusOf(fault) != 0) {
        response = faultResponse(fault, duffel, requestId, now);
    } else {
        response = route(request, requestId, now);
        if (fault == Fault::Huge)
            response.body =
                SandboxHttpBody::huge(response.body, qsizetype(m_plan.hugeMegabytes) * 1024 * 1024);
        else if (fault == Fault::Malformed)
            response.body = SandboxHttpBody::malformed(response.body);
        else if (fault == Fault::Truncate)
            delivery = SandboxConnection::Delivery::Truncate;
        else if (fault == Fault::Stall)
            delivery = SandboxConnection::Delivery::Stall;
    }
    response.setHeader("x-request-id", requestId.toLatin1());
    if (duffel)
        addRateLimitHeaders(response, now, fault == Fault::RateLimited);
    if (request.header("accept-encoding").contains("gzip") && !response.body.isEmpty()) {
        response.body = SandboxHttpBody::gzip(response.body);
        response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Vary", "Accept-Encoding");
    }
    qCDebug(lcApi) << "sandbox" << request.method << request.path << response.status << int(fault);

    const QByteArray method = request.method;
    const QString path = request.path;
    QPointer<SandboxConnection> target(connection);
    auto send = [this, target, stream, response, delivery, method, path, fault] {
        if (!target)
            return;
        target->respond(stream, response, delivery);
        Q_EMIT served(method, path, response.status, fault);
    };
    const int delay = nextDelay();
    if (delay <= 0)
        send();
    else
        QTimer::singleShot(delay, connection, send);
}
