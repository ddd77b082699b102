// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuffelSearch.h"

#include "DuffelJson.h"
#include "DuffelProvider.h"
#include "diagnostics/LoggingCategories.h"
#include "providers/SearchReply.h"
#include "providers/http/BodyParser.h"
#include "providers/http/HttpTransport.h"

#include <QUrlQuery>

DuffelSearch::DuffelSearch(DuffelProvider *provider, SearchReply *reply, SearchRequest request)
    : QObject(reply)
    , m_provider(provider)
    , m_reply(reply)
    , m_request(std::move(request)) {
    m_elapsed.start();
    connect(reply, &SearchReply::cancelRequested, this, &DuffelSearch::stop);
}

DuffelSearch::~DuffelSearch() {
    stop();
}

void DuffelSearch::stop() {
    delete m_exchange; // aborts and frees the QNetworkReply in flight
    m_exchange = nullptr;
}

void DuffelSearch::start() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("return_offers"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("supplier_timeout"),
                       QString::number(m_provider->limits().supplierTimeoutMs));
    send("POST", QStringLiteral("/air/offer_requests"), query.toString(QUrl::FullyEncoded),
         DuffelJson::offerRequestBody(m_request), m_provider->limits().searchTimeoutMs,
         &DuffelSearch::onOfferRequest);
}

void DuffelSearch::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, int timeoutMs,
                        void (DuffelSearch::*handler)(const HttpResponse &)) {
    if (!m_provider) {
        fail({ProviderError::Code::Cancelled, QStringLiteral("the provider was closed")});
        return;
    }
    HttpCall call = m_provider->makeCall(method, path, query, timeoutMs);
    call.body = body;
    if (!body.isEmpty())
        call.withHeader("Content-Type", "application/json");
    m_exchange = m_provider->transport()->send(call);
    HttpExchange *exchange = m_exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, handler] {
        // Taken out first: the handler may finish the reply, whose owner may then delete it.
        if (m_exchange == exchange)
            m_exchange = nullptr;
        exchange->deleteLater();
        (this->*handler)(exchange->response());
    });
}

void DuffelSearch::onOfferRequest(const HttpResponse &response) {
    if (!response.isSuccess()) {
        fail(DuffelJson::errorFromResponse(response));
        return;
    }
    QString error;
    m_offerRequestId = DuffelJson::offerRequestId(response.body, &error);
    if (m_offerRequestId.isEmpty()) {
        fail({ProviderError::Code::BadResponse, error});
        return;
    }
    requestPage();
}

void DuffelSearch::requestPage() {
    if (!m_provider) {
        fail({ProviderError::Code::Cancelled, QStringLiteral("the provider was closed")});
        return;
    }
    const DuffelProvider::Limits &limits = m_provider->limits();
    const int wanted = qBound(1, limits.maxOffers - int(m_offers.size()), limits.pageSize);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offer_request_id"), m_offerRequestId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(wanted));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("total_amount"));
    if (m_request.maxConnections)
        query.addQueryItem(QStringLiteral("max_connections"),
                           QString::number(qBound(0, *m_request.maxConnections, 2)));
    if (!m_after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), m_after);
    ++m_pages;
    send("GET", QStringLiteral("/air/offers"), query.toString(QUrl::FullyEncoded), {},
         limits.requestTimeoutMs, &DuffelSearch::onPageResponse);
}

void DuffelSearch::onPageResponse(const HttpResponse &response) {
    if (!response.isSuccess()) {
        fail(DuffelJson::errorFromResponse(response));
        return;
    }
    BodyParser::run(this, response.body, &DuffelOfferJson::parseOffersPage,
                    [this](const DuffelOfferJson::OffersPage &page) { onPage(page); });
}

void DuffelSearch::onPage(const DuffelOfferJson::OffersPage &page) {
    if (m_reply->isFinished())
        return;
    if (!page.error.isEmpty()) {
        fail({ProviderError::Code::BadResponse, page.error});
        return;
    }
    m_skipped += page.skipped;
    m_offers.append(page.offers);
    if (!m_provider) {
        fail({ProviderError::Code::Cancelled, QStringLiteral("the provider was closed")});
        return;
    }
    const DuffelProvider::Limits &limits = m_provider->limits();
    if (!page.after.isEmpty() && page.after != m_after && m_offers.size() < limits.maxOffers &&
        m_pages < limits.maxPages) {
        m_after = page.after;
        requestPage();
        return;
    }
    deliver();
}

void DuffelSearch::fail(const ProviderError &error) {
    qCInfo(lcApi).noquote() << "duffel search failed:" << ProviderError::codeName(error.code)
                            << error.detail;
    m_reply->finishWithError(error, m_elapsed.elapsed());
}

void DuffelSearch::deliver() {
    QList<FlightOffer> offers;
    offers.reserve(m_offers.size());
    for (FlightOffer &offer : m_offers) {
        if (!m_request.airlines.isEmpty() && !m_request.airlines.contains(offer.ownerCode))
            continue;
        if (m_request.maxPrice && m_request.maxPrice->currency() == offer.totalAmount.currency() &&
            m_request.maxPrice->units() < offer.totalAmount.units())
            continue;
        offers.append(std::move(offer));
    }
    m_offers.clear();
    const int cap = m_provider ? m_provider->limits().maxOffers : int(offers.size());
    if (offers.size() > cap)
        offers.resize(cap);
    if (m_skipped > 0)
        qCInfo(lcApi) << "duffel: skipped" << m_skipped << "unusable offer(s)";
    m_reply->finishWithOffers(std::move(offers), m_elapsed.elapsed());
}
