// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

class GeoDatabase;
struct Airport;

/** How a sandbox carrier sells and flies: it decides fares, fleets and which routes it serves. */
struct SandboxCarrier {
    enum class Kind { FullService, LowCost, Regional };
    QString code; ///< IATA code, present in the airline table
    QString name; ///< from GeoDatabase::airline()
    Kind kind = Kind::FullService;
    int minKm = 0;           ///< shortest route it flies (long-haul-only carriers)
    int maxKm = 16000;       ///< longest route it flies
    int farePermille = 1000; ///< fare level against a full-service carrier
    bool lowCost() const { return kind == Kind::LowCost; }
    bool flies(double km) const { return km >= minKm && km <= maxKm; }
};

/** A connecting airport with the carriers that connect there. */
struct SandboxHub {
    const Airport *airport = nullptr;
    QList<const SandboxCarrier *> carriers;
    bool allDay = false; ///< departures around the clock (Gulf and Istanbul hubs)
};

/**
 * The sandbox's curated picture of the airline network, built once from the reference tables:
 * real carriers per country, European low-cost carriers, the big connecting hubs with their home
 * carriers, and per country its best airports as domestic hubs. Codes missing from the tables are
 * skipped. Immutable after construction, so safe to read from any thread.
 */
class SandboxNetwork {
public:
    explicit SandboxNetwork(const GeoDatabase &geo);

    const SandboxCarrier *carrier(QStringView code) const;
    /** The home carriers of an ISO country; empty when the table knows none. */
    QList<const SandboxCarrier *> homeCarriers(QStringView countryCode) const;
    /** Low-cost carriers that fly anywhere in Europe (Ryanair, easyJet, Wizz Air, Vueling). */
    const QList<const SandboxCarrier *> &europeanLowCost() const { return m_europeanLowCost; }
    /** The curated intercontinental and regional hubs present in the tables. */
    const QList<SandboxHub> &hubs() const { return m_hubs; }
    /** The curated hub at this airport, or nullptr. */
    const SandboxHub *hubAt(QStringView airportCode) const;
    /** Up to two best-ranked airports of a country as domestic hubs (home carriers); may be empty.
     */
    QList<SandboxHub> countryHubs(QStringView countryCode) const;

    /** In Europe (by time zone: Europe/..., Canary, Madeira, Azores). */
    static bool isEurope(const Airport &airport);
    /**
     * Whether a scheduled non-stop between the two airports is believable: the longer the flight,
     * the bigger both airports must be (ranks; a curated hub counts as big), a little looser
     * within one country.
     */
    bool routeExists(const Airport &a, const Airport &b, double km) const;

private:
    void addCarrier(const GeoDatabase &geo, const char *code, SandboxCarrier::Kind kind, int minKm,
                    int maxKm, int farePermille);

    QHash<QString, SandboxCarrier> m_carriers;
    QHash<QString, QList<const SandboxCarrier *>> m_homeCarriers;
    QList<const SandboxCarrier *> m_europeanLowCost;
    QList<SandboxHub> m_hubs;
    QHash<QString, int> m_hubIndex;                       ///< airport code -> index in m_hubs
    QHash<QString, QList<const Airport *>> m_topAirports; ///< per country, best first
};
