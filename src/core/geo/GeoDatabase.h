// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Place.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

/** One airport from the generated table resources/data/airports.tsv. */
struct Airport {
    QString code;        ///< IATA
    QString name;        ///< English name, e.g. "London Heathrow Airport"
    QString cityCode;    ///< metro or own code (LHR -> LON, MUC -> MUC)
    QString countryCode; ///< ISO 3166-1 alpha-2
    double latitude = 0;
    double longitude = 0;
    QByteArray timeZone; ///< IANA id
    int rank = 0;        ///< importance 0..100 (higher: more traffic expected); generator-defined
};

/** A city people fly to, with its names in en/fr/de/es/it/pt (resources/data/cities.tsv). */
struct City {
    enum Lang { En, Fr, De, Es, It, Pt, LangCount };
    QString code; ///< metro code (PAR) or the code of its main airport (MUC)
    QString names[LangCount];
    QString countryCode;
    QString region; ///< first-level division name, e.g. "Texas" (for telling homonyms apart)
    double latitude = 0;
    double longitude = 0;
    QByteArray timeZone;
    qint64 population = 0;
};

/** An airline (resources/data/airlines.tsv). */
struct Airline {
    QString code; ///< IATA two-character code
    QString name;
    QString countryCode; ///< ISO 3166-1 alpha-2, may be empty
};

/**
 * The project's reference tables: airports, cities and airlines, generated from ../shared/data
 * by tools/generate_geo_tables.py and embedded in the binary as Qt resources.
 *
 * instance() loads the tables once, on first use, thread-safely; every lookup after that is
 * const, lock-free and safe from any thread. Returned pointers stay valid for the life of the
 * program. Name lookups take any spelling: case, accents, punctuation and repeated spaces are
 * ignored (see normalise()).
 */
class GeoDatabase {
public:
    static const GeoDatabase &instance();

    /** The airport with this IATA code (any case), or nullptr. */
    const Airport *airport(QStringView iataCode) const;
    /**
     * The main city of a city code (any case): the most populous city carrying it (PAR -> Paris,
     * MUC -> Munich), or nullptr. Several cities may share a code (suburbs).
     */
    const City *city(QStringView cityCode) const;
    /** The airline with this IATA code (any case), or nullptr. */
    const Airline *airline(QStringView iataCode) const;

    /**
     * Cities whose name in any of the six languages, or its short form ("Frankfurt" for
     * "Frankfurt am Main"), normalises like @p name; the likeliest first (the most populous,
     * unless a comparable homonym has a clearly bigger airport of its own: Valencia, Spain before
     * Valencia, Venezuela), the rest most populous first; empty if none.
     */
    QList<const City *> citiesByName(QStringView name) const;
    /**
     * Airports known by @p name: the full name ("london heathrow airport") or its distinctive
     * part ("heathrow", "charles de gaulle", "fiumicino", "kennedy"), best ranked first; empty
     * if none. Common words alone ("city", "international") never match. See NameKeys.
     */
    QList<const Airport *> airportsByName(QStringView name) const;
    /** Airlines by full name ("Iberia Airlines") or short name ("iberia"); empty if none. */
    QList<const Airline *> airlinesByName(QStringView name) const;
    /** The airports that belong to a city (metro) code, best ranked first; empty if none. */
    QList<const Airport *> airportsOfCity(QStringView cityCode) const;

    /**
     * A Place for a city or airport code (any case). A code that is a city code gives a City
     * place named after the main city (PAR -> "Paris", and MUC -> "Munich" although MUC is also
     * an airport); any other airport code gives an Airport place with the airport's name and
     * its city code (LHR -> LON). A metro code that no listed city carries (a few remote ones)
     * gives a City place named after its best airport. Unknown or empty: an invalid Place.
     */
    Place placeForCode(QStringView code) const;
    Place placeForCity(const City &city) const;
    Place placeForAirport(const Airport &airport) const;

    /**
     * Lower case, accents removed (NFKD, marks dropped; ß->ss, æ->ae, ø->o, œ->oe, ł->l, đ->d,
     * ı->i), everything but letters and digits (apostrophes, hyphens, dots, commas...) to
     * spaces, spaces collapsed and trimmed. "São Paulo" -> "sao paulo", "O'Hare" -> "o hare".
     */
    static QString normalise(QStringView text);
    /** Great-circle distance in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    static double distanceKm(const Airport &a, const Airport &b);

    /** Longest name (in normalised words) in the name indexes, for the place finder's window. */
    int maxNameWords() const { return m_maxNameWords; }
    /** Every airport, sorted by code (the table's order). */
    const QList<Airport> &airports() const { return m_airports; }
    /** Every city, grouped by code, most populous first within a code. */
    const QList<City> &cities() const { return m_cities; }
    /** Every airline, sorted by code. */
    const QList<Airline> &airlines() const { return m_airlines; }
    qsizetype airportCount() const { return m_airports.size(); }
    qsizetype cityCount() const { return m_cities.size(); }
    qsizetype airlineCount() const { return m_airlines.size(); }

private:
    GeoDatabase();
    void load();
    void loadAirports();
    void loadCities();
    void loadAirlines();
    // Each fills one name index and returns its longest name in words.
    int buildCityIndex();
    /** Adds the hand-maintained names (place_aliases.tsv: "Rio", "Roissy") ahead of the others
     * (an airport's name then no longer names the town: "Beauvais" is BVA); returns the most
     * words in one. */
    int addAliases();
    /** The rank of the best airport of @p city's code within 30 km of it; 0 when none. */
    int nearbyAirportRank(const City &city) const;
    /** Moves a clearly better-served homonym ahead of the most populous one. */
    void preferBetterServed(QList<const City *> &homonyms) const;
    int buildAirportIndex();
    int buildAirlineIndex();

    QList<Airport> m_airports;
    QList<City> m_cities;
    QList<Airline> m_airlines;
    QHash<QString, const Airport *> m_airportByCode;
    QHash<QString, const City *> m_cityByCode;
    QHash<QString, const Airline *> m_airlineByCode;
    QHash<QString, QList<const City *>> m_citiesByName;
    QHash<QString, QList<const Airport *>> m_airportsByName;
    QHash<QString, QList<const Airline *>> m_airlinesByName;
    QHash<QString, QList<const Airport *>> m_airportsByCity;
    int m_maxNameWords = 1;
};
