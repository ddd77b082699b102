// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAmadeusApi.h"

#include "SandboxAmadeusJson.h"
#include "SandboxCatalog.h"
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxBooking.h"
#include "providers/sandbox/SandboxPlaceIndex.h"
#include "providers/sandbox/SandboxPricing.h"
#include "providers/sandbox/SandboxRandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QByteArray AmadeusJsonType = "application/vnd.amadeus+json";
constexpr int MaxOffers = 250;

SandboxHttpResponse ok(int status, const QJsonObject &body) {
    return SandboxHttpResponse::json(status, body, AmadeusJsonType);
}

SandboxHttpResponse missing(const QString &parameter) {
    return SandboxAmadeusApi::error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"),
                                    QStringLiteral("This attribute is required"), parameter);
}

SandboxHttpResponse badFormat(const QString &parameter, const QString &detail) {
    return SandboxAmadeusApi::error(400, 477, QStringLiteral("INVALID FORMAT"), detail, parameter);
}

/** @p offer with every amount in @p currency; nullopt for a currency without a sandbox rate. */
std::optional<FlightOffer> inCurrency(FlightOffer offer, const QString &currency) {
    if (currency.isEmpty() || currency == offer.totalAmount.currency())
        return offer;
    const auto eur = SandboxPricing::toEurCents(offer.totalAmount);
    const auto minor = eur ? SandboxPricing::fromEurCents(*eur, currency) : std::nullopt;
    if (!minor)
        return std::nullopt;
    offer.totalAmount = Money::fromMinor(*minor, currency);
    return offer;
}

std::optional<QJsonObject> bodyData(const SandboxHttpRequest &request) {
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isCode(const QString &code) {
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(code).hasMatch();
}
} // namespace

SandboxAmadeusApi::SandboxAmadeusApi(SandboxCatalog &catalog)
    : m_catalog(catalog) {}

bool SandboxAmadeusApi::handles(const QString &path) {
    return path.startsWith(u"/v1/") || path.startsWith(u"/v2/");
}

SandboxHttpResponse SandboxAmadeusApi::error(int status, int code, const QString &title,
                                             const QString &detail, const QString &parameter,
                                             const QString &pointer) {
    return ok(status, SandboxAmadeusJson::error(status, code, title, detail, parameter, pointer));
}

void SandboxAmadeusApi::expireAllTokens() {
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

SandboxHttpResponse SandboxAmadeusApi::handle(const SandboxHttpRequest &request,
                                              const QString &baseUrl, const QDateTime &now,
                                              int tokenTtlSeconds, int repricePermille) {
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/v1/security/oauth2/token" && post)
        return token(request, now, tokenTtlSeconds);
    if (auto refused = checkToken(request, now))
        return *refused;
    if (path == u"/v2/shopping/flight-offers" && get)
        return searchGet(request, baseUrl, now);
    if (path == u"/v2/shopping/flight-offers" && post)
        return searchPost(request, baseUrl, now);
    if (path == u"/v1/reference-data/locations" && get)
        return locations(request, baseUrl);
    if (path.startsWith(u"/v1/reference-data/locations/") && get) {
        const QString id = path.mid(29);
        const Place place = GeoDatabase::instance().placeForCode(id.mid(1));
        if (place.isValid() && SandboxAmadeusJson::locationId(place) == id)
            return ok(200,
                      {{QStringLiteral("data"), SandboxAmadeusJson::location(place, baseUrl)}});
        return error(404, 1797, QStringLiteral("NOT FOUND"),
                     QStringLiteral("no response found for this query parameter"));
    }
    if (path == u"/v1/shopping/flight-offers/pricing" && post)
        return pricing(request, now, repricePermille);
    if (path == u"/v1/booking/flight-orders" && post)
        return order(request, now, repricePermille);
    return error(404, 38196, QStringLiteral("Resource not found"),
                 QStringLiteral("The sandbox does not serve %1 %2")
                     .arg(QString::fromLatin1(request.method), path));
}

SandboxHttpResponse SandboxAmadeusApi::token(const SandboxHttpRequest &request,
                                             const QDateTime &now, int ttl) {
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto flat = [](int status, const QString &error, const QString &description) {
        return SandboxHttpResponse::json(
            status, {{QStringLiteral("error"), error},
                     {QStringLiteral("error_description"), description},
                     {QStringLiteral("code"), 38187},
                     {QStringLiteral("title"), QStringLiteral("Invalid parameters")}});
    };
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials")
        return flat(400, QStringLiteral("unsupported_grant_type"),
                    QStringLiteral("Only client_credentials value is allowed for the body "
                                   "parameter grant_type"));
    const QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (id.isEmpty() || form.queryItemValue(QStringLiteral("client_secret")).isEmpty())
        return flat(401, QStringLiteral("invalid_client"),
                    QStringLiteral("Client credentials are invalid"));
    // Forget long-expired tokens so the table stays small.
    if (m_tokens.size() > 10000) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();) {
            if (it.value().addSecs(3600) < now)
                it = m_tokens.erase(it);
            else
                ++it;
        }
    }
    ++m_tokensIssued;
    const quint64 h = SandboxRandom::mix(SandboxRandom::hash({u"token", id}),
                                         quint64(now.toMSecsSinceEpoch()) * 131 + m_tokensIssued);
    const QByteArray token =
        "sbx" + QByteArray::number(h, 36) + QByteArray::number(m_tokensIssued, 36);
    m_tokens.insert(token, now.addSecs(ttl));
    return SandboxHttpResponse::json(
        200, {{QStringLiteral("type"), QStringLiteral("amadeusOAuth2Token")},
              {QStringLiteral("username"), QStringLiteral("sandbox@example.invalid")},
              {QStringLiteral("application_name"), QStringLiteral("Booking Assistant sandbox")},
              {QStringLiteral("client_id"), id},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("access_token"), QString::fromLatin1(token)},
              {QStringLiteral("expires_in"), ttl},
              {QStringLiteral("state"), QStringLiteral("approved")},
              {QStringLiteral("scope"), QString()}});
}

std::optional<SandboxHttpResponse> SandboxAmadeusApi::checkToken(const SandboxHttpRequest &request,
                                                                 const QDateTime &now) const {
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || auth.mid(7).trimmed().isEmpty())
        return error(
            401, 38191, QStringLiteral("Invalid HTTP header"),
            QStringLiteral("Missing or invalid format for mandatory Authorization header"));
    const auto it = m_tokens.constFind(auth.mid(7).trimmed());
    if (it == m_tokens.constEnd())
        return error(401, 38190, QStringLiteral("Invalid access token"),
                     QStringLiteral("The access token provided in the Authorization header is "
                                    "invalid"));
    if (it.value() <= now)
        return error(401, 38192, QStringLiteral("Access token expired"),
                     QStringLiteral("The access token is expired"));
    return std::nullopt;
}

SandboxHttpResponse SandboxAmadeusApi::searchOffers(const SearchRequest &search, int max,
                                                    const QString &currency,
                                                    const QStringList &excluded,
                                                    const QString &self, const QDateTime &now) {
    const QDate today = now.toLocalTime().date();
    const QString problem = search.validationError(today);
    if (problem == u"date_in_past")
        return error(400, 425, QStringLiteral("INVALID DATE"),
                     QStringLiteral("Date/Time is in the past"), QStringLiteral("departureDate"));
    if (!problem.isEmpty())
        return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"), problem);
    if (!currency.isEmpty() && !SandboxPricing::fromEurCents(100, currency))
        return badFormat(QStringLiteral("currencyCode"),
                         QStringLiteral("The sandbox has no rate for ") + currency);
    const SandboxCatalog::Search found = m_catalog.search(search, today);
    using Status = SandboxResult::Status;
    if (found.result.status == Status::UnknownPlace || found.result.status == Status::SameCity)
        return error(400, 477, QStringLiteral("INVALID FORMAT"), found.result.reason,
                     QStringLiteral("originLocationCode"));
    QList<FlightOffer> offers;
    for (const FlightOffer &offer : found.result.offers) {
        if (offers.size() >= max)
            break;
        bool skip = false;
        for (const Slice &slice : offer.slices) {
            for (const Segment &seg : slice.segments)
                skip = skip || excluded.contains(seg.carrier);
        }
        if (!skip)
            offers.append(*inCurrency(offer, currency));
    }
    QJsonArray data;
    for (const FlightOffer &offer : std::as_const(offers))
        data.append(SandboxAmadeusJson::offer(offer, search));
    return ok(
        200, {{QStringLiteral("meta"),
               QJsonObject{{QStringLiteral("count"), data.size()},
                           {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}}}},
              {QStringLiteral("data"), data},
              {QStringLiteral("dictionaries"), SandboxAmadeusJson::dictionaries(offers)}});
}

SandboxHttpResponse SandboxAmadeusApi::searchGet(const SandboxHttpRequest &request,
                                                 const QString &baseUrl, const QDateTime &now) {
    SearchRequest search;
    auto value = [&request](const char *name) {
        return request.queryValue(QString::fromLatin1(name));
    };
    for (const char *required :
         {"originLocationCode", "destinationLocationCode", "departureDate"}) {
        if (value(required).isEmpty())
            return missing(QString::fromLatin1(required));
    }
    const QString origin = value("originLocationCode");
    const QString destination = value("destinationLocationCode");
    if (!isCode(origin))
        return badFormat(QStringLiteral("originLocationCode"), QStringLiteral("3 letters A-Z"));
    if (!isCode(destination))
        return badFormat(QStringLiteral("destinationLocationCode"),
                         QStringLiteral("3 letters A-Z"));
    const QDate date = QDate::fromString(value("departureDate"), Qt::ISODate);
    if (!date.isValid())
        return badFormat(QStringLiteral("departureDate"), QStringLiteral("YYYY-MM-DD"));
    search.slices.append({origin, destination, date, {}, {}});
    if (!value("returnDate").isEmpty()) {
        const QDate back = QDate::fromString(value("returnDate"), Qt::ISODate);
        if (!back.isValid())
            return badFormat(QStringLiteral("returnDate"), QStringLiteral("YYYY-MM-DD"));
        search.slices.append({destination, origin, back, {}, {}});
    }
    struct Count {
        const char *name;
        int *field;
        int fallback;
    };
    const Count counts[] = {{"adults", &search.passengers.adults, 1},
                            {"children", &search.passengers.children, 0},
                            {"infants", &search.passengers.infants, 0}};
    for (const Count &c : counts) {
        bool isNumber = true;
        *c.field = value(c.name).isEmpty() ? c.fallback : value(c.name).toInt(&isNumber);
        if (!isNumber || *c.field < 0 || *c.field > 9)
            return badFormat(QString::fromLatin1(c.name), QStringLiteral("a number from 0 to 9"));
    }
    if (!search.passengers.isValid())
        return error(400, 2668, QStringLiteral("PARAMETER COMBINATION INVALID/RESTRICTED"),
                     QStringLiteral("At least 1 adult, at most 9 seated travellers, no more "
                                    "infants than adults"),
                     QStringLiteral("adults"));
    if (!value("travelClass").isEmpty()) {
        const auto cabin = cabinClassFromName(value("travelClass"));
        if (!cabin)
            return badFormat(QStringLiteral("travelClass"),
                             QStringLiteral("ECONOMY, PREMIUM_ECONOMY, BUSINESS or FIRST"));
        search.cabin = *cabin;
    }
    if (value("nonStop") == u"true")
        search.maxConnections = 0;
    if (!value("includedAirlineCodes").isEmpty() && !value("excludedAirlineCodes").isEmpty())
        return error(400, 2668, QStringLiteral("PARAMETER COMBINATION INVALID/RESTRICTED"),
                     QStringLiteral("includedAirlineCodes and excludedAirlineCodes cannot be "
                                    "combined"),
                     QStringLiteral("includedAirlineCodes"));
    if (!value("includedAirlineCodes").isEmpty())
        search.airlines = value("includedAirlineCodes").split(u',', Qt::SkipEmptyParts);
    if (!value("maxPrice").isEmpty()) {
        bool isNumber = false;
        const int maxPrice = value("maxPrice").toInt(&isNumber);
        if (!isNumber || maxPrice <= 0)
            return badFormat(QStringLiteral("maxPrice"), QStringLiteral("a positive whole number"));
        // Per traveller in the offer currency: applied to the total by the generator.
        const QString currency =
            value("currencyCode").isEmpty() ? QStringLiteral("EUR") : value("currencyCode");
        search.maxPrice = Money::fromString(
            QString::number(qint64(maxPrice) * search.passengers.total()), currency);
    }
    int max = MaxOffers;
    if (!value("max").isEmpty()) {
        bool isNumber = false;
        max = value("max").toInt(&isNumber);
        if (!isNumber || max < 1 || max > MaxOffers)
            return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"),
                         QStringLiteral("max must be between 1 and 250"), QStringLiteral("max"));
    }
    const QString self = baseUrl + request.path + u'?' + QString::fromLatin1(request.rawQuery);
    return searchOffers(search, max, value("currencyCode"),
                        value("excludedAirlineCodes").split(u',', Qt::SkipEmptyParts), self, now);
}

SandboxHttpResponse SandboxAmadeusApi::searchPost(const SandboxHttpRequest &request,
                                                  const QString &baseUrl, const QDateTime &now) {
    if (request.header("x-http-method-override") != "GET")
        return badFormat(
            QStringLiteral("X-HTTP-Method-Override"),
            QStringLiteral("POST searches need the header X-HTTP-Method-Override: GET"));
    const auto body = bodyData(request);
    if (!body)
        return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"),
                     QStringLiteral("The body must be a JSON object"));
    SearchRequest search;
    const QJsonArray legs = body->value(QStringLiteral("originDestinations")).toArray();
    if (legs.isEmpty())
        return error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"),
                     QStringLiteral("This attribute is required"), {},
                     QStringLiteral("/originDestinations"));
    for (int i = 0; i < legs.size(); ++i) {
        const QJsonObject leg = legs.at(i).toObject();
        const QJsonObject range = leg.value(QStringLiteral("departureDateTimeRange")).toObject();
        SearchSlice slice;
        slice.origin = leg.value(QStringLiteral("originLocationCode")).toString();
        slice.destination = leg.value(QStringLiteral("destinationLocationCode")).toString();
        slice.date = QDate::fromString(range.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QString pointer = QStringLiteral("/originDestinations[%1]").arg(i);
        if (!isCode(slice.origin) || !isCode(slice.destination) || !slice.date.isValid())
            return error(
                400, 477, QStringLiteral("INVALID FORMAT"),
                QStringLiteral("originLocationCode, destinationLocationCode (3 letters) "
                               "and departureDateTimeRange.date (YYYY-MM-DD) are required"),
                {}, pointer);
        const QTime time =
            QTime::fromString(range.value(QStringLiteral("time")).toString(), Qt::ISODate);
        if (time.isValid()) {
            const QString window = range.value(QStringLiteral("timeWindow")).toString();
            const int hours = window.endsWith(u'H') ? window.chopped(1).toInt() : 0;
            // "time" alone: from then on; with timeWindow "NH": N hours either side.
            const int seconds = time.msecsSinceStartOfDay() / 1000;
            slice.earliestDeparture =
                seconds >= hours * 3600 ? time.addSecs(-hours * 3600) : QTime(0, 0);
            if (hours > 0)
                slice.latestDeparture =
                    seconds + hours * 3600 < 86400 ? time.addSecs(hours * 3600) : QTime(23, 59);
        }
        search.slices.append(slice);
    }
    const QJsonArray travelers = body->value(QStringLiteral("travelers")).toArray();
    if (travelers.isEmpty())
        return error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"),
                     QStringLiteral("This attribute is required"), {},
                     QStringLiteral("/travelers"));
    search.passengers = {0, 0, 0};
    for (const QJsonValue &t : travelers) {
        const QString type = t.toObject().value(QStringLiteral("travelerType")).toString();
        if (type == u"CHILD")
            ++search.passengers.children;
        else if (type == u"HELD_INFANT" || type == u"SEATED_INFANT")
            ++search.passengers.infants;
        else
            ++search.passengers.adults;
    }
    if (!search.passengers.isValid())
        return error(400, 2668, QStringLiteral("PARAMETER COMBINATION INVALID/RESTRICTED"),
                     QStringLiteral("At least 1 adult, at most 9 travellers, no more infants "
                                    "than adults"),
                     {}, QStringLiteral("/travelers"));
    const QJsonObject criteria = body->value(QStringLiteral("searchCriteria")).toObject();
    const QJsonObject filters = criteria.value(QStringLiteral("flightFilters")).toObject();
    const QJsonArray cabins = filters.value(QStringLiteral("cabinRestrictions")).toArray();
    if (!cabins.isEmpty()) {
        const auto cabin =
            cabinClassFromName(cabins.at(0).toObject().value(QStringLiteral("cabin")).toString());
        if (!cabin)
            return error(
                400, 477, QStringLiteral("INVALID FORMAT"),
                QStringLiteral("cabin must be ECONOMY, PREMIUM_ECONOMY, BUSINESS or FIRST"), {},
                QStringLiteral("/searchCriteria/flightFilters/cabinRestrictions[0]/cabin"));
        search.cabin = *cabin;
    }
    const QJsonValue connections = filters.value(QStringLiteral("connectionRestriction"))
                                       .toObject()
                                       .value(QStringLiteral("maxNumberOfConnections"));
    if (connections.isDouble())
        search.maxConnections = connections.toInt();
    const QJsonObject carriers = filters.value(QStringLiteral("carrierRestrictions")).toObject();
    for (const QJsonValue &code : carriers.value(QStringLiteral("includedCarrierCodes")).toArray())
        search.airlines.append(code.toString());
    QStringList excluded;
    for (const QJsonValue &code : carriers.value(QStringLiteral("excludedCarrierCodes")).toArray())
        excluded.append(code.toString());
    const int max = criteria.value(QStringLiteral("maxFlightOffers")).toInt(MaxOffers);
    if (max < 1 || max > MaxOffers)
        return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"),
                     QStringLiteral("maxFlightOffers must be between 1 and 250"), {},
                     QStringLiteral("/searchCriteria/maxFlightOffers"));
    return searchOffers(search, max, body->value(QStringLiteral("currencyCode")).toString(),
                        excluded, baseUrl + request.path, now);
}

SandboxHttpResponse SandboxAmadeusApi::locations(const SandboxHttpRequest &request,
                                                 const QString &baseUrl) {
    const QString subType = request.queryValue(QStringLiteral("subType"));
    const QString keyword = request.queryValue(QStringLiteral("keyword"));
    if (subType.isEmpty())
        return missing(QStringLiteral("subType"));
    if (keyword.isEmpty())
        return missing(QStringLiteral("keyword"));
    const QStringList types = subType.split(u',', Qt::SkipEmptyParts);
    for (const QString &t : types) {
        if (t != u"AIRPORT" && t != u"CITY")
            return badFormat(QStringLiteral("subType"), QStringLiteral("AIRPORT, CITY or both"));
    }
    bool okLimit = true, okOffset = true;
    const QString limitText = request.queryValue(QStringLiteral("page[limit]"));
    const QString offsetText = request.queryValue(QStringLiteral("page[offset]"));
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&okLimit);
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&okOffset);
    if (!okLimit || limit < 1 || limit > 100)
        return badFormat(QStringLiteral("page[limit]"), QStringLiteral("a number from 1 to 100"));
    if (!okOffset || offset < 0)
        return badFormat(QStringLiteral("page[offset]"), QStringLiteral("a number from 0"));
    QList<Place> matches;
    for (const Place &p : SandboxPlaceIndex::instance().suggest(keyword, 100)) {
        if (types.contains(p.kind == Place::Kind::City ? QStringLiteral("CITY")
                                                       : QStringLiteral("AIRPORT")))
            matches.append(p);
    }
    QJsonArray data;
    for (qsizetype i = offset; i < matches.size() && i < qsizetype(offset) + limit; ++i)
        data.append(SandboxAmadeusJson::location(matches.at(i), baseUrl));
    auto link = [&](qsizetype at) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("subType"), subType);
        q.addQueryItem(QStringLiteral("keyword"), keyword);
        q.addQueryItem(QStringLiteral("page[limit]"), QString::number(limit));
        q.addQueryItem(QStringLiteral("page[offset]"), QString::number(at));
        QString query = q.toString(QUrl::FullyEncoded);
        query.replace(QStringLiteral("["), QStringLiteral("%5B"))
            .replace(QStringLiteral("]"), QStringLiteral("%5D"));
        return baseUrl + request.path + u'?' + query;
    };
    QJsonObject links{{QStringLiteral("self"), link(offset)},
                      {QStringLiteral("first"), link(0)},
                      {QStringLiteral("last"),
                       link(matches.isEmpty() ? 0 : (matches.size() - 1) / limit * limit)}};
    if (offset + limit < matches.size())
        links.insert(QStringLiteral("next"), link(offset + limit));
    if (offset > 0)
        links.insert(QStringLiteral("previous"), link(qMax(0, offset - limit)));
    return ok(200, {{QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), matches.size()},
                                                         {QStringLiteral("links"), links}}},
                    {QStringLiteral("data"), data}});
}

SandboxHttpResponse SandboxAmadeusApi::pricing(const SandboxHttpRequest &request,
                                               const QDateTime &now, int repricePermille) {
    const auto body = bodyData(request);
    const QJsonObject data = body ? body->value(QStringLiteral("data")).toObject() : QJsonObject();
    const QJsonArray sent = data.value(QStringLiteral("flightOffers")).toArray();
    if (sent.isEmpty())
        return error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"),
                     QStringLiteral("flightOffers is required"), {},
                     QStringLiteral("/data/flightOffers"));
    QJsonArray priced;
    QList<FlightOffer> offers;
    for (int i = 0; i < sent.size(); ++i) {
        const QJsonObject o = sent.at(i).toObject();
        const auto found = m_catalog.offer(o.value(QStringLiteral("id")).toString());
        const QString pointer = QStringLiteral("/data/flightOffers[%1]").arg(i);
        if (!found)
            return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"),
                         QStringLiteral("Flight offer not found: price the offer of a search"), {},
                         pointer);
        if (SandboxBooking::hasDeparted(found->first, now))
            return error(400, 34651, QStringLiteral("SEGMENT SELL FAILURE"),
                         QStringLiteral("The flight has departed: search again"), {}, pointer);
        const QString currency = o.value(QStringLiteral("price"))
                                     .toObject()
                                     .value(QStringLiteral("currency"))
                                     .toString();
        const auto offer =
            inCurrency(SandboxCatalog::repriced(found->first, repricePermille), currency);
        if (!offer)
            return badFormat(QStringLiteral("currency"), QStringLiteral("no sandbox rate"));
        priced.append(SandboxAmadeusJson::offer(*offer, found->second.request, true));
        offers.append(*offer);
    }
    return ok(200,
              {{QStringLiteral("data"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-offers-pricing")},
                            {QStringLiteral("flightOffers"), priced},
                            {QStringLiteral("bookingRequirements"),
                             QJsonObject{{QStringLiteral("emailAddressRequired"), true},
                                         {QStringLiteral("mobilePhoneNumberRequired"), true}}}}},
               {QStringLiteral("dictionaries"), SandboxAmadeusJson::dictionaries(offers)}});
}

SandboxHttpResponse SandboxAmadeusApi::order(const SandboxHttpRequest &request,
                                             const QDateTime &now, int repricePermille) {
    const auto body = bodyData(request);
    const QJsonObject data = body ? body->value(QStringLiteral("data")).toObject() : QJsonObject();
    const QJsonArray sent = data.value(QStringLiteral("flightOffers")).toArray();
    if (sent.size() != 1)
        return error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"),
                     QStringLiteral("flightOffers must hold the one priced offer"), {},
                     QStringLiteral("/data/flightOffers"));
    const QJsonObject sentOffer = sent.at(0).toObject();
    const auto found = m_catalog.offer(sentOffer.value(QStringLiteral("id")).toString());
    if (!found)
        return error(400, 4926, QStringLiteral("INVALID DATA RECEIVED"),
                     QStringLiteral("Flight offer not found"), {},
                     QStringLiteral("/data/flightOffers[0]"));
    if (SandboxBooking::hasDeparted(found->first, now))
        return error(400, 34651, QStringLiteral("SEGMENT SELL FAILURE"),
                     QStringLiteral("The flight has departed: search again"), {},
                     QStringLiteral("/data/flightOffers[0]"));
    const QJsonObject sentPrice = sentOffer.value(QStringLiteral("price")).toObject();
    const auto offer = inCurrency(SandboxCatalog::repriced(found->first, repricePermille),
                                  sentPrice.value(QStringLiteral("currency")).toString());
    const QString grandTotal = sentPrice.value(QStringLiteral("grandTotal")).toString();
    if (!offer ||
        (!grandTotal.isEmpty() &&
         Money::fromString(grandTotal, offer->totalAmount.currency()) != offer->totalAmount))
        return error(400, 37200, QStringLiteral("PRICE DISCREPANCY"),
                     QStringLiteral("The price changed: price the offer again"), {},
                     QStringLiteral("/data/flightOffers[0]/price/grandTotal"));
    const SearchRequest &search = found->second.request;
    const QStringList types = SandboxAmadeusJson::travelerTypes(search);
    const QJsonArray travelers = data.value(QStringLiteral("travelers")).toArray();
    QList<Traveller> list;
    for (int i = 0; i < travelers.size(); ++i) {
        const QJsonObject t = travelers.at(i).toObject();
        Traveller traveller;
        const QString type = types.value(i);
        traveller.type = type == u"CHILD"         ? Traveller::Type::Child
                         : type == u"HELD_INFANT" ? Traveller::Type::Infant
                                                  : Traveller::Type::Adult;
        const QJsonObject name = t.value(QStringLiteral("name")).toObject();
        traveller.givenName = name.value(QStringLiteral("firstName")).toString();
        traveller.familyName = name.value(QStringLiteral("lastName")).toString();
        traveller.bornOn =
            QDate::fromString(t.value(QStringLiteral("dateOfBirth")).toString(), Qt::ISODate);
        const QJsonObject contact = t.value(QStringLiteral("contact")).toObject();
        traveller.email = contact.value(QStringLiteral("emailAddress")).toString();
        const QJsonObject phone =
            contact.value(QStringLiteral("phones")).toArray().at(0).toObject();
        if (!phone.isEmpty())
            traveller.phone = u'+' + phone.value(QStringLiteral("countryCallingCode")).toString() +
                              phone.value(QStringLiteral("number")).toString();
        list.append(traveller);
    }
    const QString problem = SandboxBooking::validateTravellers(list, search.passengers);
    if (!problem.isEmpty())
        return error(400, 32171, QStringLiteral("MANDATORY DATA MISSING"), problem, {},
                     QStringLiteral("/data/travelers"));
    const QString offerId = sentOffer.value(QStringLiteral("id")).toString();
    const QString reference = SandboxBooking::bookingReference(offerId, list);
    const QString orderId = QString::fromLatin1(QUrl::toPercentEncoding(
        QString::fromLatin1((QStringLiteral("sbx:") + reference).toUtf8().toBase64())));
    return ok(201,
              {{QStringLiteral("data"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-order")},
                            {QStringLiteral("id"), orderId},
                            {QStringLiteral("queuingOfficeId"), QStringLiteral("SBX1A0000")},
                            {QStringLiteral("associatedRecords"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("reference"), reference},
                                 {QStringLiteral("creationDate"),
                                  now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))},
                                 {QStringLiteral("originSystemCode"), QStringLiteral("GDS")},
                                 {QStringLiteral("flightOfferId"), offerId}}}},
                            {QStringLiteral("flightOffers"),
                             QJsonArray{SandboxAmadeusJson::offer(*offer, search, true)}},
                            {QStringLiteral("travelers"), travelers}}},
               {QStringLiteral("dictionaries"), SandboxAmadeusJson::dictionaries({*offer})}});
}
