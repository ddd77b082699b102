// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuffelOfferJson.h"
#include "domain/Order.h"
#include "domain/Place.h"
#include "domain/SearchRequest.h"
#include "domain/Traveller.h"
#include "providers/ProviderError.h"
#include "providers/http/HttpResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * Pure functions for the Duffel v2 wire format other than offers (see DuffelOfferJson): request
 * bodies (wrapped in {"data": ...}), places, orders and errors (flight-apis.md sections 2.2,
 * 2.5-2.7). Thread-safe.
 */
namespace DuffelJson {
/**
 * The "data" object of POST /air/offer_requests: one slice per SearchSlice (departure_time
 * {"from","to"} when the slice has a time window, else null; arrival_time null), passengers
 * ({"type":"adult"} per adult, {"age":N} per child with N from childAges or 10 when not given,
 * {"age":0} per infant), cabin_class, and max_connections when set.
 */
QJsonObject offerRequestData(const SearchRequest &request);
/** {"data": offerRequestData(request)} as compact JSON. */
QByteArray offerRequestBody(const SearchRequest &request);
/** The id ("orq_...") of a created offer request, or empty with @p error set. */
QString offerRequestId(const QByteArray &body, QString *error);

/** GET /places/suggestions: airports and cities, in the API's order; nullopt if malformed. */
std::optional<QList<Place>> placesFromJson(const QByteArray &body, QString *error);

/**
 * The "data" object of POST /air/orders (type instant, one balance payment of @p total):
 * @p travellers are matched to @p passengers by type (adults, children, infants, each in order).
 * nullopt with @p error when they do not match one to one or a traveller lacks a name or a
 * birth date.
 */
std::optional<QJsonObject> orderData(const QString &offerId, const Money &total,
                                     const QList<DuffelPassenger> &passengers,
                                     const QList<Traveller> &travellers, QString *error);
/** A created order (POST /air/orders 201), or nullopt with @p error set. */
std::optional<Order> orderFromJson(const QByteArray &body, QString *error);

/**
 * A failed response as a ProviderError: the class from HttpErrorMapper, refined by the first
 * entry of errors[] (type authentication_error -> Authentication, rate_limit_error ->
 * RateLimited, validation/invalid_request -> InvalidRequest, airline_error/api_error -> Server;
 * codes naming an expired or unavailable offer -> OfferExpired). The detail holds the status,
 * type, code, title, message, source (an object's pointer/field or a plain string) and the
 * x-request-id, and never a header value. A 2xx whose body has errors[] is an error as well;
 * a 2xx without is None.
 */
ProviderError errorFromResponse(const HttpResponse &response);
} // namespace DuffelJson
