// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AmadeusRateLimiter.h"
#include "providers/ProviderError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

class HttpExchange;
class HttpTransport;

/**
 * The Amadeus OAuth2 client-credentials token (POST /v1/security/oauth2/token, form body),
 * shared by every request of one provider. SINGLE-FLIGHT: however many requests wait for a
 * token, at most one token request is in flight, and all of them get its result. A token is
 * reused until expires_in minus a margin (a quarter of its life, at most 60 s) has passed on
 * the injectable clock; invalidate() (after a 401 38190/38192/38193) drops it only if it is
 * still the current one, so twenty requests failing with the same stale token cause a single
 * refresh. A failed refresh is not cached: every waiter gets the error, and the next
 * requestToken() tries again.
 *
 * The client secret is sent only in the token request's body (which the transport never logs);
 * it never appears in an error detail, a log line or settings.
 */
class AmadeusTokenSource : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    /** Exactly one of: a token (error None) or an error (empty token). */
    using Callback = std::function<void(const QString &accessToken, const ProviderError &error)>;

    /** @p transport is not owned and must outlive this object. */
    explicit AmadeusTokenSource(HttpTransport *transport, QObject *parent = nullptr);
    ~AmadeusTokenSource() override;

    /** The API root, e.g. https://test.api.amadeus.com (the token path is appended). */
    void setBaseUrl(const QUrl &baseUrl);
    /** Replaces the credentials and forgets the current token. */
    void setCredentials(const QString &clientId, const QString &clientSecret);
    bool hasCredentials() const { return !m_clientId.isEmpty() && !m_clientSecret.isEmpty(); }
    /** UTC now; default QDateTime::currentDateTimeUtc(). */
    void setClock(Clock clock);
    /** Token requests wait their turn here too (not owned; may be null). */
    void setRateLimiter(AmadeusRateLimiter *limiter) { m_limiter = limiter; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /**
     * Calls @p done once, from the event loop (never inside this call), with a valid token or
     * the error that prevented one, unless @p context is destroyed or the ticket cancelled
     * first. Returns the ticket.
     */
    quint64 requestToken(QObject *context, Callback done);
    /** Forgets a waiting caller; its callback is never called. */
    void cancel(quint64 ticket);
    /** Drops @p accessToken if it is still the current token (the server refused it). */
    void invalidate(const QString &accessToken);

    /** A token that is not about to expire is cached. */
    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    /** Token requests sent so far (for health and tests). */
    int refreshCount() const { return m_refreshCount; }
    bool isRefreshing() const { return m_exchange != nullptr || m_limiterTicket != 0; }

Q_SIGNALS:
    /** A refresh ended (@p error None on success). */
    void refreshFinished(const ProviderError &error);

private:
    struct Waiter {
        quint64 ticket;
        QPointer<QObject> context;
        bool hasContext;
        Callback done;
    };

    void scheduleFlush();
    void flush();
    void startRefresh();
    void sendTokenRequest();
    void onRefreshFinished();
    void deliver(const QString &token, const ProviderError &error);
    QString scrub(QString text) const;

    HttpTransport *m_transport;
    QPointer<AmadeusRateLimiter> m_limiter;
    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    Clock m_clock;
    int m_timeoutMs = 20000;
    QString m_token;
    QDateTime m_expiresAt; ///< when to stop using m_token (margin already taken off)
    HttpExchange *m_exchange = nullptr;
    quint64 m_limiterTicket = 0;
    std::vector<Waiter> m_waiters;
    quint64 m_nextTicket = 1;
    bool m_flushScheduled = false;
    int m_refreshCount = 0;
};
