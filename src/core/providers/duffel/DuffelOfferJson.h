// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/** A passenger of a Duffel offer or offer request (its id is needed to book). */
struct DuffelPassenger {
    QString id;   ///< "pas_..."
    QString type; ///< "adult", "child", "infant_without_seat", or empty when only age is given
    int age = -1; ///< -1 when not given
    /** Adult, Child or Infant (age < 2 or infant_without_seat) as a Traveller::Type value. */
    int travellerType() const;
};

/**
 * Pure functions that map Duffel v2 offers (flight-apis.md section 2.4) to FlightOffers.
 * Lenient where the API varies (durations, nulls, ids), strict where a wrong value would mislead
 * (money is a decimal string and a currency; a time needs a time zone). Thread-safe.
 */
namespace DuffelOfferJson {
/** One page of GET /air/offers: its offers (unusable ones skipped) and the next cursor. */
struct OffersPage {
    QList<FlightOffer> offers;
    QString after;   ///< meta.after, empty when this is the last page
    int skipped = 0; ///< offers left out because a required field was missing or malformed
    QString error;   ///< non-empty: the body is not an offers page at all (offers is empty)
};

/**
 * Minutes in an ISO 8601 duration, leniently: "PT2H25M", "PT02H26M", "PT1H", "PT45M", "P1DT2H",
 * "P1D", "PT90M", "PT1H20M30S" (seconds are rounded to the nearest minute); lower case accepted.
 * nullopt for anything else ("", "P", "PT", "2H", "-PT1H").
 */
std::optional<qint64> durationMinutes(QStringView iso);
/**
 * A Duffel local time ("2026-06-13T16:38:02", no offset) in the airport's zone: @p timeZone
 * when it names a known IANA zone, else the zone GeoDatabase has for @p airportCode. A time
 * that carries an offset or "Z" is kept as that instant, shown in the same zone. Invalid when
 * the text is not a time or no zone is known.
 */
QDateTime localTime(const QString &text, const QByteArray &timeZone, const QString &airportCode);
/** An offer object, or nullopt with a reason in @p error. */
std::optional<FlightOffer> offerFromJson(const QJsonObject &offer, QString *error);
/** The passengers of an offer or an offer request object (those with an id). */
QList<DuffelPassenger> passengersFromJson(const QJsonObject &object);
/** Parses a whole GET /air/offers body. */
OffersPage parseOffersPage(const QByteArray &body);
/** GET /air/offers/{id}: the offer and its passengers, or nullopt with @p error set. */
std::optional<std::pair<FlightOffer, QList<DuffelPassenger>>>
parseSingleOffer(const QByteArray &body, QString *error);
} // namespace DuffelOfferJson
