// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiBodies.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace {

struct Fetched {
    int status = 0;
    QByteArray body;
};

Fetched send(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
             const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body) {
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched fetched{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll()};
    reply->deleteLater();
    return fetched;
}

QUrl withPath(const QUrl &base, const QString &path, const QUrlQuery &query = {}) {
    QUrl url = base;
    url.setPath(path);
    url.setQuery(query);
    return url;
}

QJsonObject slice(const QString &from, const QString &to, const QDate &date) {
    return {{QStringLiteral("origin"), from},
            {QStringLiteral("destination"), to},
            {QStringLiteral("departure_date"), date.toString(Qt::ISODate)}};
}

} // namespace

ApiBodies ApiBodies::fetch(const QUrl &endpoint, const ApiSearch &search) {
    ApiBodies bodies;
    QNetworkAccessManager network;
    const QList<std::pair<QByteArray, QByteArray>> duffelHeaders = {
        {"Authorization", "Bearer bench-token"},
        {"Duffel-Version", "v2"},
        {"Accept", "application/json"},
        {"Content-Type", "application/json"}};

    // Duffel: the offer request, then every page (200 + 50), merged.
    QJsonArray slices{slice(search.origin, search.destination, search.departure)};
    if (search.returnDate.isValid())
        slices.append(slice(search.destination, search.origin, search.returnDate));
    const QJsonObject data{
        {QStringLiteral("slices"), slices},
        {QStringLiteral("passengers"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("adult")}}}},
        {QStringLiteral("cabin_class"), QStringLiteral("economy")}};
    QUrlQuery offerRequestQuery;
    offerRequestQuery.addQueryItem(QStringLiteral("return_offers"), QStringLiteral("false"));
    const Fetched created = send(
        network, "POST",
        withPath(endpoint, QStringLiteral("/air/offer_requests"), offerRequestQuery), duffelHeaders,
        QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
    const QString requestId = QJsonDocument::fromJson(created.body)
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    QJsonArray offers;
    QJsonObject meta;
    QString after;
    for (int page = 0; page < 5 && !requestId.isEmpty() && offers.size() < 250; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("offer_request_id"), requestId);
        query.addQueryItem(QStringLiteral("limit"),
                           QString::number(qMin(200, 250 - int(offers.size()))));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("total_amount"));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        const Fetched got =
            send(network, "GET", withPath(endpoint, QStringLiteral("/air/offers"), query),
                 duffelHeaders, {});
        const QJsonObject object = QJsonDocument::fromJson(got.body).object();
        for (const QJsonValue &offer : object.value(QStringLiteral("data")).toArray())
            offers.append(offer);
        meta = object.value(QStringLiteral("meta")).toObject();
        after = meta.value(QStringLiteral("after")).toString();
        if (after.isEmpty())
            break;
    }
    if (offers.isEmpty()) {
        bodies.error = QStringLiteral("Duffel: no offers (HTTP %1)").arg(created.status);
    } else {
        meta.insert(QStringLiteral("after"), QJsonValue::Null);
        meta.insert(QStringLiteral("limit"), int(offers.size()));
        bodies.duffelOffers = int(offers.size());
        bodies.duffel = QJsonDocument(QJsonObject{{QStringLiteral("data"), offers},
                                                  {QStringLiteral("meta"), meta}})
                            .toJson(QJsonDocument::Compact);
    }

    // Amadeus: a token, then one GET search of max 250.
    const Fetched token =
        send(network, "POST", withPath(endpoint, QStringLiteral("/v1/security/oauth2/token")),
             {{"Content-Type", "application/x-www-form-urlencoded"}},
             "grant_type=client_credentials&client_id=bench-id&client_secret=bench-secret");
    const QByteArray access = QJsonDocument::fromJson(token.body)
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString()
                                  .toUtf8();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("originLocationCode"), search.origin);
    query.addQueryItem(QStringLiteral("destinationLocationCode"), search.destination);
    query.addQueryItem(QStringLiteral("departureDate"), search.departure.toString(Qt::ISODate));
    if (search.returnDate.isValid())
        query.addQueryItem(QStringLiteral("returnDate"), search.returnDate.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("adults"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("max"), QStringLiteral("250"));
    const Fetched amadeus = send(
        network, "GET", withPath(endpoint, QStringLiteral("/v2/shopping/flight-offers"), query),
        {{"Authorization", "Bearer " + access}, {"Accept", "application/json"}}, {});
    bodies.amadeusOffers = int(QJsonDocument::fromJson(amadeus.body)
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toArray()
                                   .size());
    if (bodies.amadeusOffers > 0)
        bodies.amadeus = amadeus.body;
    else
        bodies.error += QStringLiteral(" Amadeus: no offers (HTTP %1)").arg(amadeus.status);
    return bodies;
}
