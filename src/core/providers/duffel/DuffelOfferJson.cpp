// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuffelOfferJson.h"

#include "domain/Traveller.h"
#include "geo/GeoDatabase.h"
#include "providers/IsoLocalTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
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
QString text(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // a number where a string was documented ("flight number": 151)
        return QString::number(qint64(value.toDouble()));
    return {};
}

QJsonObject object(const QJsonObject &parent, QLatin1String key) {
    return parent.value(key).toObject(); // null, missing or not an object: empty
}

std::optional<Segment> segmentFromJson(const QJsonObject &s, QString *error) {
    const QJsonObject origin = object(s, QLatin1String("origin"));
    const QJsonObject destination = object(s, QLatin1String("destination"));
    Segment segment;
    segment.origin = text(origin, QLatin1String("iata_code"));
    segment.destination = text(destination, QLatin1String("iata_code"));
    if (segment.origin.isEmpty() || segment.destination.isEmpty()) {
        *error = QStringLiteral("segment without origin or destination");
        return std::nullopt;
    }
    const QJsonObject marketing = object(s, QLatin1String("marketing_carrier"));
    const QJsonObject operating = object(s, QLatin1String("operating_carrier"));
    segment.carrier = text(marketing, QLatin1String("iata_code"));
    segment.carrierName = text(marketing, QLatin1String("name"));
    segment.flightNumber = text(s, QLatin1String("marketing_carrier_flight_number"));
    if (segment.carrier.isEmpty()) { // marketing carrier unknown: show who flies it
        segment.carrier = text(operating, QLatin1String("iata_code"));
        segment.carrierName = text(operating, QLatin1String("name"));
        segment.flightNumber = text(s, QLatin1String("operating_carrier_flight_number"));
    }
    segment.aircraft = text(object(s, QLatin1String("aircraft")), QLatin1String("name"));
    segment.departure = DuffelOfferJson::localTime(
        text(s, QLatin1String("departing_at")), text(origin, QLatin1String("time_zone")).toUtf8(),
        segment.origin);
    segment.arrival = DuffelOfferJson::localTime(
        text(s, QLatin1String("arriving_at")),
        text(destination, QLatin1String("time_zone")).toUtf8(), segment.destination);
    if (!segment.departure.isValid()) {
        *error = QStringLiteral("segment %1-%2 without a usable departure time")
                     .arg(segment.origin, segment.destination);
        return std::nullopt;
    }
    if (!segment.arrival.isValid()) {
        // No arrival time: departure + duration, shown in the destination's zone when known.
        const auto minutes = DuffelOfferJson::durationMinutes(text(s, QLatin1String("duration")));
        const QDateTime zoneProbe = DuffelOfferJson::localTime(
            QStringLiteral("2000-01-01T00:00:00"),
            text(destination, QLatin1String("time_zone")).toUtf8(), segment.destination);
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
    FlightOffer offer;
    offer.provider = QStringLiteral("duffel");
    offer.id = text(o, QLatin1String("id"));
    if (offer.id.isEmpty()) {
        *error = QStringLiteral("offer without id");
        return std::nullopt;
    }
    const QString currency = text(o, QLatin1String("total_currency"));
    const auto total = Money::fromString(text(o, QLatin1String("total_amount")), currency);
    if (!total || !total->isValid()) {
        *error =
            QStringLiteral("offer %1 without a decimal total_amount and currency").arg(offer.id);
        return std::nullopt;
    }
    offer.totalAmount = *total;
    const QJsonObject owner = object(o, QLatin1String("owner"));
    offer.ownerCode = text(owner, QLatin1String("iata_code"));
    offer.ownerName = text(owner, QLatin1String("name"));
    const QString expires = text(o, QLatin1String("expires_at"));
    if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (at.isValid())
            offer.expiresAt = at.timeSpec() == Qt::LocalTime
                                  ? QDateTime(at.date(), at.time(), QTimeZone::utc())
                                  : at.toUTC();
    }
    const QJsonArray slices = o.value(QLatin1String("slices")).toArray();
    if (slices.isEmpty()) {
        *error = QStringLiteral("offer %1 without slices").arg(offer.id);
        return std::nullopt;
    }
    bool cabinFound = false;
    for (const QJsonValue &sliceValue : slices) {
        Slice slice;
        const QJsonArray segments =
            sliceValue.toObject().value(QLatin1String("segments")).toArray();
        for (const QJsonValue &segmentValue : segments) {
            const QJsonObject s = segmentValue.toObject();
            auto segment = segmentFromJson(s, error);
            if (!segment) {
                *error = QStringLiteral("offer %1: %2").arg(offer.id, *error);
                return std::nullopt;
            }
            if (!cabinFound) {
                const QJsonArray pax = s.value(QLatin1String("passengers")).toArray();
                if (!pax.isEmpty()) {
                    if (const auto cabin = cabinClassFromName(
                            text(pax.first().toObject(), QLatin1String("cabin_class")))) {
                        offer.cabin = *cabin;
                        cabinFound = true;
                    }
                }
            }
            slice.segments.append(*segment);
        }
        if (!slice.isValid()) {
            *error = QStringLiteral("offer %1 has a slice without segments").arg(offer.id);
            return std::nullopt;
        }
        offer.slices.append(slice);
    }
    if (offer.ownerCode.isEmpty())
        offer.ownerCode = offer.slices.first().segments.first().carrier;
    if (offer.ownerName.isEmpty())
        offer.ownerName = offer.slices.first().segments.first().carrierName;
    return offer;
}

QList<DuffelPassenger> passengersFromJson(const QJsonObject &object) {
    QList<DuffelPassenger> out;
    const QJsonArray passengers = object.value(QLatin1String("passengers")).toArray();
    for (const QJsonValue &value : passengers) {
        const QJsonObject p = value.toObject();
        DuffelPassenger passenger;
        passenger.id = text(p, QLatin1String("id"));
        passenger.type = text(p, QLatin1String("type"));
        const QJsonValue age = p.value(QLatin1String("age"));
        if (age.isDouble())
            passenger.age = age.toInt(-1);
        if (!passenger.id.isEmpty())
            out.append(passenger);
    }
    return out;
}

OffersPage parseOffersPage(const QByteArray &body) {
    OffersPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        page.error = QStringLiteral("the offers page is not a JSON object (%1 at %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray()) {
        page.error = QStringLiteral("the offers page has no data array");
        return page;
    }
    const QJsonArray offers = data.toArray();
    page.offers.reserve(offers.size());
    for (const QJsonValue &value : offers) {
        QString error;
        auto offer = offerFromJson(value.toObject(), &error);
        if (offer)
            page.offers.append(std::move(*offer));
        else
            ++page.skipped;
    }
    page.after = text(object(root, QLatin1String("meta")), QLatin1String("after"));
    return page;
}

std::optional<std::pair<FlightOffer, QList<DuffelPassenger>>>
parseSingleOffer(const QByteArray &body, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error =
            QStringLiteral("the offer is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject data = document.object().value(QLatin1String("data")).toObject();
    auto offer = offerFromJson(data, error);
    if (!offer)
        return std::nullopt;
    return std::make_pair(*offer, passengersFromJson(data));
}
} // namespace DuffelOfferJson
