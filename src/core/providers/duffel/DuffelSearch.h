// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuffelOfferJson.h"
#include "domain/SearchRequest.h"
#include "providers/http/HttpResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class DuffelProvider;
class HttpExchange;
class SearchReply;
struct ProviderError;

/**
 * One DuffelProvider::search() in progress: the offer request, then the offer pages. A child
 * of its SearchReply, so deleting the reply deletes it and aborts the request in flight;
 * cancelling the reply does the same. Internal to DuffelProvider.
 */
class DuffelSearch : public QObject {
    Q_OBJECT

public:
    DuffelSearch(DuffelProvider *provider, SearchReply *reply, SearchRequest request);
    ~DuffelSearch() override;

    /** Sends the offer request (the first answer comes from the event loop). */
    void start();

private:
    void send(const QByteArray &method, const QString &path, const QString &query,
              const QByteArray &body, int timeoutMs,
              void (DuffelSearch::*handler)(const HttpResponse &));
    void onOfferRequest(const HttpResponse &response);
    void requestPage();
    void onPageResponse(const HttpResponse &response);
    void onPage(const DuffelOfferJson::OffersPage &page);
    void stop();
    void fail(const ProviderError &error);
    void deliver();

    QPointer<DuffelProvider> m_provider;
    SearchReply *m_reply;
    SearchRequest m_request;
    HttpExchange *m_exchange = nullptr;
    QString m_offerRequestId;
    QString m_after;
    int m_pages = 0;
    int m_skipped = 0;
    QList<FlightOffer> m_offers;
    QElapsedTimer m_elapsed;
};
