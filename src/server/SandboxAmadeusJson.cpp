// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAmadeusJson.h"

#include "SandboxCatalog.h"
#include "SandboxDuffelJson.h"
#include "geo/GeoDatabase.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace {
QString cabinName(CabinClass cabin) {
    return cabinClassName(cabin).toUpper();
}

/** Splits @p total by weights, the last share taking the rounding remainder. */
QList<Money> split(const Money &total, const QList<int> &weights) {
    int sum = 0;
    for (int w : weights)
        sum += w;
    QList<Money> shares;
    Money rest = total;
    for (int i = 0; i < weights.size(); ++i) {
        const Money share = i + 1 == weights.size()
                                ? rest
                                : total.scaled(weights.at(i), qMax(1, sum)).roundedToMinor();
        shares.append(share);
        rest = rest + share.multipliedBy(-1);
    }
    return shares;
}

QJsonObject price(const Money &total, bool withTaxes) {
    const Money tax = SandboxCatalog::taxOf(total);
    QJsonObject p{{QStringLiteral("currency"), total.currency()},
                  {QStringLiteral("total"), total.amountString()},
                  {QStringLiteral("base"), (total + tax.multipliedBy(-1)).amountString()}};
    if (withTaxes)
        p.insert(QStringLiteral("taxes"),
                 QJsonArray{QJsonObject{{QStringLiteral("amount"), tax.amountString()},
                                        {QStringLiteral("code"), QStringLiteral("YQ")}}});
    return p;
}
} // namespace

QStringList SandboxAmadeusJson::travelerTypes(const SearchRequest &request) {
    QStringList types;
    for (int i = 0; i < request.passengers.adults; ++i)
        types.append(QStringLiteral("ADULT"));
    for (int i = 0; i < request.passengers.children; ++i)
        types.append(QStringLiteral("CHILD"));
    for (int i = 0; i < request.passengers.infants; ++i)
        types.append(QStringLiteral("HELD_INFANT"));
    return types;
}

QJsonObject SandboxAmadeusJson::offer(const FlightOffer &offer, const SearchRequest &request,
                                      bool withTaxes) {
    QJsonArray itineraries;
    QJsonArray fareDetails;
    int segmentId = 0;
    for (const Slice &slice : offer.slices) {
        QJsonArray segments;
        for (const Segment &seg : slice.segments) {
            ++segmentId;
            segments.append(QJsonObject{
                {QStringLiteral("departure"),
                 QJsonObject{{QStringLiteral("iataCode"), seg.origin},
                             {QStringLiteral("at"),
                              seg.departure.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}}},
                {QStringLiteral("arrival"),
                 QJsonObject{{QStringLiteral("iataCode"), seg.destination},
                             {QStringLiteral("at"),
                              seg.arrival.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}}},
                {QStringLiteral("carrierCode"), seg.carrier},
                {QStringLiteral("number"), seg.flightNumber},
                {QStringLiteral("aircraft"),
                 QJsonObject{
                     {QStringLiteral("code"), SandboxDuffelJson::aircraftCode(seg.aircraft)}}},
                {QStringLiteral("operating"),
                 QJsonObject{{QStringLiteral("carrierCode"), seg.carrier}}},
                {QStringLiteral("duration"), Slice::isoDuration(seg.durationMinutes())},
                {QStringLiteral("id"), QString::number(segmentId)},
                {QStringLiteral("numberOfStops"), 0},
                {QStringLiteral("blacklistedInEU"), false}});
            fareDetails.append(
                QJsonObject{{QStringLiteral("segmentId"), QString::number(segmentId)},
                            {QStringLiteral("cabin"), cabinName(offer.cabin)},
                            {QStringLiteral("fareBasis"), QStringLiteral("Y20SBX")},
                            {QStringLiteral("class"), QStringLiteral("Y")},
                            {QStringLiteral("includedCheckedBags"),
                             QJsonObject{{QStringLiteral("quantity"), 1}}}});
        }
        itineraries.append(
            QJsonObject{{QStringLiteral("duration"), Slice::isoDuration(slice.durationMinutes())},
                        {QStringLiteral("segments"), segments}});
    }
    const QStringList types = travelerTypes(request);
    QList<int> weights;
    for (const QString &t : types)
        weights.append(t == u"ADULT" ? 100 : t == u"CHILD" ? 75 : 10);
    const QList<Money> shares = split(offer.totalAmount, weights);
    QJsonArray travelerPricings;
    for (int i = 0; i < types.size(); ++i)
        travelerPricings.append(
            QJsonObject{{QStringLiteral("travelerId"), QString::number(i + 1)},
                        {QStringLiteral("fareOption"), QStringLiteral("STANDARD")},
                        {QStringLiteral("travelerType"), types.at(i)},
                        {QStringLiteral("price"), price(shares.at(i), withTaxes)},
                        {QStringLiteral("fareDetailsBySegment"), fareDetails}});
    QJsonObject total = price(offer.totalAmount, withTaxes);
    total.insert(QStringLiteral("fees"),
                 QJsonArray{QJsonObject{{QStringLiteral("amount"), QStringLiteral("0.00")},
                                        {QStringLiteral("type"), QStringLiteral("SUPPLIER")}},
                            QJsonObject{{QStringLiteral("amount"), QStringLiteral("0.00")},
                                        {QStringLiteral("type"), QStringLiteral("TICKETING")}}});
    total.insert(QStringLiteral("grandTotal"), offer.totalAmount.amountString());
    if (withTaxes)
        total.insert(QStringLiteral("billingCurrency"), offer.totalAmount.currency());
    const QDate first = offer.slices.isEmpty() ? QDate() : offer.slices.first().departure().date();
    return {{QStringLiteral("type"), QStringLiteral("flight-offer")},
            {QStringLiteral("id"), offer.id},
            {QStringLiteral("source"), QStringLiteral("GDS")},
            {QStringLiteral("instantTicketingRequired"), false},
            {QStringLiteral("nonHomogeneous"), false},
            {QStringLiteral("oneWay"), offer.slices.size() == 1},
            {QStringLiteral("lastTicketingDate"), first.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("numberOfBookableSeats"), 9},
            {QStringLiteral("itineraries"), itineraries},
            {QStringLiteral("price"), total},
            {QStringLiteral("pricingOptions"),
             QJsonObject{{QStringLiteral("fareType"), QJsonArray{QStringLiteral("PUBLISHED")}},
                         {QStringLiteral("includedCheckedBagsOnly"), true}}},
            {QStringLiteral("validatingAirlineCodes"), QJsonArray{offer.ownerCode}},
            {QStringLiteral("travelerPricings"), travelerPricings}};
}

QJsonObject SandboxAmadeusJson::dictionaries(const QList<FlightOffer> &offers) {
    const GeoDatabase &geo = GeoDatabase::instance();
    QJsonObject locations, aircraft, carriers, currencies;
    for (const FlightOffer &offer : offers) {
        currencies.insert(offer.totalAmount.currency(), offer.totalAmount.currency());
        for (const Slice &slice : offer.slices) {
            for (const Segment &seg : slice.segments) {
                for (const QString &code : {seg.origin, seg.destination}) {
                    if (locations.contains(code))
                        continue;
                    const Airport *a = geo.airport(code);
                    locations.insert(
                        code, QJsonObject{
                                  {QStringLiteral("cityCode"), a ? a->cityCode : code},
                                  {QStringLiteral("countryCode"), a ? a->countryCode : QString()}});
                }
                aircraft.insert(SandboxDuffelJson::aircraftCode(seg.aircraft),
                                seg.aircraft.toUpper());
                carriers.insert(seg.carrier, seg.carrierName.toUpper());
            }
        }
    }
    return {{QStringLiteral("locations"), locations},
            {QStringLiteral("aircraft"), aircraft},
            {QStringLiteral("currencies"), currencies},
            {QStringLiteral("carriers"), carriers}};
}

QString SandboxAmadeusJson::locationId(const Place &place) {
    return (place.kind == Place::Kind::City ? u'C' : u'A') + place.code;
}

QJsonObject SandboxAmadeusJson::location(const Place &place, const QString &base) {
    const GeoDatabase &geo = GeoDatabase::instance();
    const Place city = geo.placeForCode(place.cityCode);
    const QString cityName = (city.isValid() ? city.name : place.name).toUpper();
    double lat = 0, lon = 0;
    if (const Airport *a =
            geo.airport(place.kind == Place::Kind::Airport ? place.code : QString())) {
        lat = a->latitude;
        lon = a->longitude;
    } else if (const City *c = geo.city(place.code)) {
        lat = c->latitude;
        lon = c->longitude;
    }
    const QTimeZone zone(place.timeZone);
    const int offset = zone.isValid() ? zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) : 0;
    const QString offsetText = QStringLiteral("%1%2:%3")
                                   .arg(offset < 0 ? u'-' : u'+')
                                   .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                   .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString id = locationId(place);
    return {{QStringLiteral("type"), QStringLiteral("location")},
            {QStringLiteral("subType"),
             place.kind == Place::Kind::City ? QStringLiteral("CITY") : QStringLiteral("AIRPORT")},
            {QStringLiteral("name"), place.name.toUpper()},
            {QStringLiteral("detailedName"),
             cityName + u'/' + place.countryCode + u':' + place.name.toUpper()},
            {QStringLiteral("id"), id},
            {QStringLiteral("self"),
             QJsonObject{{QStringLiteral("href"),
                          base + QStringLiteral("/v1/reference-data/locations/") + id},
                         {QStringLiteral("methods"), QJsonArray{QStringLiteral("GET")}}}},
            {QStringLiteral("timeZoneOffset"), offsetText},
            {QStringLiteral("iataCode"), place.code},
            {QStringLiteral("geoCode"),
             QJsonObject{{QStringLiteral("latitude"), lat}, {QStringLiteral("longitude"), lon}}},
            {QStringLiteral("address"),
             QJsonObject{{QStringLiteral("cityName"), cityName},
                         {QStringLiteral("cityCode"), place.cityCode},
                         {QStringLiteral("countryCode"), place.countryCode}}}};
}

QJsonObject SandboxAmadeusJson::error(int status, int code, const QString &title,
                                      const QString &detail, const QString &parameter,
                                      const QString &pointer) {
    QJsonObject e{{QStringLiteral("status"), status},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("detail"), detail}};
    if (!parameter.isEmpty())
        e.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("parameter"), parameter}});
    else if (!pointer.isEmpty())
        e.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("pointer"), pointer}});
    return {{QStringLiteral("errors"), QJsonArray{e}}};
}
