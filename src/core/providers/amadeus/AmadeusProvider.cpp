// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusProvider.h"

#include "AmadeusErrors.h"
#include "AmadeusJson.h"
#include "AmadeusOfferJson.h"
#include "AmadeusRateLimiter.h"
#include "AmadeusRequest.h"
#include "AmadeusTokenSource.h"
#include "diagnostics/LoggingCategories.h"
#include "geo/GeoDatabase.h"
#include "providers/http/HttpTransport.h"
#include "util/AsyncTask.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace {
using Code = ProviderError::Code;

qint64 elapsed(const std::shared_ptr<QElapsedTimer> &timer) {
    return timer->elapsed();
}

std::shared_ptr<QElapsedTimer> stopwatch() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return timer;
}

ProviderError malformed(const char *what) {
    return {
        Code::BadResponse,
        QStringLiteral("malformed or truncated JSON in the %1 answer").arg(QLatin1String(what))};
}
} // namespace

AmadeusProvider::AmadeusProvider(QNetworkAccessManager *network, const QString &clientId,
                                 const QString &clientSecret, QObject *parent)
    : FlightProvider(parent)
    , m_transport(new HttpTransport(network, QStringLiteral("amadeus"), this))
    , m_tokens(new AmadeusTokenSource(m_transport, this))
    , m_limiter(new AmadeusRateLimiter(10, 100, 512, this))
    , m_geo(GeoDatabase::instance())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_transport->setRetryPolicy(defaultRetryPolicy());
    m_tokens->setCredentials(clientId, clientSecret);
    m_tokens->setRateLimiter(m_limiter);
    m_idPrefix = QString::number(QRandomGenerator::global()->generate(), 36);
    setBaseUrl(defaultBaseUrl());
}

AmadeusProvider::~AmadeusProvider() = default;

RetryPolicy AmadeusProvider::defaultRetryPolicy() {
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.retryStatuses = {500, 502, 503, 504};
    policy.allowRetry = [](const HttpResponse &response) {
        if (response.status == 0)
            return true; // network failure or timeout of an idempotent call
        return AmadeusErrors::classify(response.status, response.body).retryable;
    };
    return policy;
}

void AmadeusProvider::setBaseUrl(const QUrl &baseUrl) {
    m_baseUrl = baseUrl;
    m_tokens->setBaseUrl(baseUrl);
}

void AmadeusProvider::setRateLimit(int perSecond, int spacingMs) {
    m_limiter->setLimits(perSecond, spacingMs);
}

bool AmadeusProvider::isLoopbackEndpoint(const QUrl &url) {
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void AmadeusProvider::setTimeoutMs(int ms) {
    m_timeoutMs = ms;
    m_tokens->setTimeoutMs(ms);
}

void AmadeusProvider::setClock(Clock clock) {
    m_clock = clock ? clock : Clock([] { return QDateTime::currentDateTimeUtc(); });
    m_tokens->setClock(m_clock);
    m_transport->setClock(m_clock);
}

void AmadeusProvider::setRetryPolicy(const RetryPolicy &policy) {
    m_transport->setRetryPolicy(policy);
}

QString AmadeusProvider::id() const {
    return QStringLiteral("amadeus");
}

QUrl AmadeusProvider::apiUrl(const QString &path) const {
    return m_baseUrl.resolved(QUrl(path));
}

AmadeusRequest *AmadeusProvider::newRequest(const QByteArray &method, const QUrl &url,
                                            const QByteArray &jsonBody, bool idempotent,
                                            bool methodOverride, QObject *owner) {
    HttpCall call;
    call.method = method;
    call.url = url;
    call.timeoutMs = m_timeoutMs;
    call.idempotent = idempotent;
    call.withHeader("Accept", "application/json, application/vnd.amadeus+json");
    if (methodOverride) // the POST form of a read, as the spec requires
        call.withHeader("X-HTTP-Method-Override", "GET");
    if (!jsonBody.isEmpty()) {
        call.withHeader("Content-Type", "application/vnd.amadeus+json");
        call.body = jsonBody;
    }
    return new AmadeusRequest(m_transport, m_tokens, m_limiter, call, owner);
}

SearchReply *AmadeusProvider::search(const SearchRequest &request) {
    auto *reply = new SearchReply;
    const QString invalid = request.validationError(m_today ? m_today() : m_clock().date());
    if (!invalid.isEmpty()) {
        finishLater(reply, {Code::InvalidRequest, invalid});
        return reply;
    }
    const QString currency = request.maxPrice ? request.maxPrice->currency() : m_currency;
    QUrl url = apiUrl(QStringLiteral("/v2/shopping/flight-offers"));
    AmadeusRequest *call = nullptr;
    if (AmadeusJson::needsPost(request)) {
        const QByteArray body =
            QJsonDocument(AmadeusJson::searchBody(request, currency, m_maxOffers))
                .toJson(QJsonDocument::Compact);
        call = newRequest("POST", url, body, true, true, reply);
    } else {
        url.setQuery(AmadeusJson::searchQuery(request, currency, m_maxOffers));
        call = newRequest("GET", url, QByteArray(), true, false, reply);
    }
    const auto timer = stopwatch();
    connect(reply, &ProviderReply::cancelRequested, call, &AmadeusRequest::abort);
    connect(call, &AmadeusRequest::finished, reply, [this, reply, call, request, timer] {
        call->deleteLater();
        if (call->error().isError()) {
            reply->finishWithError(call->error(), elapsed(timer));
            return;
        }
        const QByteArray body = call->response().body;
        const GeoDatabase *geo = &m_geo;
        const CabinClass cabin = request.cabin;
        auto deliver = [this, reply, request, timer](std::optional<AmadeusOffers> parsed) {
            if (!parsed) {
                reply->finishWithError(malformed("flight offers"), elapsed(timer));
                return;
            }
            if (parsed->skipped > 0)
                qCWarning(lcApi) << "amadeus: skipped" << parsed->skipped
                                 << "offers that could not be read";
            AmadeusOfferJson::keepMatching(*parsed, request);
            const QString serial = QString::number(++m_searchSerial);
            for (qsizetype i = 0; i < parsed->offers.size(); ++i) {
                FlightOffer &offer = parsed->offers[i];
                offer.id = m_idPrefix + u'-' + serial + u'-' + offer.id;
                cacheOffer(offer.id, parsed->raw[i]);
            }
            reply->finishWithOffers(std::move(parsed->offers), elapsed(timer));
        };
        if (body.size() > OffThreadParseBytes) {
            AsyncTask::run(
                reply,
                [body, geo, cabin] { return AmadeusOfferJson::parseSearch(body, *geo, cabin); },
                std::move(deliver));
        } else {
            deliver(AmadeusOfferJson::parseSearch(body, m_geo, cabin));
        }
    });
    call->start();
    return reply;
}

PlacesReply *AmadeusProvider::suggestPlaces(const QString &query) {
    auto *reply = new PlacesReply;
    const QString keyword = GeoDatabase::normalise(query);
    if (keyword.isEmpty()) {
        finishLater(reply, {Code::InvalidRequest, QStringLiteral("empty_query")});
        return reply;
    }
    QUrl url = apiUrl(QStringLiteral("/v1/reference-data/locations"));
    url.setQuery(AmadeusJson::locationsQuery(keyword, LocationPageSize));
    fetchLocations(reply, url, 1, {}, stopwatch());
    return reply;
}

void AmadeusProvider::fetchLocations(PlacesReply *reply, const QUrl &url, int page,
                                     QList<Place> places,
                                     const std::shared_ptr<QElapsedTimer> &timer) {
    AmadeusRequest *call = newRequest("GET", url, QByteArray(), true, false, reply);
    connect(reply, &ProviderReply::cancelRequested, call, &AmadeusRequest::abort);
    connect(call, &AmadeusRequest::finished, reply, [=]() mutable {
        call->deleteLater();
        const qint64 ms = elapsed(timer);
        if (call->error().isError()) {
            reply->finishWithError(call->error(), ms);
            return;
        }
        const auto parsed = AmadeusJson::parseLocations(call->response().body, m_geo);
        if (!parsed) {
            reply->finishWithError(malformed("locations"), ms);
            return;
        }
        for (const Place &place : parsed->places) {
            const bool seen = std::any_of(places.cbegin(), places.cend(), [&](const Place &p) {
                return p.code == place.code && p.kind == place.kind;
            });
            if (!seen)
                places.append(place);
        }
        if (parsed->next.isEmpty() || page >= MaxLocationPages || parsed->places.isEmpty()) {
            reply->finishWithPlaces(std::move(places), ms);
            return;
        }
        // Only the path and query of the link: the token goes to our endpoint and nowhere else.
        QUrl next = apiUrl(parsed->next.path());
        next.setQuery(parsed->next.query(QUrl::FullyEncoded), QUrl::StrictMode);
        fetchLocations(reply, next, page + 1, std::move(places), timer);
    });
    call->start();
}

std::optional<QJsonObject> AmadeusProvider::cachedOffer(const QString &id,
                                                        ProviderReply *reply) const {
    const auto raw = m_rawOffers.constFind(id);
    if (raw != m_rawOffers.cend())
        return raw->object();
    finishLater(reply, {Code::OfferExpired,
                        QStringLiteral("offer %1 is not among the recent Amadeus offers").arg(id)});
    return std::nullopt;
}

OfferReply *AmadeusProvider::priceOffer(const FlightOffer &offer) {
    auto *reply = new OfferReply;
    const std::optional<QJsonObject> raw = cachedOffer(offer.id, reply);
    if (!raw)
        return reply;
    const QByteArray body =
        QJsonDocument(AmadeusJson::pricingBody(*raw)).toJson(QJsonDocument::Compact);
    AmadeusRequest *call =
        newRequest("POST", apiUrl(QStringLiteral("/v1/shopping/flight-offers/pricing")), body, true,
                   true, reply);
    const auto timer = stopwatch();
    const QString id = offer.id;
    const CabinClass cabin = offer.cabin;
    connect(reply, &ProviderReply::cancelRequested, call, &AmadeusRequest::abort);
    connect(call, &AmadeusRequest::finished, reply, [this, reply, call, id, cabin, timer] {
        call->deleteLater();
        if (call->error().isError()) {
            reply->finishWithError(call->error(), elapsed(timer));
            return;
        }
        auto parsed = AmadeusOfferJson::parsePricing(call->response().body, m_geo, cabin);
        if (!parsed) {
            reply->finishWithError(malformed("pricing"), elapsed(timer));
            return;
        }
        if (parsed->offers.isEmpty()) {
            reply->finishWithError({Code::OfferExpired, QStringLiteral("no priced offer returned")},
                                   elapsed(timer));
            return;
        }
        FlightOffer priced = parsed->offers.first();
        priced.id = id;
        cacheOffer(id, parsed->raw.first());
        reply->finishWithOffer(std::move(priced), elapsed(timer));
    });
    call->start();
    return reply;
}

OrderReply *AmadeusProvider::createOrder(const FlightOffer &offer,
                                         const QList<Traveller> &travellers) {
    auto *reply = new OrderReply;
    const std::optional<QJsonObject> raw = cachedOffer(offer.id, reply);
    if (!raw)
        return reply;
    QString why;
    const QJsonObject order = AmadeusJson::orderBody(*raw, travellers, &why);
    if (order.isEmpty()) {
        finishLater(reply, {Code::InvalidRequest, why});
        return reply;
    }
    // Not idempotent: the transport retries it only after a 429.
    AmadeusRequest *call =
        newRequest("POST", apiUrl(QStringLiteral("/v1/booking/flight-orders")),
                   QJsonDocument(order).toJson(QJsonDocument::Compact), false, false, reply);
    const auto timer = stopwatch();
    const QString offerId = offer.id;
    connect(reply, &ProviderReply::cancelRequested, call, &AmadeusRequest::abort);
    connect(call, &AmadeusRequest::finished, reply,
            [this, reply, call, offerId, travellers, timer] {
                call->deleteLater();
                if (call->error().isError()) {
                    reply->finishWithError(call->error(), elapsed(timer));
                    return;
                }
                auto parsed =
                    AmadeusJson::parseOrder(call->response().body, offerId, travellers, m_clock());
                if (!parsed) {
                    reply->finishWithError(malformed("order"), elapsed(timer));
                    return;
                }
                reply->finishWithOrder(std::move(*parsed), elapsed(timer));
            });
    call->start();
    return reply;
}

void AmadeusProvider::cacheOffer(const QString &id, const AmadeusRawOffer &raw) {
    if (!m_rawOffers.contains(id))
        m_rawOrder.push_back(id);
    m_rawOffers.insert(id, raw);
    while (m_rawOrder.size() > std::size_t(RawOfferCacheSize)) {
        m_rawOffers.remove(m_rawOrder.front());
        m_rawOrder.pop_front();
    }
}
