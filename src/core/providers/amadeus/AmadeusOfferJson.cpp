// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusOfferJson.h"

#include "AmadeusJson.h"
#include "geo/GeoDatabase.h"
#include "providers/IsoLocalTime.h"
#include "providers/http/JsonDom.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

#include <algorithm>

namespace {
using Value = JsonDom::Value;

/** A string field (QJsonValue::toString(): empty for anything else). */
QString str(const Value &o, std::string_view key) {
    return JsonDom::string(JsonDom::field(o, key));
}

/** dictionaries.<table>[code] as a string. */
QString dictionaryName(const Value &dictionaries, std::string_view table, const QString &code) {
    const QByteArray key = code.toUtf8();
    return JsonDom::string(JsonDom::field(JsonDom::field(dictionaries, table),
                                          std::string_view(key.constData(), size_t(key.size()))));
}

std::optional<CabinClass> cabinFromAmadeus(std::string_view name) {
    if (name == "ECONOMY")
        return CabinClass::Economy;
    if (name == "PREMIUM_ECONOMY")
        return CabinClass::PremiumEconomy;
    if (name == "BUSINESS")
        return CabinClass::Business;
    if (name == "FIRST")
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

std::optional<Segment> mapSegment(const Value &s, const Value &dictionaries, const GeoDatabase &geo,
                                  QString *why) {
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::optional<Segment>();
    };
    const Value departure = JsonDom::field(s, "departure");
    const Value arrival = JsonDom::field(s, "arrival");
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
            AmadeusJson::displayCase(dictionaryName(dictionaries, "carriers", seg.carrier));
    const QString aircraftCode = str(JsonDom::field(s, "aircraft"), "code");
    const QString aircraftName = dictionaryName(dictionaries, "aircraft", aircraftCode);
    seg.aircraft = aircraftName.isEmpty() ? aircraftCode : AmadeusJson::displayCase(aircraftName);
    return seg;
}

std::optional<FlightOffer> mapOneOffer(const Value &o, const Value &dictionaries,
                                       const GeoDatabase &geo, CabinClass defaultCabin,
                                       QString *why) {
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::optional<FlightOffer>();
    };
    FlightOffer offer;
    offer.provider = QStringLiteral("amadeus");
    const Value id = JsonDom::field(o, "id");
    offer.id = JsonDom::string(id);
    if (offer.id.isEmpty() && id.is_number()) { // as QJsonValue::toInteger() reads a number
        int64_t integer = 0;
        const QJsonValue number = id.get(integer) == simdjson::SUCCESS
                                      ? QJsonValue(qint64(integer))
                                      : QJsonValue(JsonDom::number(id));
        offer.id = QString::number(number.toInteger());
    }
    if (offer.id.isEmpty())
        return fail(QStringLiteral("offer without id"));

    const Value price = JsonDom::field(o, "price");
    QString total = str(price, "grandTotal");
    if (total.isEmpty())
        total = str(price, "total");
    const auto money = Money::fromString(total, str(price, "currency").toUpper());
    if (!money || !money->isValid())
        return fail(QStringLiteral("offer %1: unreadable price").arg(offer.id));
    offer.totalAmount = *money;

    simdjson::dom::array itineraries;
    if (JsonDom::field(o, "itineraries").get(itineraries) != simdjson::SUCCESS ||
        itineraries.size() == 0)
        return fail(QStringLiteral("offer %1: no itinerary").arg(offer.id));
    for (const simdjson::dom::element it : itineraries) {
        Slice slice;
        simdjson::dom::array segments;
        if (JsonDom::field(Value(JsonDom::Element(it)), "segments").get(segments) ==
            simdjson::SUCCESS) {
            for (const simdjson::dom::element s : segments) {
                QString reason;
                auto seg = mapSegment(Value(JsonDom::Element(s)), dictionaries, geo, &reason);
                if (!seg)
                    return fail(QStringLiteral("offer %1: %2").arg(offer.id, reason));
                slice.segments.append(std::move(*seg));
            }
        }
        if (!slice.isValid())
            return fail(QStringLiteral("offer %1: itinerary without segments").arg(offer.id));
        offer.slices.append(std::move(slice));
    }

    const Value validating = JsonDom::field(o, "validatingAirlineCodes");
    offer.ownerCode = JsonDom::arraySize(validating) == 0
                          ? offer.slices.first().segments.first().carrier
                          : JsonDom::string(JsonDom::at(validating, 0)).toUpper();
    if (const Airline *airline = geo.airline(offer.ownerCode))
        offer.ownerName = airline->name;
    else
        offer.ownerName =
            AmadeusJson::displayCase(dictionaryName(dictionaries, "carriers", offer.ownerCode));

    offer.cabin = defaultCabin;
    const Value fareDetails = JsonDom::field(JsonDom::at(JsonDom::field(o, "travelerPricings"), 0),
                                             "fareDetailsBySegment");
    if (auto cabin =
            cabinFromAmadeus(JsonDom::view(JsonDom::field(JsonDom::at(fareDetails, 0), "cabin"))))
        offer.cabin = *cabin;
    return offer;
}

std::optional<AmadeusOffers> mapArray(const QByteArray &body, const Value &data,
                                      AmadeusRawOffer::Place place, const Value &dictionaries,
                                      const GeoDatabase &geo, CabinClass defaultCabin) {
    simdjson::dom::array offers;
    if (data.get(offers) != simdjson::SUCCESS)
        return std::nullopt;
    AmadeusOffers out;
    out.offers.reserve(qsizetype(offers.size()));
    out.raw.reserve(qsizetype(offers.size()));
    qsizetype index = 0;
    for (const simdjson::dom::element v : offers) {
        auto offer =
            mapOneOffer(Value(JsonDom::Element(v)), dictionaries, geo, defaultCabin, nullptr);
        if (!offer) {
            ++out.skipped;
        } else {
            out.offers.append(std::move(*offer));
            out.raw.append(AmadeusRawOffer(body, place, index));
        }
        ++index;
    }
    return out;
}
} // namespace

namespace AmadeusOfferJson {
std::optional<AmadeusOffers> parseSearch(const QByteArray &body, const GeoDatabase &geo,
                                         CabinClass defaultCabin) {
    const JsonDom dom(body);
    if (!dom.isObject())
        return std::nullopt;
    const Value root = dom.root();
    return mapArray(body, JsonDom::field(root, "data"), AmadeusRawOffer::Place::SearchData,
                    JsonDom::field(root, "dictionaries"), geo, defaultCabin);
}

std::optional<AmadeusOffers> parsePricing(const QByteArray &body, const GeoDatabase &geo,
                                          CabinClass defaultCabin) {
    const JsonDom dom(body);
    if (!dom.isObject())
        return std::nullopt;
    const Value root = dom.root();
    return mapArray(body, JsonDom::field(JsonDom::field(root, "data"), "flightOffers"),
                    AmadeusRawOffer::Place::PricedOffers, JsonDom::field(root, "dictionaries"), geo,
                    defaultCabin);
}

std::optional<FlightOffer> mapOffer(const QJsonObject &offer, const QJsonObject &dictionaries,
                                    const GeoDatabase &geo, CabinClass defaultCabin, QString *why) {
    // One mapping for both forms: the objects go through their JSON text.
    const QByteArray offerJson = QJsonDocument(offer).toJson(QJsonDocument::Compact);
    const QByteArray dictionariesJson = QJsonDocument(dictionaries).toJson(QJsonDocument::Compact);
    const JsonDom offerDom(offerJson);
    const JsonDom dictionariesDom(dictionariesJson);
    return mapOneOffer(offerDom.root(), dictionariesDom.root(), geo, defaultCabin, why);
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
    const bool anyWindow =
        std::any_of(request.slices.cbegin(), request.slices.cend(), [](const SearchSlice &s) {
            return s.earliestDeparture.isValid() || s.latestDeparture.isValid();
        });
    if (!anyWindow && !request.maxPrice)
        return; // nothing to enforce: keep every offer without copying them
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
