// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/FlightProvider.h"

#include <QByteArray>
#include <QDate>
#include <QUrl>

#include <functional>

class HttpTransport;
class QNetworkAccessManager;
struct HttpCall;

/**
 * The Duffel API v2 (flight-apis.md section 2): id "duffel".
 *
 * search(): POST /air/offer_requests?return_offers=false&supplier_timeout=S, then
 * GET /air/offers?offer_request_id=..&limit=..&sort=total_amount following meta.after up to
 * Limits::maxOffers offers or Limits::maxPages pages; the request's airlines and maxPrice are
 * then applied to the offers. suggestPlaces(): GET /places/suggestions?query=. priceOffer():
 * GET /air/offers/{id} (404, or an expired offer -> OfferExpired). createOrder(): GET the offer
 * (its passenger ids and current price), then POST /air/orders (type instant, balance payment).
 *
 * Every request sends Authorization: Bearer, Duffel-Version: v2 and Accept: application/json;
 * the token is never logged. Retries, rate limits and timeouts are the HttpTransport's (500/502
 * never retried, 503/504 retried, 429 waits for ratelimit-reset). Bodies over 64 KB are parsed on
 * the thread pool. Every reply finishes from the event loop, never inside the call; cancelling
 * or deleting a reply aborts its HTTP request.
 */
class DuffelProvider : public FlightProvider {
    Q_OBJECT

public:
    struct Limits {
        int supplierTimeoutMs = 10000; ///< sent as supplier_timeout (Duffel: 2000..60000)
        int searchTimeoutMs = 15000;   ///< HTTP timeout of the offer request (> supplier timeout)
        int requestTimeoutMs = 20000;  ///< every other request
        int maxOffers = 250;
        int maxPages = 5;
        int pageSize = 200; ///< Duffel's maximum
    };

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.duffel.com")); }

    /** @p network (one per thread) must outlive the provider; @p token is a Duffel access token. */
    DuffelProvider(QNetworkAccessManager *network, const QString &token, QObject *parent = nullptr);
    ~DuffelProvider() override;

    /** "duffel" */
    QString id() const override;
    SearchReply *search(const SearchRequest &request) override;
    PlacesReply *suggestPlaces(const QString &query) override;
    OfferReply *priceOffer(const FlightOffer &offer) override;
    OrderReply *createOrder(const FlightOffer &offer, const QList<Traveller> &travellers) override;

    /** Replaces https://api.duffel.com (e.g. the HTTP sandbox); an invalid URL is ignored. */
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    /** "Today" for validating searches; default QDate::currentDate(). */
    void setClock(std::function<QDate()> today);
    HttpTransport *transport() const { return m_transport; }

    /** For DuffelSearch: a call to @p path (and @p query, already encoded) with the headers. */
    HttpCall makeCall(const QByteArray &method, const QString &path, const QString &query,
                      int timeoutMs) const;

private:
    QUrl m_baseUrl = defaultBaseUrl();
    QByteArray m_authorization; ///< "Bearer <token>": never logged
    Limits m_limits;
    std::function<QDate()> m_today;
    HttpTransport *m_transport = nullptr;
};
