// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusJson.h"

#include "geo/GeoDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace {
QString cabinName(CabinClass cabin) {
    switch (cabin) {
    case CabinClass::Economy:
        return QStringLiteral("ECONOMY");
    case CabinClass::PremiumEconomy:
        return QStringLiteral("PREMIUM_ECONOMY");
    case CabinClass::Business:
        return QStringLiteral("BUSINESS");
    case CabinClass::First:
        return QStringLiteral("FIRST");
    }
    return QStringLiteral("ECONOMY");
}

bool isOutAndBack(const SearchRequest &request) {
    return request.slices.size() == 2 &&
           request.slices[1].origin == request.slices[0].destination &&
           request.slices[1].destination == request.slices[0].origin;
}

bool hasTimeWindow(const SearchSlice &slice) {
    return slice.earliestDeparture.isValid() || slice.latestDeparture.isValid();
}

QJsonObject dateTimeRange(const SearchSlice &slice) {
    QJsonObject range{{QStringLiteral("date"), slice.date.toString(Qt::ISODate)}};
    if (!hasTimeWindow(slice))
        return range;
    const int from = slice.earliestDeparture.isValid()
                         ? slice.earliestDeparture.msecsSinceStartOfDay() / 1000
                         : 0;
    const int to = slice.latestDeparture.isValid()
                       ? slice.latestDeparture.msecsSinceStartOfDay() / 1000
                       : 24 * 3600 - 60;
    const int lo = std::min(from, to);
    const int hi = std::max(from, to);
    const int middle = lo + (hi - lo) / 2;
    const int halfHours = std::clamp((hi - lo + 7199) / 7200, 1, 12);
    range.insert(
        QStringLiteral("time"),
        QTime::fromMSecsSinceStartOfDay(middle * 1000).toString(QStringLiteral("HH:mm:ss")));
    range.insert(QStringLiteral("timeWindow"), QString::number(halfHours) + u'H');
    return range;
}

// ITU-T E.164 country calling codes of one and two digits; every other code has three.
constexpr int TwoDigitCodes[] = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46,
                                 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63,
                                 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
} // namespace

namespace AmadeusJson {
QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret) {
    // Every reserved character ('+', '&', '=', '%') of an id or secret is percent-encoded.
    return QByteArrayLiteral("grant_type=client_credentials&client_id=") +
           QUrl::toPercentEncoding(clientId) + QByteArrayLiteral("&client_secret=") +
           QUrl::toPercentEncoding(clientSecret);
}

std::optional<AmadeusToken> parseToken(const QByteArray &body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AmadeusToken token;
    token.accessToken = o.value(QLatin1String("access_token")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    token.expiresInSeconds =
        expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble());
    if (!token.isValid())
        return std::nullopt;
    return token;
}

bool needsPost(const SearchRequest &request) {
    if (request.slices.size() > 2 || (request.slices.size() == 2 && !isOutAndBack(request)))
        return true;
    if (std::any_of(request.slices.cbegin(), request.slices.cend(), hasTimeWindow))
        return true;
    return request.maxConnections && *request.maxConnections > 0;
}

QUrlQuery searchQuery(const SearchRequest &request, const QString &currency, int max) {
    QUrlQuery q;
    if (request.slices.isEmpty())
        return q;
    const SearchSlice &out = request.slices.first();
    q.addQueryItem(QStringLiteral("originLocationCode"), out.origin);
    q.addQueryItem(QStringLiteral("destinationLocationCode"), out.destination);
    q.addQueryItem(QStringLiteral("departureDate"), out.date.toString(Qt::ISODate));
    if (isOutAndBack(request))
        q.addQueryItem(QStringLiteral("returnDate"), request.slices[1].date.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("adults"), QString::number(request.passengers.adults));
    if (request.passengers.children > 0)
        q.addQueryItem(QStringLiteral("children"), QString::number(request.passengers.children));
    if (request.passengers.infants > 0)
        q.addQueryItem(QStringLiteral("infants"), QString::number(request.passengers.infants));
    q.addQueryItem(QStringLiteral("travelClass"), cabinName(request.cabin));
    if (request.maxConnections && *request.maxConnections == 0)
        q.addQueryItem(QStringLiteral("nonStop"), QStringLiteral("true"));
    if (!request.airlines.isEmpty())
        q.addQueryItem(QStringLiteral("includedAirlineCodes"),
                       request.airlines.join(u',').toUpper());
    if (!currency.isEmpty())
        q.addQueryItem(QStringLiteral("currencyCode"), currency);
    q.addQueryItem(QStringLiteral("max"), QString::number(std::clamp(max, 1, MaxOffers)));
    return q;
}

QJsonObject searchBody(const SearchRequest &request, const QString &currency, int max) {
    QJsonArray originDestinations;
    QJsonArray sliceIds;
    for (int i = 0; i < request.slices.size(); ++i) {
        const SearchSlice &slice = request.slices[i];
        const QString id = QString::number(i + 1);
        sliceIds.append(id);
        originDestinations.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("originLocationCode"), slice.origin},
            {QStringLiteral("destinationLocationCode"), slice.destination},
            {QStringLiteral("departureDateTimeRange"), dateTimeRange(slice)},
        });
    }
    QJsonArray travelers;
    int next = 1;
    const auto add = [&](const QString &type) {
        QJsonObject t{{QStringLiteral("id"), QString::number(next++)},
                      {QStringLiteral("travelerType"), type}};
        travelers.append(t);
        return t;
    };
    for (int i = 0; i < request.passengers.adults; ++i)
        add(QStringLiteral("ADULT"));
    for (int i = 0; i < request.passengers.children; ++i)
        add(QStringLiteral("CHILD"));
    for (int i = 0; i < request.passengers.infants; ++i) {
        QJsonObject infant{{QStringLiteral("id"), QString::number(next++)},
                           {QStringLiteral("travelerType"), QStringLiteral("HELD_INFANT")},
                           {QStringLiteral("associatedAdultId"), QString::number(i + 1)}};
        travelers.append(infant);
    }

    QJsonObject filters{
        {QStringLiteral("cabinRestrictions"),
         QJsonArray{QJsonObject{{QStringLiteral("cabin"), cabinName(request.cabin)},
                                {QStringLiteral("coverage"), QStringLiteral("MOST_SEGMENTS")},
                                {QStringLiteral("originDestinationIds"), sliceIds}}}}};
    if (request.maxConnections)
        filters.insert(QStringLiteral("connectionRestriction"),
                       QJsonObject{{QStringLiteral("maxNumberOfConnections"),
                                    std::clamp(*request.maxConnections, 0, 2)}});
    if (!request.airlines.isEmpty()) {
        QJsonArray carriers;
        for (const QString &code : request.airlines)
            carriers.append(code.toUpper());
        filters.insert(QStringLiteral("carrierRestrictions"),
                       QJsonObject{{QStringLiteral("includedCarrierCodes"), carriers}});
    }
    QJsonObject body{
        {QStringLiteral("originDestinations"), originDestinations},
        {QStringLiteral("travelers"), travelers},
        {QStringLiteral("sources"), QJsonArray{QStringLiteral("GDS")}},
        {QStringLiteral("searchCriteria"),
         QJsonObject{{QStringLiteral("maxFlightOffers"), std::clamp(max, 1, MaxOffers)},
                     {QStringLiteral("flightFilters"), filters}}},
    };
    if (!currency.isEmpty())
        body.insert(QStringLiteral("currencyCode"), currency);
    return body;
}

QUrlQuery locationsQuery(const QString &keyword, int pageLimit) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("subType"), QStringLiteral("CITY,AIRPORT"));
    q.addQueryItem(QStringLiteral("keyword"), keyword.trimmed().toUpper());
    q.addQueryItem(QStringLiteral("page[limit]"), QString::number(std::max(1, pageLimit)));
    q.addQueryItem(QStringLiteral("view"), QStringLiteral("LIGHT"));
    return q;
}

std::optional<AmadeusLocationsPage> parseLocations(const QByteArray &body, const GeoDatabase &geo) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        return std::nullopt;
    const QJsonObject root = doc.object();
    AmadeusLocationsPage page;
    const QJsonArray data = root.value(QLatin1String("data")).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("iataCode")).toString().toUpper();
        if (code.size() != 3)
            continue;
        const bool isCity = o.value(QLatin1String("subType")).toString() == QLatin1String("CITY");
        Place place;
        if (isCity) {
            if (const City *city = geo.city(code))
                place = geo.placeForCity(*city);
            else if (geo.placeForCode(code).kind == Place::Kind::City)
                place = geo.placeForCode(code);
        } else if (const Airport *airport = geo.airport(code)) {
            place = geo.placeForAirport(*airport);
        }
        if (!place.isValid()) {
            const QJsonObject address = o.value(QLatin1String("address")).toObject();
            place.code = code;
            place.kind = isCity ? Place::Kind::City : Place::Kind::Airport;
            place.name = displayCase(o.value(QLatin1String("name")).toString());
            place.cityCode = isCity ? code : address.value(QLatin1String("cityCode")).toString();
            place.countryCode = address.value(QLatin1String("countryCode")).toString();
        }
        page.places.append(place);
    }
    const QString next = root.value(QLatin1String("meta"))
                             .toObject()
                             .value(QLatin1String("links"))
                             .toObject()
                             .value(QLatin1String("next"))
                             .toString();
    if (!next.isEmpty())
        page.next = QUrl(next);
    return page;
}

QJsonObject pricingBody(const QJsonObject &rawOffer) {
    return QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-offers-pricing")},
                     {QStringLiteral("flightOffers"), QJsonArray{rawOffer}}}}};
}

QJsonObject orderBody(const QJsonObject &rawOffer, const QList<Traveller> &travellers,
                      QString *error) {
    // The offer's traveller ids by type, in order.
    QHash<QString, QStringList> idsByType;
    const QJsonArray pricings = rawOffer.value(QLatin1String("travelerPricings")).toArray();
    for (const QJsonValue &v : pricings) {
        const QJsonObject p = v.toObject();
        idsByType[p.value(QLatin1String("travelerType")).toString()].append(
            p.value(QLatin1String("travelerId")).toString());
    }
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QJsonObject();
    };
    if (travellers.size() != pricings.size())
        return fail(QStringLiteral("the offer is for %1 travellers, %2 given")
                        .arg(pricings.size())
                        .arg(travellers.size()));
    QHash<QString, int> used;
    QJsonArray travelers;
    for (const Traveller &t : travellers) {
        const QString type = t.type == Traveller::Type::Adult   ? QStringLiteral("ADULT")
                             : t.type == Traveller::Type::Child ? QStringLiteral("CHILD")
                                                                : QStringLiteral("HELD_INFANT");
        const QStringList ids = idsByType.value(type);
        const int index = used[type]++;
        if (index >= ids.size())
            return fail(QStringLiteral("the offer has no %1 traveller left").arg(type));
        if (t.givenName.trimmed().isEmpty() || t.familyName.trimmed().isEmpty() ||
            !t.bornOn.isValid())
            return fail(
                QStringLiteral("traveller %1 needs a name and a birth date").arg(ids[index]));
        QJsonObject traveler{
            {QStringLiteral("id"), ids[index]},
            {QStringLiteral("dateOfBirth"), t.bornOn.toString(Qt::ISODate)},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("firstName"), t.givenName.trimmed().toUpper()},
                         {QStringLiteral("lastName"), t.familyName.trimmed().toUpper()}}},
        };
        if (t.gender != Traveller::Gender::Unspecified)
            traveler.insert(QStringLiteral("gender"), t.gender == Traveller::Gender::Female
                                                          ? QStringLiteral("FEMALE")
                                                          : QStringLiteral("MALE"));
        QJsonObject contact;
        if (!t.email.isEmpty())
            contact.insert(QStringLiteral("emailAddress"), t.email);
        const auto [countryCode, number] = splitPhone(t.phone);
        if (!number.isEmpty())
            contact.insert(
                QStringLiteral("phones"),
                QJsonArray{QJsonObject{{QStringLiteral("deviceType"), QStringLiteral("MOBILE")},
                                       {QStringLiteral("countryCallingCode"), countryCode},
                                       {QStringLiteral("number"), number}}});
        if (!contact.isEmpty())
            traveler.insert(QStringLiteral("contact"), contact);
        travelers.append(traveler);
    }
    return QJsonObject{{QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-order")},
                                    {QStringLiteral("flightOffers"), QJsonArray{rawOffer}},
                                    {QStringLiteral("travelers"), travelers}}}};
}

std::optional<Order> parseOrder(const QByteArray &body, const QString &offerId,
                                const QList<Traveller> &travellers, const QDateTime &now) {
    const QJsonObject data =
        QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject();
    Order order;
    order.id = data.value(QLatin1String("id")).toString();
    if (order.id.isEmpty())
        return std::nullopt;
    order.provider = QStringLiteral("amadeus");
    order.offerId = offerId;
    order.travellers = travellers;
    const QJsonObject record =
        data.value(QLatin1String("associatedRecords")).toArray().at(0).toObject();
    order.bookingReference = record.value(QLatin1String("reference")).toString();
    QDateTime created = QDateTime::fromString(
        record.value(QLatin1String("creationDate")).toString(), Qt::ISODateWithMs);
    if (created.isValid() && created.timeSpec() == Qt::LocalTime)
        created = QDateTime(created.date(), created.time(), QTimeZone::utc());
    order.createdAt = created.isValid() ? created.toUTC() : now.toUTC();
    const QJsonObject price = data.value(QLatin1String("flightOffers"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("price"))
                                  .toObject();
    QString total = price.value(QLatin1String("grandTotal")).toString();
    if (total.isEmpty())
        total = price.value(QLatin1String("total")).toString();
    if (auto money = Money::fromString(total, price.value(QLatin1String("currency")).toString()))
        order.totalAmount = *money;
    return order;
}

QString displayCase(const QString &text) {
    QString out = text.simplified();
    qsizetype start = 0;
    while (start < out.size()) {
        qsizetype end = start;
        while (end < out.size() && out[end] != u' ' && out[end] != u'-' && out[end] != u'/')
            ++end;
        const QStringView word = QStringView(out).mid(start, end - start);
        const bool lettersOnly =
            std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
        if (!(lettersOnly && word.size() <= 3)) {
            bool first = true;
            for (qsizetype i = start; i < end; ++i) {
                if (out[i].isLetter()) {
                    out[i] = first ? out[i].toUpper() : out[i].toLower();
                    first = false;
                } else if (out[i] != u'\'') {
                    first = !out[i].isDigit();
                }
            }
        }
        start = end + 1;
    }
    return out;
}

std::pair<QString, QString> splitPhone(const QString &e164) {
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return {};
    }
    if (!e164.trimmed().startsWith(u'+') || digits.size() < 8 || digits.size() > 15)
        return {};
    int length = 3;
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        length = 1;
    else if (std::find(std::begin(TwoDigitCodes), std::end(TwoDigitCodes),
                       digits.left(2).toInt()) != std::end(TwoDigitCodes))
        length = 2;
    return {digits.left(length), digits.mid(length)};
}
} // namespace AmadeusJson
