// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AmadeusRawOffer.h"
#include "providers/FlightProvider.h"
#include "providers/http/RetryPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class AmadeusRateLimiter;
class QElapsedTimer;
class AmadeusRequest;
class AmadeusTokenSource;
class GeoDatabase;
class HttpTransport;
class QNetworkAccessManager;

/**
 * FlightProvider "amadeus": the Amadeus Self-Service shape (flight-apis.md section 1) over the
 * shared HttpTransport, with one single-flight OAuth2 token (AmadeusTokenSource) and the
 * client-side limiter (AmadeusRateLimiter) shared by all its calls: by default 10 requests/s
 * and 100 ms apart, what the real hosts (test.api.amadeus.com, api.amadeus.com) allow.
 * ProviderFactory turns it off (setRateLimit(0, 0)) for a loopback endpoint
 * (isLoopbackEndpoint(): the project's own HTTP sandbox, `booking-cli sandbox`, which has no
 * such quota); any other endpoint keeps the default.
 *
 * - search(): GET /v2/shopping/flight-offers for one-way and out-and-back requests without
 *   time windows or a 1-2 connection cap, else POST with `X-HTTP-Method-Override: GET`
 *   (multi-city, time windows, connection caps). Time windows and the budget are enforced on
 *   the answer too. Bodies over 64 KB are mapped on the thread pool.
 * - suggestPlaces(): GET /v1/reference-data/locations (CITY,AIRPORT), following
 *   meta.links.next up to MaxLocationPages pages; only the next link's path and query are used,
 *   so the token is never sent to another host.
 * - priceOffer() and createOrder(): Amadeus needs the offer's JSON exactly as it was returned,
 *   and FlightOffer has no field for it: the provider keeps the raw JSON of the last
 *   RawOfferCacheSize offers it returned (AmadeusRawOffer: the shared body and the offer's place)
 * (ids are unique per provider instance). An offer not (or no longer) in that cache finishes with
 * OfferExpired (search again). Re-pricing replaces the cached JSON with the priced one, which
 * createOrder() then books.
 *
 * Errors come from the `errors[]` codes (AmadeusErrors). Every reply can be cancelled or deleted
 * at any time; that frees the token wait, the limiter slot and the HTTP request.
 */
class AmadeusProvider : public FlightProvider {
    Q_OBJECT

public:
    static constexpr int RawOfferCacheSize = 2000;
    static constexpr int MaxLocationPages = 3;
    static constexpr int LocationPageSize = 10;
    static constexpr qsizetype OffThreadParseBytes = 64 * 1024;
    using Clock = std::function<QDateTime()>;

    /** @p network (one per thread, shared) is not owned and must outlive the provider. */
    AmadeusProvider(QNetworkAccessManager *network, const QString &clientId,
                    const QString &clientSecret, QObject *parent = nullptr);
    ~AmadeusProvider() override;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://test.api.amadeus.com")); }
    /** Replaces the API root (an --endpoint such as http://127.0.0.1:8080). */
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    /** ISO 4217 code asked for (currencyCode); default "EUR". A budget's currency wins. */
    void setCurrency(const QString &currency) { m_currency = currency; }
    /** Offers asked for per search (1..250, default 250). */
    void setMaxOffers(int max) { m_maxOffers = max; }
    /** Transfer timeout of API calls in ms (default 30000). */
    void setTimeoutMs(int ms);
    /**
     * The client-side limit of every call, token requests included: at most @p perSecond
     * requests a second (a bucket, burst included) and @p spacingMs between two. 0 turns that
     * limit off; (0, 0) sends each call as soon as its token is there. Default (10, 100).
     * May be changed at any time; queued calls follow the new limit.
     */
    void setRateLimit(int perSecond, int spacingMs);
    /** True for http(s) URLs whose host is a loopback address or "localhost". */
    static bool isLoopbackEndpoint(const QUrl &url);
    /** UTC now: token expiry, request validation, order times. */
    void setClock(Clock clock);
    /** "Today" for request validation only (default: the clock's UTC date). */
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    void setRetryPolicy(const RetryPolicy &policy);
    /** The default policy: 429 (not 38195) waits and retries, 500/502/503/504 back off. */
    static RetryPolicy defaultRetryPolicy();

    AmadeusTokenSource *tokenSource() const { return m_tokens; }
    AmadeusRateLimiter *rateLimiter() const { return m_limiter; }
    HttpTransport *transport() const { return m_transport; }
    int cachedOfferCount() const { return int(m_rawOffers.size()); }

    /** "amadeus" */
    QString id() const override;
    SearchReply *search(const SearchRequest &request) override;
    PlacesReply *suggestPlaces(const QString &query) override;
    OfferReply *priceOffer(const FlightOffer &offer) override;
    OrderReply *createOrder(const FlightOffer &offer, const QList<Traveller> &travellers) override;

private:
    /** The raw JSON of a recent offer, or nullopt after finishing @p reply with OfferExpired. */
    std::optional<QJsonObject> cachedOffer(const QString &id, ProviderReply *reply) const;
    AmadeusRequest *newRequest(const QByteArray &method, const QUrl &url,
                               const QByteArray &jsonBody, bool idempotent, bool methodOverride,
                               QObject *owner);
    QUrl apiUrl(const QString &path) const;
    void fetchLocations(PlacesReply *reply, const QUrl &url, int page, QList<Place> places,
                        const std::shared_ptr<QElapsedTimer> &timer);
    void cacheOffer(const QString &id, const AmadeusRawOffer &raw);

    HttpTransport *m_transport;
    AmadeusTokenSource *m_tokens;
    AmadeusRateLimiter *m_limiter;
    const GeoDatabase &m_geo;
    QUrl m_baseUrl;
    QString m_currency = QStringLiteral("EUR");
    int m_maxOffers = 250;
    int m_timeoutMs = 30000;
    Clock m_clock;
    std::function<QDate()> m_today;
    QString m_idPrefix;
    quint64 m_searchSerial = 0;
    QHash<QString, AmadeusRawOffer> m_rawOffers;
    std::deque<QString> m_rawOrder;
};
