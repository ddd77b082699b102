// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuffelProvider.h"

#include "DuffelJson.h"
#include "DuffelSearch.h"
#include "providers/http/BodyParser.h"
#include "providers/http/HttpTransport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrlQuery>

#include <memory>

namespace {
/**
 * Sends @p call for @p reply: the exchange is the reply's child (deleting the reply aborts it),
 * cancelling the reply cancels it, and @p handler gets the response unless the reply finished.
 */
template <typename Handler>
void sendFor(HttpTransport *transport, ProviderReply *reply, const HttpCall &call,
             Handler handler) {
    HttpExchange *exchange = transport->send(call);
    exchange->setParent(reply);
    QObject::connect(reply, &ProviderReply::cancelRequested, exchange, &HttpExchange::cancel);
    QObject::connect(exchange, &HttpExchange::finished, reply,
                     [reply, exchange, handler = std::move(handler)]() mutable {
                         exchange->deleteLater();
                         if (!reply->isFinished())
                             handler(exchange->response());
                     });
}
} // namespace

DuffelProvider::DuffelProvider(QNetworkAccessManager *network, const QString &token,
                               QObject *parent)
    : FlightProvider(parent)
    , m_authorization(QByteArrayLiteral("Bearer ") + token.trimmed().toUtf8())
    , m_today([] { return QDate::currentDate(); })
    , m_transport(new HttpTransport(network, QStringLiteral("duffel"), this)) {}

DuffelProvider::~DuffelProvider() = default;

QString DuffelProvider::id() const {
    return QStringLiteral("duffel");
}

void DuffelProvider::setBaseUrl(const QUrl &url) {
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        m_baseUrl = url;
}

void DuffelProvider::setClock(std::function<QDate()> today) {
    m_today =
        today ? std::move(today) : std::function<QDate()>([] { return QDate::currentDate(); });
}

HttpCall DuffelProvider::makeCall(const QByteArray &method, const QString &path,
                                  const QString &query, int timeoutMs) const {
    HttpCall call;
    call.method = method;
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::StrictMode);
    call.url = url;
    call.timeoutMs = timeoutMs;
    call.headers = {{"Authorization", m_authorization},
                    {"Duffel-Version", "v2"},
                    {"Accept", "application/json"}};
    return call;
}

SearchReply *DuffelProvider::search(const SearchRequest &request) {
    auto *reply = new SearchReply;
    const QString invalid = request.validationError(m_today());
    if (!invalid.isEmpty()) {
        finishLater(reply, {ProviderError::Code::InvalidRequest, invalid});
        return reply;
    }
    auto *search = new DuffelSearch(this, reply, request);
    search->start(); // the first answer always comes from the event loop
    return reply;
}

PlacesReply *DuffelProvider::suggestPlaces(const QString &query) {
    auto *reply = new PlacesReply;
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty()) {
        finishLater(reply, {ProviderError::Code::InvalidRequest, QStringLiteral("empty query")});
        return reply;
    }
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), trimmed);
    const HttpCall call = makeCall("GET", QStringLiteral("/places/suggestions"),
                                   q.toString(QUrl::FullyEncoded), m_limits.requestTimeoutMs);
    sendFor(m_transport, reply, call, [reply, elapsed](const HttpResponse &response) {
        if (!response.isSuccess()) {
            reply->finishWithError(DuffelJson::errorFromResponse(response), elapsed->elapsed());
            return;
        }
        QString error;
        auto places = DuffelJson::placesFromJson(response.body, &error);
        if (!places)
            reply->finishWithError({ProviderError::Code::BadResponse, error}, elapsed->elapsed());
        else
            reply->finishWithPlaces(std::move(*places), elapsed->elapsed());
    });
    return reply;
}

namespace {
using SingleOffer = std::optional<std::pair<FlightOffer, QList<DuffelPassenger>>>;

struct ParsedOffer {
    SingleOffer offer;
    QString error;
};

ParsedOffer parseOffer(const QByteArray &body) {
    ParsedOffer parsed;
    parsed.offer = DuffelOfferJson::parseSingleOffer(body, &parsed.error);
    return parsed;
}

/** The error for a failed GET /air/offers/{id}: a missing or expired offer is OfferExpired. */
ProviderError offerLookupError(const HttpResponse &response) {
    ProviderError error = DuffelJson::errorFromResponse(response);
    if (response.status == 404 || response.status == 410)
        error.code = ProviderError::Code::OfferExpired;
    return error;
}

bool hasExpired(const FlightOffer &offer) {
    return offer.expiresAt.isValid() && offer.expiresAt <= QDateTime::currentDateTimeUtc();
}
} // namespace

OfferReply *DuffelProvider::priceOffer(const FlightOffer &offer) {
    auto *reply = new OfferReply;
    if (offer.id.isEmpty()) {
        finishLater(reply, {ProviderError::Code::InvalidRequest, QStringLiteral("no offer id")});
        return reply;
    }
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const HttpCall call = makeCall("GET",
                                   QStringLiteral("/air/offers/") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(offer.id)),
                                   QString(), m_limits.requestTimeoutMs);
    sendFor(m_transport, reply, call, [reply, elapsed](const HttpResponse &response) {
        if (!response.isSuccess()) {
            reply->finishWithError(offerLookupError(response), elapsed->elapsed());
            return;
        }
        BodyParser::run(reply, response.body, &parseOffer, [reply, elapsed](const ParsedOffer &p) {
            if (!p.offer)
                reply->finishWithError({ProviderError::Code::BadResponse, p.error},
                                       elapsed->elapsed());
            else if (hasExpired(p.offer->first))
                reply->finishWithError({ProviderError::Code::OfferExpired,
                                        QStringLiteral("the offer expired at %1")
                                            .arg(p.offer->first.expiresAt.toString(Qt::ISODate))},
                                       elapsed->elapsed());
            else
                reply->finishWithOffer(p.offer->first, elapsed->elapsed());
        });
    });
    return reply;
}

OrderReply *DuffelProvider::createOrder(const FlightOffer &offer,
                                        const QList<Traveller> &travellers) {
    auto *reply = new OrderReply;
    if (offer.id.isEmpty() || travellers.isEmpty()) {
        finishLater(reply, {ProviderError::Code::InvalidRequest,
                            QStringLiteral("an order needs an offer and its travellers")});
        return reply;
    }
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const HttpCall lookup = makeCall("GET",
                                     QStringLiteral("/air/offers/") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(offer.id)),
                                     QString(), m_limits.requestTimeoutMs);
    HttpCall order =
        makeCall("POST", QStringLiteral("/air/orders"), QString(), m_limits.requestTimeoutMs);
    order.idempotent = false; // never sent twice, except after a 429
    order.withHeader("Content-Type", "application/json");
    HttpTransport *transport = m_transport;
    const QString offerId = offer.id;
    sendFor(transport, reply, lookup, [=](const HttpResponse &response) mutable {
        if (!response.isSuccess()) {
            reply->finishWithError(offerLookupError(response), elapsed->elapsed());
            return;
        }
        QString error;
        const auto current = DuffelOfferJson::parseSingleOffer(response.body, &error);
        if (!current) {
            reply->finishWithError({ProviderError::Code::BadResponse, error}, elapsed->elapsed());
            return;
        }
        if (hasExpired(current->first)) {
            reply->finishWithError(
                {ProviderError::Code::OfferExpired, QStringLiteral("the offer has expired")},
                elapsed->elapsed());
            return;
        }
        const auto data = DuffelJson::orderData(offerId, current->first.totalAmount,
                                                current->second, travellers, &error);
        if (!data) {
            reply->finishWithError({ProviderError::Code::InvalidRequest, error},
                                   elapsed->elapsed());
            return;
        }
        order.body = QJsonDocument(QJsonObject{{QStringLiteral("data"), *data}})
                         .toJson(QJsonDocument::Compact);
        sendFor(transport, reply, order, [=](const HttpResponse &created) {
            if (!created.isSuccess()) {
                reply->finishWithError(DuffelJson::errorFromResponse(created), elapsed->elapsed());
                return;
            }
            QString problem;
            auto booked = DuffelJson::orderFromJson(created.body, &problem);
            if (!booked) {
                reply->finishWithError({ProviderError::Code::BadResponse, problem},
                                       elapsed->elapsed());
                return;
            }
            booked->offerId = offerId;
            booked->travellers = travellers;
            if (!booked->totalAmount.isValid())
                booked->totalAmount = current->first.totalAmount;
            reply->finishWithOrder(std::move(*booked), elapsed->elapsed());
        });
    });
    return reply;
}
