// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/SearchRequest.h"
#include "geo/GeoDatabase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class SandboxNetwork;
class SandboxZones;

/** The outcome of SandboxOfferGenerator::generateChecked(). */
struct SandboxResult {
    enum class Status {
        Ok,                  ///< offers holds the offers (may be empty when filters drop all)
        UnknownPlace,        ///< a slice's origin or destination is no known city/airport code
        SameCity,            ///< a slice starts and ends in the same city
        NoRoute,             ///< no itinerary at all between the places (before any filter)
        UnsupportedCurrency, ///< maxPrice is in a currency the sandbox has no rate for
    };
    Status status = Status::Ok;
    /** Empty when Ok, else a stable code with detail: "unknown_place: XYZ", "same_city: PAR". */
    QString reason;
    QList<FlightOffer> offers;

    bool isOk() const { return status == Status::Ok; }
};

/**
 * The sandbox's deterministic flight offers, built on the reference tables: real airports and
 * time zones, curated carriers and hubs, block times from great-circle distance, fares from
 * distance, cabin, days to departure, weekday, carrier, stops and seeded noise.
 *
 * Contract:
 * - The same request and booking date give identical offers, ids included, on every machine
 *   (own PRNG seeded from FNV-1a hashes; no std::hash, rand() or clock).
 * - Places may be city codes (PAR: its main airports, e.g. CDG and ORY) or airport codes.
 * - Without filters a search gives 20 to 100 offers (more on busy routes); maxConnections (0 for
 *   non-stop; the sandbox never builds more than one stop), the airline filter (every segment's
 *   carrier listed), the slices' departure windows and maxPrice then drop offers.
 * - Round trips have one slice per requested slice, each on its own date.
 * - Times are local QDateTimes in each airport's IANA zone. Amounts are exact Money in EUR from
 *   the eurozone, GBP from the UK, CHF from CH/LI, JPY from Japan, else USD (see SandboxPricing).
 * - Offers are sorted by price, then departure. expiresAt is left invalid (no clock here).
 * - The generator is immutable after construction: generate() is const and thread-safe.
 *   @p geo must outlive the generator.
 */
class SandboxOfferGenerator {
public:
    explicit SandboxOfferGenerator(const GeoDatabase &geo = GeoDatabase::instance());
    ~SandboxOfferGenerator();
    SandboxOfferGenerator(const SandboxOfferGenerator &) = delete;
    SandboxOfferGenerator &operator=(const SandboxOfferGenerator &) = delete;

    /** The offers for @p request as seen on @p bookingDate; empty when none (see generateChecked).
     */
    QList<FlightOffer> generate(const SearchRequest &request, const QDate &bookingDate) const;
    /** Like generate(), and says why nothing can be offered (unknown code, same city, no route). */
    SandboxResult generateChecked(const SearchRequest &request, const QDate &bookingDate) const;

    /**
     * The airports a code stands for: a city code gives its main airports (best first, those
     * within 30 rank points of the best, at most four), an airport code that airport; unknown
     * codes give an empty list.
     */
    QList<const Airport *> airportsFor(QStringView code) const;

    /** The provider id stamped on every offer: "sandbox". */
    static QString providerId();

private:
    const GeoDatabase &m_geo;
    std::unique_ptr<SandboxNetwork> m_network;
    std::unique_ptr<SandboxZones> m_zones;
};
