// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxDuffelApi.h"

#include "SandboxCatalog.h"
#include "SandboxDuffelJson.h"
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxBooking.h"
#include "providers/sandbox/SandboxPlaceIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace {
const QString ValidationError = QStringLiteral("validation_error");
const QString InvalidRequest = QStringLiteral("invalid_request_error");
const QString InvalidState = QStringLiteral("invalid_state_error");

SandboxHttpResponse invalid(const QString &requestId, const QString &code, const QString &message,
                            const QString &pointer = {}) {
    return SandboxDuffelApi::error(422, requestId, ValidationError, code,
                                   QStringLiteral("Invalid value"), message, pointer);
}

SandboxHttpResponse notFound(const QString &requestId, const QString &what) {
    return SandboxDuffelApi::error(404, requestId, InvalidRequest, QStringLiteral("not_found"),
                                   QStringLiteral("Not found"),
                                   what + QStringLiteral(" does not exist or has expired"));
}

QString cursor(qsizetype offset) {
    return QString::fromLatin1(
        QByteArray("g3:" + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> fromCursor(const QString &text) {
    const auto bytes = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || !bytes.decoded.startsWith("g3:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = bytes.decoded.mid(3).toLongLong(&ok);
    return ok && offset >= 0 ? std::optional<qsizetype>(offset) : std::nullopt;
}

/** The body's "data" object, or an error response. */
std::optional<QJsonObject> dataOf(const SandboxHttpRequest &request, const QString &requestId,
                                  SandboxHttpResponse *failure) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("data")).isObject()) {
        *failure = SandboxDuffelApi::error(
            400, requestId, InvalidRequest, QStringLiteral("malformed_body"),
            QStringLiteral("Malformed body"),
            QStringLiteral("The body must be JSON: {\"data\": {...}}"));
        return std::nullopt;
    }
    return doc.object().value(QStringLiteral("data")).toObject();
}
} // namespace

SandboxDuffelApi::SandboxDuffelApi(SandboxCatalog &catalog)
    : m_catalog(catalog) {}

bool SandboxDuffelApi::handles(const QString &path) {
    return path.startsWith(u"/air/") || path.startsWith(u"/places/");
}

SandboxHttpResponse SandboxDuffelApi::error(int status, const QString &requestId,
                                            const QString &type, const QString &code,
                                            const QString &title, const QString &message,
                                            const QString &pointer) {
    return SandboxHttpResponse::json(
        status, SandboxDuffelJson::error(status, requestId, type, code, title, message, pointer));
}

SandboxHttpResponse SandboxDuffelApi::handle(const SandboxHttpRequest &request,
                                             const QString &requestId, const QDateTime &now,
                                             int repricePermille) {
    const QByteArray auth = request.header("authorization");
    if (auth.isEmpty())
        return error(401, requestId, QStringLiteral("authentication_error"),
                     QStringLiteral("missing_authorization_header"),
                     QStringLiteral("Missing authorization header"),
                     QStringLiteral("The Authorization header is missing: send "
                                    "'Authorization: Bearer <token>'"));
    if (!auth.startsWith("Bearer ") || auth.mid(7).trimmed().isEmpty())
        return error(401, requestId, QStringLiteral("authentication_error"),
                     QStringLiteral("invalid_authorization_header"),
                     QStringLiteral("Invalid authorization header"),
                     QStringLiteral("The Authorization header must be 'Bearer <token>'"));
    const QByteArray version = request.header("duffel-version");
    if (version != "v2")
        return error(400, requestId, InvalidRequest,
                     version.isEmpty() ? QStringLiteral("missing_version_header")
                                       : QStringLiteral("unsupported_version"),
                     QStringLiteral("Unsupported API version"),
                     QStringLiteral("Send the header 'Duffel-Version: v2'"));
    const QByteArray accept = request.header("accept");
    if (!accept.isEmpty() && !accept.contains("json") && !accept.contains("*/*"))
        return error(406, requestId, InvalidRequest, QStringLiteral("unsupported_format"),
                     QStringLiteral("Not acceptable"),
                     QStringLiteral("Responses are application/json only"));

    const QString path = request.path.endsWith(u'/') && request.path.size() > 1
                             ? request.path.chopped(1)
                             : request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/air/offer_requests" && post)
        return createOfferRequest(request, requestId, now);
    if (path == u"/air/offers" && get)
        return listOffers(request, requestId, now);
    if (path.startsWith(u"/air/offers/")) {
        const QStringList parts = path.mid(12).split(u'/');
        if (parts.size() == 1 && get)
            return getOffer(parts.at(0), requestId, now, repricePermille);
        if (parts.size() == 3 && parts.at(1) == u"actions" && parts.at(2) == u"price" && post)
            return getOffer(parts.at(0), requestId, now, repricePermille);
    }
    if (path == u"/air/orders" && post)
        return createOrder(request, requestId, now, repricePermille);
    if (path == u"/places/suggestions" && get)
        return suggestions(request, requestId);
    return error(404, requestId, InvalidRequest, QStringLiteral("not_found"),
                 QStringLiteral("Not found"),
                 QStringLiteral("The sandbox does not serve %1 %2")
                     .arg(QString::fromLatin1(request.method), request.path));
}

SandboxHttpResponse SandboxDuffelApi::createOfferRequest(const SandboxHttpRequest &request,
                                                         const QString &requestId,
                                                         const QDateTime &now) {
    SandboxHttpResponse failure;
    const auto data = dataOf(request, requestId, &failure);
    if (!data)
        return failure;
    SearchRequest search;
    const QJsonArray slices = data->value(QStringLiteral("slices")).toArray();
    if (slices.isEmpty())
        return invalid(requestId, QStringLiteral("validation_required"),
                       QStringLiteral("Field 'slices' can't be blank"), QStringLiteral("/slices"));
    for (int i = 0; i < slices.size(); ++i) {
        const QJsonObject s = slices.at(i).toObject();
        SearchSlice slice;
        slice.origin = s.value(QStringLiteral("origin")).toString().toUpper();
        slice.destination = s.value(QStringLiteral("destination")).toString().toUpper();
        slice.date =
            QDate::fromString(s.value(QStringLiteral("departure_date")).toString(), Qt::ISODate);
        const QJsonObject window = s.value(QStringLiteral("departure_time")).toObject();
        slice.earliestDeparture =
            QTime::fromString(window.value(QStringLiteral("from")).toString(), u"HH:mm");
        slice.latestDeparture =
            QTime::fromString(window.value(QStringLiteral("to")).toString(), u"HH:mm");
        if (!slice.date.isValid())
            return invalid(requestId, QStringLiteral("validation_format"),
                           QStringLiteral("departure_date must be YYYY-MM-DD"),
                           QStringLiteral("/slices/%1/departure_date").arg(i));
        search.slices.append(slice);
    }
    const QJsonArray passengers = data->value(QStringLiteral("passengers")).toArray();
    if (passengers.isEmpty())
        return invalid(requestId, QStringLiteral("validation_required"),
                       QStringLiteral("Field 'passengers' can't be blank"),
                       QStringLiteral("/passengers"));
    search.passengers = {0, 0, 0};
    for (int i = 0; i < passengers.size(); ++i) {
        const QJsonObject p = passengers.at(i).toObject();
        const QString type = p.value(QStringLiteral("type")).toString();
        const QJsonValue age = p.value(QStringLiteral("age"));
        if (type == u"adult" || (age.isDouble() && age.toInt() >= 12)) {
            ++search.passengers.adults;
        } else if (type == u"child" || (age.isDouble() && age.toInt() >= 2)) {
            ++search.passengers.children;
            search.childAges.append(age.isDouble() ? age.toInt() : 10);
        } else if (type == u"infant_without_seat" || (age.isDouble() && age.toInt() >= 0)) {
            ++search.passengers.infants;
        } else {
            return invalid(requestId, QStringLiteral("validation_required"),
                           QStringLiteral("A passenger needs a type of 'adult' or an age"),
                           QStringLiteral("/passengers/%1").arg(i));
        }
    }
    // Children come after adults: keep the ages in request order of the children.
    const QString cabin = data->value(QStringLiteral("cabin_class")).toString();
    if (!cabin.isEmpty()) {
        const auto parsed = cabinClassFromName(cabin);
        if (!parsed)
            return invalid(requestId, QStringLiteral("validation_format"),
                           QStringLiteral("cabin_class must be first, business, "
                                          "premium_economy or economy"),
                           QStringLiteral("/cabin_class"));
        search.cabin = *parsed;
    }
    const QJsonValue maxConnections = data->value(QStringLiteral("max_connections"));
    if (maxConnections.isDouble()) {
        if (maxConnections.toInt() < 0 || maxConnections.toInt() > 2)
            return invalid(requestId, QStringLiteral("validation_format"),
                           QStringLiteral("max_connections must be 0, 1 or 2"),
                           QStringLiteral("/max_connections"));
        search.maxConnections = maxConnections.toInt();
    }
    const QDate today = now.toLocalTime().date();
    const QString problem = search.validationError(today);
    if (!problem.isEmpty())
        return invalid(requestId, QStringLiteral("invalid_search"), problem);
    const SandboxCatalog::Search found = m_catalog.search(search, today);
    using Status = SandboxResult::Status;
    if (found.result.status == Status::UnknownPlace || found.result.status == Status::SameCity)
        return invalid(requestId, QStringLiteral("invalid_search"), found.result.reason);

    const QString key = SandboxCatalog::keyFor(search, today);
    const QStringList ids = SandboxDuffelJson::passengerIds(key, search);
    const GeoDatabase &geo = GeoDatabase::instance();
    QJsonArray sliceObjects;
    for (const SearchSlice &s : std::as_const(search.slices)) {
        const Place from = geo.placeForCode(s.origin);
        const Place to = geo.placeForCode(s.destination);
        sliceObjects.append(
            QJsonObject{{QStringLiteral("origin"), SandboxDuffelJson::place(from)},
                        {QStringLiteral("destination"), SandboxDuffelJson::place(to)},
                        {QStringLiteral("origin_type"), from.kindString()},
                        {QStringLiteral("destination_type"), to.kindString()},
                        {QStringLiteral("departure_date"), s.date.toString(Qt::ISODate)}});
    }
    QJsonObject result{{QStringLiteral("id"), QStringLiteral("orq_") + key},
                       {QStringLiteral("live_mode"), false},
                       {QStringLiteral("created_at"), SandboxDuffelJson::timestamp(now)},
                       {QStringLiteral("cabin_class"), cabinClassName(search.cabin)},
                       {QStringLiteral("client_key"), QJsonValue::Null},
                       {QStringLiteral("slices"), sliceObjects},
                       {QStringLiteral("passengers"), SandboxDuffelJson::passengers(ids, search)}};
    QJsonArray offers;
    if (request.queryValue(QStringLiteral("return_offers")) != u"false") {
        for (const FlightOffer &offer : found.result.offers)
            offers.append(SandboxDuffelJson::offer(offer, search, ids, now));
    }
    result.insert(QStringLiteral("offers"), offers);
    return SandboxHttpResponse::json(201, {{QStringLiteral("data"), result}});
}

SandboxHttpResponse SandboxDuffelApi::listOffers(const SandboxHttpRequest &request,
                                                 const QString &requestId, const QDateTime &now) {
    const QString orq = request.queryValue(QStringLiteral("offer_request_id"));
    if (orq.isEmpty())
        return invalid(requestId, QStringLiteral("validation_required"),
                       QStringLiteral("offer_request_id is required"),
                       QStringLiteral("offer_request_id"));
    const auto found = orq.startsWith(u"orq_") ? m_catalog.searchFor(orq.mid(4)) : std::nullopt;
    if (!found)
        return notFound(requestId, QStringLiteral("The offer request ") + orq);
    int limit = 50;
    if (request.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 200)
            return invalid(requestId, QStringLiteral("validation_format"),
                           QStringLiteral("limit must be between 1 and 200"),
                           QStringLiteral("limit"));
    }
    QList<int> order;
    const QList<FlightOffer> &offers = found->result.offers;
    const QString maxConnections = request.queryValue(QStringLiteral("max_connections"));
    for (int i = 0; i < offers.size(); ++i) {
        if (!maxConnections.isEmpty() && offers.at(i).maxStops() > maxConnections.toInt())
            continue;
        order.append(i);
    }
    const QString sort = request.queryValue(QStringLiteral("sort"));
    const bool descending = sort.startsWith(u'-');
    const QString sortKey = descending ? sort.mid(1) : sort;
    if (!sort.isEmpty() && sortKey != u"total_amount" && sortKey != u"total_duration")
        return invalid(requestId, QStringLiteral("validation_format"),
                       QStringLiteral("sort must be total_amount or total_duration, optionally "
                                      "prefixed with '-'"),
                       QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        const bool byAmount = sortKey == u"total_amount";
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const qint64 va =
                byAmount ? offers.at(a).totalAmount.units() : offers.at(a).totalDurationMinutes();
            const qint64 vb =
                byAmount ? offers.at(b).totalAmount.units() : offers.at(b).totalDurationMinutes();
            return descending ? va > vb : va < vb;
        });
    }
    qsizetype start = 0;
    const QString after = request.queryValue(QStringLiteral("after"));
    const QString before = request.queryValue(QStringLiteral("before"));
    if (!after.isEmpty() || !before.isEmpty()) {
        const auto position = fromCursor(after.isEmpty() ? before : after);
        if (!position)
            return invalid(requestId, QStringLiteral("invalid_cursor"),
                           QStringLiteral("The cursor is not valid"),
                           after.isEmpty() ? QStringLiteral("before") : QStringLiteral("after"));
        start = after.isEmpty() ? qMax<qsizetype>(0, *position - limit) : *position;
    }
    start = qMin(start, order.size());
    const qsizetype end = qMin(order.size(), start + limit);
    const QString key = orq.mid(4);
    const QStringList ids = SandboxDuffelJson::passengerIds(key, found->request);
    QJsonArray page;
    for (qsizetype i = start; i < end; ++i)
        page.append(SandboxDuffelJson::offer(offers.at(order.at(i)), found->request, ids, now));
    const QJsonObject meta{
        {QStringLiteral("limit"), limit},
        {QStringLiteral("after"), end < order.size() ? QJsonValue(cursor(end)) : QJsonValue()},
        {QStringLiteral("before"), start > 0 ? QJsonValue(cursor(start)) : QJsonValue()}};
    return SandboxHttpResponse::json(
        200, {{QStringLiteral("data"), page}, {QStringLiteral("meta"), meta}});
}

SandboxHttpResponse SandboxDuffelApi::getOffer(const QString &id, const QString &requestId,
                                               const QDateTime &now, int repricePermille) {
    const auto found = id.startsWith(u"off_") ? m_catalog.offer(id.mid(4)) : std::nullopt;
    if (!found)
        return notFound(requestId, QStringLiteral("The offer ") + id);
    if (SandboxBooking::hasDeparted(found->first, now))
        return error(422, requestId, InvalidState, QStringLiteral("offer_no_longer_available"),
                     QStringLiteral("Offer no longer available"),
                     QStringLiteral("The offer is no longer available: search again"));
    const FlightOffer priced = SandboxCatalog::repriced(found->first, repricePermille);
    const QStringList ids = SandboxDuffelJson::passengerIds(
        SandboxCatalog::keyFor(found->second.request, found->second.bookingDate),
        found->second.request);
    return SandboxHttpResponse::json(
        200, {{QStringLiteral("data"),
               SandboxDuffelJson::offer(priced, found->second.request, ids, now)}});
}

SandboxHttpResponse SandboxDuffelApi::createOrder(const SandboxHttpRequest &request,
                                                  const QString &requestId, const QDateTime &now,
                                                  int repricePermille) {
    SandboxHttpResponse failure;
    const auto data = dataOf(request, requestId, &failure);
    if (!data)
        return failure;
    const QString type = data->value(QStringLiteral("type")).toString(QStringLiteral("instant"));
    if (type != u"instant" && type != u"pay_later")
        return invalid(requestId, QStringLiteral("invalid_order_create_type"),
                       QStringLiteral("type must be instant or pay_later"),
                       QStringLiteral("/type"));
    const QJsonArray selected = data->value(QStringLiteral("selected_offers")).toArray();
    if (selected.size() != 1)
        return invalid(requestId, QStringLiteral("validation_required"),
                       QStringLiteral("selected_offers must hold exactly one offer id"),
                       QStringLiteral("/selected_offers"));
    const QString offerId = selected.at(0).toString();
    const auto found = offerId.startsWith(u"off_") ? m_catalog.offer(offerId.mid(4)) : std::nullopt;
    if (!found)
        return notFound(requestId, QStringLiteral("The offer ") + offerId);
    if (SandboxBooking::hasDeparted(found->first, now))
        return error(422, requestId, InvalidState, QStringLiteral("offer_no_longer_available"),
                     QStringLiteral("Offer no longer available"),
                     QStringLiteral("The offer is no longer available: search again"));
    const FlightOffer priced = SandboxCatalog::repriced(found->first, repricePermille);
    const SearchRequest &search = found->second.request;
    const QStringList ids = SandboxDuffelJson::passengerIds(
        SandboxCatalog::keyFor(search, found->second.bookingDate), search);

    // Travellers in the offer's passenger order, matched by passenger id.
    const QJsonArray passengers = data->value(QStringLiteral("passengers")).toArray();
    QList<Traveller> travellers(ids.size());
    QList<bool> seen(ids.size(), false);
    for (int i = 0; i < passengers.size(); ++i) {
        const QJsonObject p = passengers.at(i).toObject();
        const qsizetype index = ids.indexOf(p.value(QStringLiteral("id")).toString());
        if (index < 0 || seen.at(index))
            return invalid(requestId, QStringLiteral("invalid_passenger_id"),
                           QStringLiteral("Each passenger id must be one of the offer's, once"),
                           QStringLiteral("/passengers/%1/id").arg(i));
        seen[index] = true;
        Traveller &t = travellers[index];
        t.type = index < search.passengers.adults ? Traveller::Type::Adult
                 : index < search.passengers.adults + search.passengers.children
                     ? Traveller::Type::Child
                     : Traveller::Type::Infant;
        t.title = p.value(QStringLiteral("title")).toString();
        t.givenName = p.value(QStringLiteral("given_name")).toString();
        t.familyName = p.value(QStringLiteral("family_name")).toString();
        t.bornOn = QDate::fromString(p.value(QStringLiteral("born_on")).toString(), Qt::ISODate);
        const QString gender = p.value(QStringLiteral("gender")).toString();
        t.gender = gender == u"f"   ? Traveller::Gender::Female
                   : gender == u"m" ? Traveller::Gender::Male
                                    : Traveller::Gender::Unspecified;
        t.email = p.value(QStringLiteral("email")).toString();
        t.phone = p.value(QStringLiteral("phone_number")).toString();
    }
    QList<Traveller> given;
    for (int i = 0; i < ids.size(); ++i) {
        if (seen.at(i))
            given.append(travellers.at(i));
    }
    QString problem = given.size() == ids.size()
                          ? SandboxBooking::validateTravellers(given, search.passengers)
                          : QStringLiteral("traveller_count: expected %1, got %2")
                                .arg(ids.size())
                                .arg(given.size());
    if (!problem.isEmpty())
        return invalid(requestId, problem.section(u':', 0, 0), problem,
                       QStringLiteral("/passengers"));
    if (type == u"instant") {
        const QJsonArray payments = data->value(QStringLiteral("payments")).toArray();
        const QJsonObject payment = payments.at(0).toObject();
        const auto amount = Money::fromString(payment.value(QStringLiteral("amount")).toString(),
                                              payment.value(QStringLiteral("currency")).toString());
        if (payments.size() != 1 || !amount)
            return invalid(requestId, QStringLiteral("validation_required"),
                           QStringLiteral("An instant order needs one payment with amount and "
                                          "currency"),
                           QStringLiteral("/payments"));
        if (*amount != priced.totalAmount)
            return error(422, requestId, InvalidState, QStringLiteral("price_changed"),
                         QStringLiteral("Price changed"),
                         QStringLiteral("The payment must be %1 %2, the offer's current total")
                             .arg(priced.totalAmount.amountString(), priced.totalAmount.currency()),
                         QStringLiteral("/payments/0/amount"));
    }
    const QString reference = SandboxBooking::bookingReference(offerId, given);
    const Money tax = SandboxCatalog::taxOf(priced.totalAmount);
    const QJsonObject offerJson = SandboxDuffelJson::offer(priced, search, ids, now);
    QJsonArray orderPassengers;
    for (const QJsonValue &p : passengers)
        orderPassengers.append(p);
    const QJsonObject order{
        {QStringLiteral("id"), QStringLiteral("ord_sbx_") + reference},
        {QStringLiteral("type"), type},
        {QStringLiteral("live_mode"), false},
        {QStringLiteral("booking_reference"), reference},
        {QStringLiteral("created_at"), SandboxDuffelJson::timestamp(now)},
        {QStringLiteral("total_amount"), priced.totalAmount.amountString()},
        {QStringLiteral("total_currency"), priced.totalAmount.currency()},
        {QStringLiteral("base_amount"), (priced.totalAmount + tax.multipliedBy(-1)).amountString()},
        {QStringLiteral("base_currency"), priced.totalAmount.currency()},
        {QStringLiteral("tax_amount"), tax.amountString()},
        {QStringLiteral("tax_currency"), priced.totalAmount.currency()},
        {QStringLiteral("owner"), offerJson.value(QStringLiteral("owner"))},
        {QStringLiteral("slices"), offerJson.value(QStringLiteral("slices"))},
        {QStringLiteral("passengers"), orderPassengers},
        {QStringLiteral("offer_id"), offerId},
        {QStringLiteral("documents"), QJsonArray()},
        {QStringLiteral("services"), QJsonArray()},
        {QStringLiteral("conditions"), offerJson.value(QStringLiteral("conditions"))},
        {QStringLiteral("payment_status"),
         QJsonObject{{QStringLiteral("awaiting_payment"), type == u"pay_later"}}},
    };
    return SandboxHttpResponse::json(201, {{QStringLiteral("data"), order}});
}

SandboxHttpResponse SandboxDuffelApi::suggestions(const SandboxHttpRequest &request,
                                                  const QString &requestId) {
    const QString query = request.queryValue(QStringLiteral("query")).isEmpty()
                              ? request.queryValue(QStringLiteral("name"))
                              : request.queryValue(QStringLiteral("query"));
    if (query.trimmed().isEmpty())
        return invalid(requestId, QStringLiteral("validation_required"),
                       QStringLiteral("The sandbox needs query= (searching by lat/lng/rad is not "
                                      "supported)"),
                       QStringLiteral("query"));
    QJsonArray data;
    for (const Place &place : SandboxPlaceIndex::instance().suggest(query, 20))
        data.append(SandboxDuffelJson::place(place));
    return SandboxHttpResponse::json(200, {{QStringLiteral("data"), data}});
}
