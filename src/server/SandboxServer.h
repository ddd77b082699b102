// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultPlan.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class SandboxAmadeusApi;
class SandboxDuffelApi;
class SandboxConnection;
class QTcpServer;
class SandboxCatalog;
struct SandboxHttpRequest;
struct SandboxHttpResponse;

/**
 * The HTTP sandbox: Duffel v2 and Amadeus Self-Service served from the sandbox offer generator
 * on 127.0.0.1 only (DESIGN section 4), with fault injection (FaultPlan) and latency with jitter
 * (QTimers, never a sleep). Used by `booking-cli sandbox`, by the tests of the HTTP providers
 * (real sockets) and by the benchmark.
 *
 * HTTP/1.1 and HTTP/2 cleartext on the same port: a client gets HTTP/2 by prior knowledge (the
 * connection preface) or by `Upgrade: h2c` (SandboxHttpConnection, SandboxHttp2Connection on
 * libnghttp2). Routing, faults, latency and every response are the same for both protocols;
 * over HTTP/2 they apply per stream (a stall leaves one stream unanswered, a truncated body
 * ends in RST_STREAM).
 *
 * A plain QTcpServer with its own small HTTP/1.1 layer (SandboxHttpConnection) rather than
 * QHttpServer: QHttpServer 6.4's responder offers no way to close a connection in the middle of a
 * body (truncate) or to keep a request unanswered on an open socket (stall), and one code path for
 * every response keeps faults and normal answers identical up to the point they differ.
 *
 * Every Duffel response carries ratelimit-limit/-remaining/-reset (an HTTP-date) and every
 * response an x-request-id; bodies are gzipped when the client sends Accept-Encoding: gzip.
 * Lives in (and must be used from) one thread; all work happens in its event loop.
 */
class SandboxServer : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens on 127.0.0.1:@p port (0: a free port); false (see errorString()) on failure. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    /** "http://127.0.0.1:PORT" */
    QUrl baseUrl() const;
    QString errorString() const;
    /** Stops listening and drops every connection (stalled ones included). */
    void close();

    void setFaultPlan(const FaultPlan &plan);
    /** The plan in force; tests may script it directly (scriptNext()). */
    FaultPlan &faultPlan() { return m_plan; }
    /** Seeds the random faults and jitter (same seed, same sequence of requests: same faults). */
    void setSeed(quint64 seed);
    /** Every response waits @p ms plus or minus up to @p jitterMs (uniform), at least 0. */
    void setLatency(int ms, int jitterMs = 0);
    /** Exactly @p count offers a search (cut or padded, deterministic); 0: the generator's. */
    void setOffersPerSearch(int count);
    /** "Now" (UTC) for booking dates, token expiry and timestamps; default the system clock. */
    void setClock(Clock now);
    /** Expires every Amadeus token issued so far: their next use gets 401 38192. */
    void expireTokens();

    /** Requests received so far (all paths). */
    int requestCount() const { return m_requestCount; }
    /** Amadeus token requests received so far. */
    int tokenRequestCount() const { return m_tokenRequests; }
    /** Open client connections. */
    int connectionCount() const;
    /** TCP connections accepted since the server was created (both protocols). */
    int acceptedConnectionCount() const { return m_acceptedConnections; }
    /** Requests received over HTTP/2 so far (an upgraded request counts: it is answered on
     * stream 1). */
    int http2RequestCount() const { return m_http2Requests; }
    /** HTTP/2 streams open now on every connection (a stalled request keeps its stream open
     * until the client resets it). */
    int openHttp2StreamCount() const;

Q_SIGNALS:
    /** After each request is answered (or stalled): method, path, status and the fault used. */
    void served(const QByteArray &method, const QString &path, int status, FaultPlan::Fault fault);

private:
    void accept();
    void adopt(SandboxConnection *connection);
    void handle(SandboxConnection *connection, quint32 stream, const SandboxHttpRequest &request);
    FaultPlan::Fault nextFault(const SandboxHttpRequest &request);
    SandboxHttpResponse route(const SandboxHttpRequest &request, const QString &requestId,
                              const QDateTime &now);
    SandboxHttpResponse faultResponse(FaultPlan::Fault fault, bool duffel, const QString &requestId,
                                      const QDateTime &now) const;
    void addRateLimitHeaders(SandboxHttpResponse &response, const QDateTime &now, bool limited);
    int nextDelay();

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<SandboxCatalog> m_catalog;
    std::unique_ptr<SandboxDuffelApi> m_duffel;
    std::unique_ptr<SandboxAmadeusApi> m_amadeus;
    FaultPlan m_plan;
    quint64 m_random = 0x5eed;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    Clock m_now;
    int m_requestCount = 0;
    int m_tokenRequests = 0;
    int m_acceptedConnections = 0;
    int m_http2Requests = 0;
    qint64 m_windowSecond = 0; ///< the current rate-limit window (epoch seconds)
    int m_windowCount = 0;
};
