// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferJson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {
QJsonObject segmentToJson(const Segment &s) {
    return QJsonObject{
        {QStringLiteral("carrier"), s.carrier},
        {QStringLiteral("carrier_name"), s.carrierName},
        {QStringLiteral("flight_number"), s.flightNumber},
        {QStringLiteral("origin"), s.origin},
        {QStringLiteral("destination"), s.destination},
        {QStringLiteral("departure"), OfferJson::isoWithOffset(s.departure)},
        {QStringLiteral("departure_tz"), QString::fromLatin1(s.departure.timeZone().id())},
        {QStringLiteral("arrival"), OfferJson::isoWithOffset(s.arrival)},
        {QStringLiteral("arrival_tz"), QString::fromLatin1(s.arrival.timeZone().id())},
        {QStringLiteral("aircraft"), s.aircraft},
    };
}

std::optional<QDateTime> timeFromJson(const QJsonObject &o, const QString &key) {
    const QString text = o.value(key).toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || (t.timeSpec() != Qt::OffsetFromUTC && t.timeSpec() != Qt::UTC))
        return std::nullopt;
    const QByteArray zoneId = o.value(key + QStringLiteral("_tz")).toString().toLatin1();
    if (!zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId))
        t = t.toTimeZone(QTimeZone(zoneId));
    return t;
}

std::optional<Segment> segmentFromJson(const QJsonObject &o) {
    Segment s;
    s.carrier = o.value(QStringLiteral("carrier")).toString();
    s.carrierName = o.value(QStringLiteral("carrier_name")).toString();
    s.flightNumber = o.value(QStringLiteral("flight_number")).toString();
    s.origin = o.value(QStringLiteral("origin")).toString();
    s.destination = o.value(QStringLiteral("destination")).toString();
    s.aircraft = o.value(QStringLiteral("aircraft")).toString();
    const auto dep = timeFromJson(o, QStringLiteral("departure"));
    const auto arr = timeFromJson(o, QStringLiteral("arrival"));
    if (!dep || !arr || s.origin.isEmpty() || s.destination.isEmpty())
        return std::nullopt;
    s.departure = *dep;
    s.arrival = *arr;
    return s;
}
} // namespace

namespace OfferJson {
QString isoWithOffset(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    const int offset = time.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const FlightOffer &offer) {
    QJsonArray slices;
    for (const Slice &slice : offer.slices) {
        QJsonArray segments;
        for (const Segment &s : slice.segments)
            segments.append(segmentToJson(s));
        slices.append(QJsonObject{
            {QStringLiteral("origin"), slice.origin()},
            {QStringLiteral("destination"), slice.destination()},
            {QStringLiteral("departure"), isoWithOffset(slice.departure())},
            {QStringLiteral("arrival"), isoWithOffset(slice.arrival())},
            {QStringLiteral("duration"), Slice::isoDuration(slice.durationMinutes())},
            {QStringLiteral("segments"), segments},
        });
    }
    QJsonObject json{
        {QStringLiteral("id"), offer.id},
        {QStringLiteral("provider"), offer.provider},
        {QStringLiteral("total_amount"), offer.totalAmount.amountString()},
        {QStringLiteral("total_currency"), offer.totalAmount.currency()},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("code"), offer.ownerCode},
                                              {QStringLiteral("name"), offer.ownerName}}},
        {QStringLiteral("cabin"), cabinClassName(offer.cabin)},
        {QStringLiteral("slices"), slices},
    };
    if (offer.expiresAt.isValid())
        json.insert(QStringLiteral("expires_at"), offer.expiresAt.toUTC().toString(Qt::ISODate));
    return json;
}

std::optional<FlightOffer> fromJson(const QJsonObject &o) {
    FlightOffer offer;
    offer.id = o.value(QStringLiteral("id")).toString();
    offer.provider = o.value(QStringLiteral("provider")).toString();
    const auto amount = Money::fromString(o.value(QStringLiteral("total_amount")).toString(),
                                          o.value(QStringLiteral("total_currency")).toString());
    if (offer.id.isEmpty() || !amount)
        return std::nullopt;
    offer.totalAmount = *amount;
    const QJsonObject owner = o.value(QStringLiteral("owner")).toObject();
    offer.ownerCode = owner.value(QStringLiteral("code")).toString();
    offer.ownerName = owner.value(QStringLiteral("name")).toString();
    offer.cabin = cabinClassFromName(o.value(QStringLiteral("cabin")).toString())
                      .value_or(CabinClass::Economy);
    const QString expires = o.value(QStringLiteral("expires_at")).toString();
    if (!expires.isEmpty())
        offer.expiresAt = QDateTime::fromString(expires, Qt::ISODate).toUTC();
    const QJsonArray slices = o.value(QStringLiteral("slices")).toArray();
    for (const QJsonValue &sliceValue : slices) {
        Slice slice;
        const QJsonArray segments =
            sliceValue.toObject().value(QStringLiteral("segments")).toArray();
        for (const QJsonValue &segmentValue : segments) {
            const auto segment = segmentFromJson(segmentValue.toObject());
            if (!segment)
                return std::nullopt;
            slice.segments.append(*segment);
        }
        if (!slice.isValid())
            return std::nullopt;
        offer.slices.append(slice);
    }
    if (offer.slices.isEmpty())
        return std::nullopt;
    return offer;
}

QJsonObject requestToJson(const SearchRequest &request) {
    QJsonArray slices;
    for (const SearchSlice &s : request.slices) {
        QJsonObject slice{{QStringLiteral("origin"), s.origin},
                          {QStringLiteral("destination"), s.destination},
                          {QStringLiteral("departure_date"), s.date.toString(Qt::ISODate)}};
        if (s.earliestDeparture.isValid())
            slice.insert(QStringLiteral("departure_time_from"),
                         s.earliestDeparture.toString(QStringLiteral("HH:mm")));
        if (s.latestDeparture.isValid())
            slice.insert(QStringLiteral("departure_time_to"),
                         s.latestDeparture.toString(QStringLiteral("HH:mm")));
        slices.append(slice);
    }
    QJsonObject json{
        {QStringLiteral("slices"), slices},
        {QStringLiteral("passengers"),
         QJsonObject{{QStringLiteral("adults"), request.passengers.adults},
                     {QStringLiteral("children"), request.passengers.children},
                     {QStringLiteral("infants"), request.passengers.infants}}},
        {QStringLiteral("cabin"), cabinClassName(request.cabin)},
    };
    if (request.maxConnections)
        json.insert(QStringLiteral("max_connections"), *request.maxConnections);
    if (!request.airlines.isEmpty())
        json.insert(QStringLiteral("airlines"), QJsonArray::fromStringList(request.airlines));
    if (request.maxPrice)
        json.insert(QStringLiteral("max_price"),
                    QJsonObject{{QStringLiteral("amount"), request.maxPrice->amountString()},
                                {QStringLiteral("currency"), request.maxPrice->currency()}});
    return json;
}
} // namespace OfferJson
