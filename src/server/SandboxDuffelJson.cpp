// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxDuffelJson.h"

#include "SandboxCatalog.h"
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxRandom.h"

#include <QTimeZone>

namespace {
QString hashId(const QString &prefix, std::initializer_list<QStringView> parts) {
    return prefix + QStringLiteral("%1").arg(SandboxRandom::hash(parts), 16, 16, QLatin1Char('0'));
}

QString localTime(const QDateTime &t) {
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonValue nullable(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject carrier(const QString &code, const QString &name) {
    return {{QStringLiteral("id"), QStringLiteral("aln_00001876") + code},
            {QStringLiteral("iata_code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("logo_symbol_url"), QJsonValue::Null},
            {QStringLiteral("conditions_of_carriage_url"), QJsonValue::Null}};
}
} // namespace

QStringList SandboxDuffelJson::passengerIds(const QString &searchKey,
                                            const SearchRequest &request) {
    QStringList ids;
    for (int i = 0; i < request.passengers.total(); ++i)
        ids.append(hashId(QStringLiteral("pas_"), {u"pas", searchKey, QString::number(i)}));
    return ids;
}

QJsonArray SandboxDuffelJson::passengers(const QStringList &ids, const SearchRequest &request) {
    QJsonArray result;
    const Passengers &p = request.passengers;
    for (int i = 0; i < ids.size(); ++i) {
        QJsonObject o{{QStringLiteral("id"), ids.at(i)},
                      {QStringLiteral("given_name"), QJsonValue::Null},
                      {QStringLiteral("family_name"), QJsonValue::Null},
                      {QStringLiteral("loyalty_programme_accounts"), QJsonArray()}};
        if (i < p.adults) {
            o.insert(QStringLiteral("type"), QStringLiteral("adult"));
            o.insert(QStringLiteral("age"), QJsonValue::Null);
        } else if (i < p.adults + p.children) {
            o.insert(QStringLiteral("type"), QStringLiteral("child"));
            o.insert(QStringLiteral("age"), request.childAges.value(i - p.adults, 10));
        } else {
            o.insert(QStringLiteral("type"), QStringLiteral("infant_without_seat"));
            o.insert(QStringLiteral("age"), 1);
        }
        result.append(o);
    }
    return result;
}

QJsonObject SandboxDuffelJson::place(const Place &place) {
    const GeoDatabase &geo = GeoDatabase::instance();
    const QString cc = place.countryCode;
    const Place city = geo.placeForCode(place.cityCode);
    QJsonObject cityObject{
        {QStringLiteral("type"), QStringLiteral("city")},
        {QStringLiteral("id"),
         QStringLiteral("cit_") + place.cityCode.toLower() + u'_' + cc.toLower()},
        {QStringLiteral("iata_code"), place.cityCode},
        {QStringLiteral("name"), city.isValid() ? city.name : place.name},
        {QStringLiteral("iata_country_code"), cc}};
    if (place.kind == Place::Kind::City) {
        QJsonArray airports;
        for (const Airport *a : geo.airportsOfCity(place.code))
            airports.append(SandboxDuffelJson::place(geo.placeForAirport(*a)));
        cityObject.insert(QStringLiteral("airports"), airports);
        cityObject.insert(QStringLiteral("time_zone"), QString::fromLatin1(place.timeZone));
        return cityObject;
    }
    const Airport *a = geo.airport(place.code);
    return {
        {QStringLiteral("type"), QStringLiteral("airport")},
        {QStringLiteral("id"), QStringLiteral("arp_") + place.code.toLower() + u'_' + cc.toLower()},
        {QStringLiteral("iata_code"), place.code},
        {QStringLiteral("icao_code"), QJsonValue::Null},
        {QStringLiteral("name"), place.name},
        {QStringLiteral("city_name"), city.isValid() ? city.name : place.name},
        {QStringLiteral("iata_city_code"), place.cityCode},
        {QStringLiteral("iata_country_code"), cc},
        {QStringLiteral("time_zone"), QString::fromLatin1(place.timeZone)},
        {QStringLiteral("latitude"), a ? a->latitude : 0.0},
        {QStringLiteral("longitude"), a ? a->longitude : 0.0},
        {QStringLiteral("city"), cityObject},
        {QStringLiteral("airports"), QJsonValue::Null}};
}

QString SandboxDuffelJson::timestamp(const QDateTime &utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString SandboxDuffelJson::aircraftCode(const QString &name) {
    QString digits;
    qsizetype dash = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isDigit())
            digits += name.at(i);
        else if (name.at(i) == u'-' && dash < 0)
            dash = digits.size();
    }
    if (dash >= 2 && digits.size() > dash)
        return digits.left(2) + digits.at(dash);
    return digits.left(3);
}

QJsonObject SandboxDuffelJson::offer(const FlightOffer &offer, const SearchRequest &request,
                                     const QStringList &passengerIds, const QDateTime &now) {
    const GeoDatabase &geo = GeoDatabase::instance();
    const Money tax = SandboxCatalog::taxOf(offer.totalAmount);
    const Money base = offer.totalAmount + tax.multipliedBy(-1);
    const QString currency = offer.totalAmount.currency();
    const QString cabin = cabinClassName(offer.cabin);
    QString cabinName = cabin.at(0).toUpper() + cabin.mid(1);
    cabinName.replace(u'_', u' ');
    QJsonArray slices;
    for (int s = 0; s < offer.slices.size(); ++s) {
        const Slice &slice = offer.slices.at(s);
        QJsonArray segments;
        for (int g = 0; g < slice.segments.size(); ++g) {
            const Segment &seg = slice.segments.at(g);
            QJsonArray segPassengers;
            for (const QString &id : passengerIds)
                segPassengers.append(QJsonObject{
                    {QStringLiteral("passenger_id"), id},
                    {QStringLiteral("cabin_class"), cabin},
                    {QStringLiteral("cabin_class_marketing_name"), cabinName},
                    {QStringLiteral("fare_basis_code"), QStringLiteral("Y20SBX")},
                    {QStringLiteral("baggages"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("checked")},
                                            {QStringLiteral("quantity"), 1}},
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("carry_on")},
                                            {QStringLiteral("quantity"), 1}}}}});
            const Airport *from = geo.airport(seg.origin);
            const Airport *to = geo.airport(seg.destination);
            const int km = from && to ? int(GeoDatabase::distanceKm(*from, *to)) : 0;
            segments.append(QJsonObject{
                {QStringLiteral("id"), hashId(QStringLiteral("seg_"),
                                              {offer.id, QString::number(s), QString::number(g)})},
                {QStringLiteral("origin"), place(geo.placeForAirport(*from))},
                {QStringLiteral("destination"), place(geo.placeForAirport(*to))},
                {QStringLiteral("origin_terminal"), QJsonValue::Null},
                {QStringLiteral("destination_terminal"), QJsonValue::Null},
                {QStringLiteral("departing_at"), localTime(seg.departure)},
                {QStringLiteral("arriving_at"), localTime(seg.arrival)},
                {QStringLiteral("duration"), Slice::isoDuration(seg.durationMinutes())},
                {QStringLiteral("distance"), QString::number(km)},
                {QStringLiteral("marketing_carrier"), carrier(seg.carrier, seg.carrierName)},
                {QStringLiteral("marketing_carrier_flight_number"), seg.flightNumber},
                {QStringLiteral("operating_carrier"), carrier(seg.carrier, seg.carrierName)},
                {QStringLiteral("operating_carrier_flight_number"), seg.flightNumber},
                {QStringLiteral("aircraft"),
                 QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("arc_") + aircraftCode(seg.aircraft)},
                     {QStringLiteral("iata_code"), nullable(aircraftCode(seg.aircraft))},
                     {QStringLiteral("name"), seg.aircraft}}},
                {QStringLiteral("stops"), QJsonArray()},
                {QStringLiteral("passengers"), segPassengers}});
        }
        const QJsonObject change{{QStringLiteral("allowed"), true},
                                 {QStringLiteral("penalty_amount"),
                                  Money::fromMinor(0, currency).scaled(1, 1).amountString()},
                                 {QStringLiteral("penalty_currency"), currency}};
        slices.append(QJsonObject{
            {QStringLiteral("id"), hashId(QStringLiteral("sli_"), {offer.id, QString::number(s)})},
            {QStringLiteral("origin"), place(geo.placeForAirport(*geo.airport(slice.origin())))},
            {QStringLiteral("destination"),
             place(geo.placeForAirport(*geo.airport(slice.destination())))},
            {QStringLiteral("origin_type"), QStringLiteral("airport")},
            {QStringLiteral("destination_type"), QStringLiteral("airport")},
            {QStringLiteral("duration"), Slice::isoDuration(slice.durationMinutes())},
            {QStringLiteral("fare_brand_name"), QStringLiteral("Sandbox Standard")},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("conditions"),
             QJsonObject{{QStringLiteral("change_before_departure"), change}}}});
    }
    const QString expires = timestamp(now.addSecs(30 * 60));
    return {
        {QStringLiteral("id"), QStringLiteral("off_") + offer.id},
        {QStringLiteral("live_mode"), false},
        {QStringLiteral("partial"), false},
        {QStringLiteral("created_at"), timestamp(now)},
        {QStringLiteral("updated_at"), timestamp(now)},
        {QStringLiteral("expires_at"), expires},
        {QStringLiteral("total_amount"), offer.totalAmount.amountString()},
        {QStringLiteral("total_currency"), currency},
        {QStringLiteral("base_amount"), base.amountString()},
        {QStringLiteral("base_currency"), currency},
        {QStringLiteral("tax_amount"), tax.amountString()},
        {QStringLiteral("tax_currency"), currency},
        {QStringLiteral("total_emissions_kg"),
         QString::number(
             qMax<qint64>(1, offer.totalDurationMinutes() * 2 * request.passengers.total()))},
        {QStringLiteral("owner"), carrier(offer.ownerCode, offer.ownerName)},
        {QStringLiteral("payment_requirements"),
         QJsonObject{{QStringLiteral("requires_instant_payment"), false},
                     {QStringLiteral("price_guarantee_expires_at"), expires},
                     {QStringLiteral("payment_required_by"), expires}}},
        {QStringLiteral("passengers"), passengers(passengerIds, request)},
        {QStringLiteral("passenger_identity_documents_required"), false},
        {QStringLiteral("supported_passenger_identity_document_types"), QJsonArray()},
        {QStringLiteral("slices"), slices},
        {QStringLiteral("conditions"),
         QJsonObject{{QStringLiteral("refund_before_departure"), QJsonValue::Null},
                     {QStringLiteral("change_before_departure"), QJsonValue::Null}}},
    };
}

QJsonObject SandboxDuffelJson::error(int status, const QString &requestId, const QString &type,
                                     const QString &code, const QString &title,
                                     const QString &message, const QString &pointer) {
    QJsonObject e{{QStringLiteral("type"), type},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("documentation_url"),
                   QStringLiteral("https://duffel.com/docs/api/overview/errors")}};
    if (!pointer.isEmpty())
        e.insert(QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("pointer"), pointer},
                             {QStringLiteral("field"), pointer.section(u'/', -1)}});
    return {{QStringLiteral("meta"), QJsonObject{{QStringLiteral("status"), status},
                                                 {QStringLiteral("request_id"), requestId}}},
            {QStringLiteral("errors"), QJsonArray{e}}};
}
