// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuffelOfferJson.h"

#include "domain/Traveller.h"
#include "geo/GeoDatabase.h"
#include "providers/IsoLocalTime.h"
#include "providers/http/JsonDom.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

int DuffelPassenger::travellerType() const {
    if (type == QLatin1String("adult"))
        return int(Traveller::Type::Adult);
    if (type == QLatin1String("infant_without_seat") || (age >= 0 && age < 2))
        return int(Traveller::Type::Infant);
    if (type == QLatin1String("child") || (age >= 2 && age < 18))
        return int(Traveller::Type::Child);
    return int(Traveller::Type::Adult);
}

namespace {
using Value = JsonDom::Value;

/** A string field; a number where a string was documented ("flight number": 151) as digits. */
QString text(const Value &object, std::string_view key) {
    const Value value = JsonDom::field(object, key);
    if (value.is_string())
        return JsonDom::string(value);
    if (value.is_number())
        return QString::number(qint64(JsonDom::number(value)));
    return {};
}

std::optional<Segment> segmentFromJson(const Value &s, QString *error) {
    const Value origin = JsonDom::field(s, "origin");
    const Value destination = JsonDom::field(s, "destination");
    Segment segment;
    segment.origin = text(origin, "iata_code");
    segment.destination = text(destination, "iata_code");
    if (segment.origin.isEmpty() || segment.destination.isEmpty()) {
        *error = QStringLiteral("segment without origin or destination");
        return std::nullopt;
    }
    const Value marketing = JsonDom::field(s, "marketing_carrier");
    segment.carrier = text(marketing, "iata_code");
    segment.carrierName = text(marketing, "name");
    segment.flightNumber = text(s, "marketing_carrier_flight_number");
    if (segment.carrier.isEmpty()) { // marketing carrier unknown: show who flies it
        const Value operating = JsonDom::field(s, "operating_carrier");
        segment.carrier = text(operating, "iata_code");
        segment.carrierName = text(operating, "name");
        segment.flightNumber = text(s, "operating_carrier_flight_number");
    }
    segment.aircraft = text(JsonDom::field(s, "aircraft"), "name");
    const QByteArray destinationZone = JsonDom::bytes(JsonDom::field(destination, "time_zone"));
    segment.departure = DuffelOfferJson::localTime(
        text(s, "departing_at"), JsonDom::bytes(JsonDom::field(origin, "time_zone")),
        segment.origin);
    segment.arrival =
        DuffelOfferJson::localTime(text(s, "arriving_at"), destinationZone, segment.destination);
    if (!segment.departure.isValid()) {
        *error = QStringLiteral("segment %1-%2 without a usable departure time")
                     .arg(segment.origin, segment.destination);
        return std::nullopt;
    }
    if (!segment.arrival.isValid()) {
        // No arrival time: departure + duration, shown in the destination's zone when known.
        const auto minutes = DuffelOfferJson::durationMinutes(text(s, "duration"));
        const QDateTime zoneProbe = DuffelOfferJson::localTime(
            QStringLiteral("2000-01-01T00:00:00"), destinationZone, segment.destination);
        if (!minutes || !zoneProbe.isValid()) {
            *error = QStringLiteral("segment %1-%2 without a usable arrival time")
                         .arg(segment.origin, segment.destination);
            return std::nullopt;
        }
        segment.arrival = segment.departure.addSecs(*minutes * 60).toTimeZone(zoneProbe.timeZone());
    }
    if (segment.arrival < segment.departure) {
        *error = QStringLiteral("segment %1-%2 lands before it takes off")
                     .arg(segment.origin, segment.destination);
        return std::nullopt;
    }
    return segment;
}

std::optional<FlightOffer> mapOffer(const Value &o, QString *error) {
    FlightOffer offer;
    offer.provider = QStringLiteral("duffel");
    offer.id = text(o, "id");
    if (offer.id.isEmpty()) {
        *error = QStringLiteral("offer without id");
        return std::nullopt;
    }
    const QString currency = text(o, "total_currency");
    const auto total = Money::fromString(text(o, "total_amount"), currency);
    if (!total || !total->isValid()) {
        *error =
            QStringLiteral("offer %1 without a decimal total_amount and currency").arg(offer.id);
        return std::nullopt;
    }
    offer.totalAmount = *total;
    const Value owner = JsonDom::field(o, "owner");
    offer.ownerCode = text(owner, "iata_code");
    offer.ownerName = text(owner, "name");
    const QString expires = text(o, "expires_at");
    if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (at.isValid())
            offer.expiresAt = at.timeSpec() == Qt::LocalTime
                                  ? QDateTime(at.date(), at.time(), QTimeZone::utc())
                                  : at.toUTC();
    }
    simdjson::dom::array slices;
    if (JsonDom::field(o, "slices").get(slices) != simdjson::SUCCESS || slices.size() == 0) {
        *error = QStringLiteral("offer %1 without slices").arg(offer.id);
        return std::nullopt;
    }
    bool cabinFound = false;
    for (const simdjson::dom::element sliceValue : slices) {
        Slice slice;
        simdjson::dom::array segments;
        if (JsonDom::field(Value(JsonDom::Element(sliceValue)), "segments").get(segments) ==
            simdjson::SUCCESS) {
            for (const simdjson::dom::element segmentValue : segments) {
                const Value s{JsonDom::Element(segmentValue)};
                auto segment = segmentFromJson(s, error);
                if (!segment) {
                    *error = QStringLiteral("offer %1: %2").arg(offer.id, *error);
                    return std::nullopt;
                }
                if (!cabinFound) {
                    const Value first = JsonDom::at(JsonDom::field(s, "passengers"), 0);
                    if (first.error() == simdjson::SUCCESS) {
                        if (const auto cabin = cabinClassFromName(text(first, "cabin_class"))) {
                            offer.cabin = *cabin;
                            cabinFound = true;
                        }
                    }
                }
                slice.segments.append(std::move(*segment));
            }
        }
        if (!slice.isValid()) {
            *error = QStringLiteral("offer %1 has a slice without segments").arg(offer.id);
            return std::nullopt;
        }
        offer.slices.append(std::move(slice));
    }
    if (offer.ownerCode.isEmpty())
        offer.ownerCode = offer.slices.first().segments.first().carrier;
    if (offer.ownerName.isEmpty())
        offer.ownerName = offer.slices.first().segments.first().carrierName;
    return offer;
}

QList<DuffelPassenger> mapPassengers(const Value &object) {
    QList<DuffelPassenger> out;
    simdjson::dom::array passengers;
    if (JsonDom::field(object, "passengers").get(passengers) != simdjson::SUCCESS)
        return out;
    for (const simdjson::dom::element value : passengers) {
        const Value p{JsonDom::Element(value)};
        DuffelPassenger passenger;
        passenger.id = text(p, "id");
        passenger.type = text(p, "type");
        const Value age = JsonDom::field(p, "age");
        if (age.is_number())
            passenger.age = QJsonValue(JsonDom::number(age)).toInt(-1);
        if (!passenger.id.isEmpty())
            out.append(passenger);
    }
    return out;
}

/** @p object as JSON text, for the QJsonObject overloads (one mapping for both forms). */
QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

namespace DuffelOfferJson {
std::optional<qint64> durationMinutes(QStringView iso) {
    static const QRegularExpression pattern(
        QStringLiteral(
            "^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = iso.trimmed().toString();
    const QRegularExpressionMatch m = pattern.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    bool any = false;
    auto part = [&](int n) -> qint64 {
        const QString captured = m.captured(n);
        if (captured.isEmpty())
            return 0;
        any = true;
        return captured.toLongLong();
    };
    const qint64 weeks = part(1), days = part(2), hours = part(3), minutes = part(4);
    double seconds = 0;
    if (!m.captured(5).isEmpty()) {
        any = true;
        QString s = m.captured(5);
        s.replace(u',', u'.');
        seconds = s.toDouble();
    }
    if (!any || trimmed.endsWith(u'T', Qt::CaseInsensitive))
        return std::nullopt;
    return ((weeks * 7 + days) * 24 + hours) * 60 + minutes + qint64(std::llround(seconds / 60.0));
}

QDateTime localTime(const QString &text, const QByteArray &timeZone, const QString &airportCode) {
    QTimeZone zone = IsoLocalTime::availableZone(timeZone);
    if (!zone.isValid()) {
        if (const Airport *airport = GeoDatabase::instance().airport(airportCode);
            airport && !airport->timeZone.isEmpty())
            zone = IsoLocalTime::zone(airport->timeZone);
    }
    return IsoLocalTime::inZone(text, zone);
}

std::optional<FlightOffer> offerFromJson(const QJsonObject &o, QString *error) {
    const QByteArray json = compact(o);
    const JsonDom dom(json);
    return mapOffer(dom.root(), error);
}

QList<DuffelPassenger> passengersFromJson(const QJsonObject &object) {
    const QByteArray json = compact(object);
    const JsonDom dom(json);
    return mapPassengers(dom.root());
}

OffersPage parseOffersPage(const QByteArray &body) {
    OffersPage page;
    const JsonDom dom(body);
    if (!dom.isObject()) {
        page.error =
            QStringLiteral("the offers page is not a JSON object (%1)").arg(dom.errorString());
        return page;
    }
    const Value root = dom.root();
    simdjson::dom::array offers;
    if (JsonDom::field(root, "data").get(offers) != simdjson::SUCCESS) {
        page.error = QStringLiteral("the offers page has no data array");
        return page;
    }
    page.offers.reserve(qsizetype(offers.size()));
    for (const simdjson::dom::element value : offers) {
        QString error;
        auto offer = mapOffer(Value(JsonDom::Element(value)), &error);
        if (offer)
            page.offers.append(std::move(*offer));
        else
            ++page.skipped;
    }
    page.after = text(JsonDom::field(root, "meta"), "after");
    return page;
}

std::optional<std::pair<FlightOffer, QList<DuffelPassenger>>>
parseSingleOffer(const QByteArray &body, QString *error) {
    const JsonDom dom(body);
    if (!dom.isObject()) {
        *error = QStringLiteral("the offer is not a JSON object (%1)").arg(dom.errorString());
        return std::nullopt;
    }
    const Value data = JsonDom::field(dom.root(), "data");
    auto offer = mapOffer(data, error);
    if (!offer)
        return std::nullopt;
    return std::make_pair(*offer, mapPassengers(data));
}
} // namespace DuffelOfferJson
