// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AmadeusRawOffer.h"
#include "domain/FlightOffer.h"
#include "domain/SearchRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class GeoDatabase;

/** Offers mapped from an Amadeus response, each with the raw JSON it came from. */
struct AmadeusOffers {
    QList<FlightOffer> offers;
    QList<AmadeusRawOffer> raw; ///< raw[i] is the flight-offer object offers[i] was mapped from
    int skipped = 0;            ///< entries of data[] that could not be mapped (logged by callers)
};

/**
 * Mapping of Amadeus flight-offer objects (flight-apis.md section 1.6) into FlightOffer: pure
 * functions, safe on any thread (GeoDatabase lookups are const). Bodies are read with simdjson
 * (JsonDom: validated whole first, as QJsonDocument would, then read in place). Money comes from
 * decimal strings (price.grandTotal, else price.total) and never passes through a double; durations
 * are read leniently; `at` times without an offset get the airport's IANA zone from GeoDatabase.
 */
namespace AmadeusOfferJson {
/**
 * The offers of a Flight Offers Search response (`data[]` and `dictionaries`). An entry that
 * cannot be mapped (no price, no itinerary, unreadable time, unknown airport without an offset
 * or a duration to place it) is skipped and counted. nullopt when the body is not a JSON object
 * with a data array: truncated or malformed JSON never throws.
 */
std::optional<AmadeusOffers> parseSearch(const QByteArray &body, const GeoDatabase &geo,
                                         CabinClass defaultCabin);
/** The re-priced offers of a Flight Offers Price response (`data.flightOffers[]`). */
std::optional<AmadeusOffers> parsePricing(const QByteArray &body, const GeoDatabase &geo,
                                          CabinClass defaultCabin);
/**
 * One flight-offer object; @p dictionaries gives carrier and aircraft names. The FlightOffer
 * id is the offer's own id (callers make it unique); cabin is the first traveller's cabin of
 * the first segment, else @p defaultCabin. nullopt with @p why set when it cannot be mapped.
 */
std::optional<FlightOffer> mapOffer(const QJsonObject &offer, const QJsonObject &dictionaries,
                                    const GeoDatabase &geo, CabinClass defaultCabin,
                                    QString *why = nullptr);
/**
 * Minutes of an ISO-8601 duration, leniently: "PT15H55M", "PT1H", "PT02H26M", "P1DT2H",
 * "PT45M", "PT1H30M20S" (seconds round down), lower case too. nullopt for anything else,
 * including "", "P", "PT" and negative or fractional values.
 */
std::optional<qint64> parseDurationMinutes(QStringView iso);
/**
 * A `departure.at`/`arrival.at` value: "2020-08-01T21:50:00" (local, no offset) is placed in
 * @p timeZone; a value with "Z" or an offset keeps that instant and is shown in @p timeZone
 * when one is given. Invalid when the text is not a date-time (a date alone included) or there
 * is neither an offset nor a valid @p timeZone (IsoLocalTime::inZone).
 */
QDateTime parseLocalTime(const QString &at, const QByteArray &timeZone);
/**
 * The offers that satisfy what Amadeus cannot filter exactly: each slice's departure inside
 * its earliestDeparture/latestDeparture window (local time at the origin) and, with a
 * maxPrice, a total no higher than it (only offers in the budget's currency are compared;
 * others are kept). @p raw is filtered alongside.
 */
void keepMatching(AmadeusOffers &offers, const SearchRequest &request);
} // namespace AmadeusOfferJson
