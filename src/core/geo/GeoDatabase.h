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

    const Airport *airport(QStringView iataCode) const;
    const City *city(QStringView cityCode) const;
    const Airline *airline(QStringView iataCode) const;

    /** Cities whose name in any of the six languages normalises to @p name, most populous first. */
    QList<const City *> citiesByName(QStringView name) const;
    /**
     * Airports known by @p name: the full name ("london heathrow airport") or its distinctive
     * part ("heathrow", "charles de gaulle"), best ranked first.
     */
    QList<const Airport *> airportsByName(QStringView name) const;
    QList<const Airline *> airlinesByName(QStringView name) const;
    /** The airports that belong to a city (metro) code, best ranked first. */
    QList<const Airport *> airportsOfCity(QStringView cityCode) const;

    /** A Place for a city or airport code; an airport code that is also a city code gives the city.
     */
    Place placeForCode(QStringView code) const;
    Place placeForCity(const City &city) const;
    Place placeForAirport(const Airport &airport) const;

    /** Lower case, accents removed (é->e, ß->ss, ø->o...), punctuation and hyphens to spaces,
     * spaces collapsed. */
    static QString normalise(QStringView text);
    /** Great-circle distance in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    static double distanceKm(const Airport &a, const Airport &b);

    /** Longest name (in normalised words) in the name indexes, for the place finder's window. */
    int maxNameWords() const { return m_maxNameWords; }
    qsizetype airportCount() const { return m_airports.size(); }
    qsizetype cityCount() const { return m_cities.size(); }
    qsizetype airlineCount() const { return m_airlines.size(); }

private:
    GeoDatabase();
    void load();

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
