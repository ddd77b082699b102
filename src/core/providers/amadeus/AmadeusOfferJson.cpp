// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusOfferJson.h"

#include "AmadeusJson.h"
#include "geo/GeoDatabase.h"
#include "providers/IsoLocalTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

namespace {
QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toObject();
}

std::optional<CabinClass> cabinFromAmadeus(const QString &name) {
    if (name == QLatin1String("ECONOMY"))
        return CabinClass::Economy;
    if (name == QLatin1String("PREMIUM_ECONOMY"))
        return CabinClass::PremiumEconomy;
    if (name == QLatin1String("BUSINESS"))
        return CabinClass::Business;
    if (name == QLatin1String("FIRST"))
        return CabinClass::First;
    return std::nullopt;
}

QByteArray zoneOf(const GeoDatabase &geo, const QString &code) {
    const Airport *airport = geo.airport(code);
    return airport ? airport->timeZone : QByteArray();
}

/** The local wall-clock time of @p at, whatever offset it carries. */
QDateTime naiveLocal(const QString &at) {
    return QDateTime::fromString(at.trimmed(), Qt::ISODateWithMs);
}

/** @p localWall (no zone) as the instant @p instant: a fixed-offset QDateTime. */
QDateTime withDerivedOffset(const QDateTime &localWall, const QDateTime &instant) {
    const QDateTime wallAsUtc(localWall.date(), localWall.time(), QTimeZone::utc());
    const qint64 offset = instant.secsTo(wallAsUtc);
    if (offset < -14 * 3600 || offset > 14 * 3600 || offset % 60 != 0)
        return QDateTime();
    return QDateTime(localWall.date(), localWall.time(), QTimeZone(int(offset)));
}

std::optional<Segment> mapSegment(const QJsonObject &s, const QJsonObject &dictionaries,
                                  const GeoDatabase &geo, QString *why) {
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::optional<Segment>();
    };
    const QJsonObject departure = obj(s, "departure");
    const QJsonObject arrival = obj(s, "arrival");
    Segment seg;
    seg.origin = str(departure, "iataCode").toUpper();
    seg.destination = str(arrival, "iataCode").toUpper();
    seg.carrier = str(s, "carrierCode").toUpper();
    seg.flightNumber = str(s, "number");
    if (seg.origin.size() != 3 || seg.destination.size() != 3 || seg.carrier.isEmpty())
        return fail(QStringLiteral("segment without airports or carrier"));
    const QString depAt = str(departure, "at");
    const QString arrAt = str(arrival, "at");
    seg.departure = AmadeusOfferJson::parseLocalTime(depAt, zoneOf(geo, seg.origin));
    seg.arrival = AmadeusOfferJson::parseLocalTime(arrAt, zoneOf(geo, seg.destination));
    if (!seg.departure.isValid() || !seg.arrival.isValid()) {
        // One end at an airport we do not know: place it with the segment's duration.
        const auto minutes = AmadeusOfferJson::parseDurationMinutes(str(s, "duration"));
        if (minutes && seg.departure.isValid() && naiveLocal(arrAt).isValid())
            seg.arrival =
                withDerivedOffset(naiveLocal(arrAt), seg.departure.addSecs(*minutes * 60));
        else if (minutes && seg.arrival.isValid() && naiveLocal(depAt).isValid())
            seg.departure =
                withDerivedOffset(naiveLocal(depAt), seg.arrival.addSecs(-*minutes * 60));
        if (!seg.departure.isValid() || !seg.arrival.isValid())
            return fail(QStringLiteral("segment %1-%2: time without a known zone")
                            .arg(seg.origin, seg.destination));
    }
    if (const Airline *airline = geo.airline(seg.carrier))
        seg.carrierName = airline->name;
    else
        seg.carrierName =
            AmadeusJson::displayCase(obj(dictionaries, "carriers").value(seg.carrier).toString());
    const QString aircraftCode = str(obj(s, "aircraft"), "code");
    const QString aircraftName = obj(dictionaries, "aircraft").value(aircraftCode).toString();
    seg.aircraft = aircraftName.isEmpty() ? aircraftCode : AmadeusJson::displayCase(aircraftName);
    return seg;
}

std::optional<AmadeusOffers> mapArray(const QJsonArray &data, const QJsonObject &dictionaries,
                                      const GeoDatabase &geo, CabinClass defaultCabin) {
    AmadeusOffers out;
    out.offers.reserve(data.size());
    out.raw.reserve(data.size());
    for (const QJsonValue &v : data) {
        const QJsonObject raw = v.toObject();
        auto offer = AmadeusOfferJson::mapOffer(raw, dictionaries, geo, defaultCabin);
        if (!offer) {
            ++out.skipped;
            continue;
        }
        out.offers.append(std::move(*offer));
        out.raw.append(raw);
    }
    return out;
}
} // namespace

namespace AmadeusOfferJson {
std::optional<AmadeusOffers> parseSearch(const QByteArray &body, const GeoDatabase &geo,
                                         CabinClass defaultCabin) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return std::nullopt;
    return mapArray(data.toArray(), obj(root, "dictionaries"), geo, defaultCabin);
}

std::optional<AmadeusOffers> parsePricing(const QByteArray &body, const GeoDatabase &geo,
                                          CabinClass defaultCabin) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonValue offers = obj(root, "data").value(QLatin1String("flightOffers"));
    if (!offers.isArray())
        return std::nullopt;
    return mapArray(offers.toArray(), obj(root, "dictionaries"), geo, defaultCabin);
}

std::optional<FlightOffer> mapOffer(const QJsonObject &o, const QJsonObject &dictionaries,
                                    const GeoDatabase &geo, CabinClass defaultCabin, QString *why) {
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::optional<FlightOffer>();
    };
    FlightOffer offer;
    offer.provider = QStringLiteral("amadeus");
    offer.id = str(o, "id");
    if (offer.id.isEmpty() && o.value(QLatin1String("id")).isDouble())
        offer.id = QString::number(o.value(QLatin1String("id")).toInteger());
    if (offer.id.isEmpty())
        return fail(QStringLiteral("offer without id"));

    const QJsonObject price = obj(o, "price");
    QString total = str(price, "grandTotal");
    if (total.isEmpty())
        total = str(price, "total");
    const auto money = Money::fromString(total, str(price, "currency").toUpper());
    if (!money || !money->isValid())
        return fail(QStringLiteral("offer %1: unreadable price").arg(offer.id));
    offer.totalAmount = *money;

    const QJsonArray itineraries = o.value(QLatin1String("itineraries")).toArray();
    if (itineraries.isEmpty())
        return fail(QStringLiteral("offer %1: no itinerary").arg(offer.id));
    for (const QJsonValue &it : itineraries) {
        Slice slice;
        const QJsonArray segments = it.toObject().value(QLatin1String("segments")).toArray();
        for (const QJsonValue &s : segments) {
            QString reason;
            auto seg = mapSegment(s.toObject(), dictionaries, geo, &reason);
            if (!seg)
                return fail(QStringLiteral("offer %1: %2").arg(offer.id, reason));
            slice.segments.append(std::move(*seg));
        }
        if (!slice.isValid())
            return fail(QStringLiteral("offer %1: itinerary without segments").arg(offer.id));
        offer.slices.append(std::move(slice));
    }

    const QJsonArray validating = o.value(QLatin1String("validatingAirlineCodes")).toArray();
    offer.ownerCode = validating.isEmpty() ? offer.slices.first().segments.first().carrier
                                           : validating.first().toString().toUpper();
    if (const Airline *airline = geo.airline(offer.ownerCode))
        offer.ownerName = airline->name;
    else
        offer.ownerName = AmadeusJson::displayCase(
            obj(dictionaries, "carriers").value(offer.ownerCode).toString());

    offer.cabin = defaultCabin;
    const QJsonArray fareDetails = o.value(QLatin1String("travelerPricings"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("fareDetailsBySegment"))
                                       .toArray();
    if (auto cabin =
            cabinFromAmadeus(fareDetails.at(0).toObject().value(QLatin1String("cabin")).toString()))
        offer.cabin = *cabin;
    return offer;
}

std::optional<qint64> parseDurationMinutes(QStringView iso) {
    const QString text = iso.trimmed().toString().toUpper();
    if (text.size() < 3 || !text.startsWith(u'P'))
        return std::nullopt;
    qint64 seconds = 0;
    bool inTime = false;
    bool anyPart = false;
    qint64 number = -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            number = (number < 0 ? 0 : number) * 10 + c.digitValue();
            if (number > 100000000)
                return std::nullopt;
            continue;
        }
        if (c == u'T' && !inTime && number < 0) {
            inTime = true;
            continue;
        }
        if (number < 0)
            return std::nullopt;
        if (!inTime && c == u'D')
            seconds += number * 86400;
        else if (!inTime && c == u'W')
            seconds += number * 7 * 86400;
        else if (inTime && c == u'H')
            seconds += number * 3600;
        else if (inTime && c == u'M')
            seconds += number * 60;
        else if (inTime && c == u'S')
            seconds += number;
        else
            return std::nullopt;
        number = -1;
        anyPart = true;
    }
    if (number >= 0 || !anyPart)
        return std::nullopt;
    return seconds / 60;
}

QDateTime parseLocalTime(const QString &at, const QByteArray &timeZone) {
    return IsoLocalTime::inZone(at, IsoLocalTime::zone(timeZone));
}

void keepMatching(AmadeusOffers &offers, const SearchRequest &request) {
    AmadeusOffers kept;
    kept.skipped = offers.skipped;
    for (qsizetype i = 0; i < offers.offers.size(); ++i) {
        const FlightOffer &offer = offers.offers[i];
        bool ok = true;
        for (qsizetype s = 0; ok && s < request.slices.size() && s < offer.slices.size(); ++s) {
            const SearchSlice &want = request.slices[s];
            const QTime departs = offer.slices[s].departure().time();
            if (want.earliestDeparture.isValid() && departs < want.earliestDeparture)
                ok = false;
            if (want.latestDeparture.isValid() && departs > want.latestDeparture)
                ok = false;
        }
        if (ok && request.maxPrice &&
            request.maxPrice->currency() == offer.totalAmount.currency() &&
            request.maxPrice->units() < offer.totalAmount.units())
            ok = false;
        if (ok) {
            kept.offers.append(offer);
            kept.raw.append(offers.raw.value(i));
        }
    }
    offers = std::move(kept);
}
} // namespace AmadeusOfferJson
