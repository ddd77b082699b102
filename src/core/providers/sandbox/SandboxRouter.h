// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxSchedule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>

#include <deque>

struct Airport;
struct SandboxCarrier;
class SandboxNetwork;
class SandboxZones;

/** One flight of an itinerary, flown on the slice date plus @c dayOffset (local at its origin). */
struct SandboxLeg {
    const SandboxFlight *flight = nullptr;
    int dayOffset = 0;
};

/** A way to fly one slice: a non-stop flight or flights connecting at a hub. */
struct SandboxItinerary {
    QList<SandboxLeg> legs;
    int departureUtc = 0; ///< minutes from the slice date's 00:00 UTC
    int arrivalUtc = 0;
    int score = 0; ///< lower is more attractive (elapsed time, stops, airports)
    const SandboxCarrier *carrier() const { return legs.first().flight->carrier; }
    int stops() const { return int(legs.size()) - 1; }
};

/**
 * Finds the itineraries of one slice in the sandbox timetable: non-stops where the route exists
 * and one-stop connections through hubs that lie roughly on the way, with a minimum connection
 * time (45 minutes, more at big or international hubs) and under 8 hours of layover.
 * One router serves one search: it caches the schedules it builds, and the itineraries it returns
 * point into that cache, so they live as long as the router.
 */
class SandboxRouter {
public:
    struct Query {
        QList<const Airport *> origins;
        QList<const Airport *> destinations;
        QDate date;
        int maxStops = 1;
        QStringList airlines;      ///< every segment's carrier must be listed; empty keeps all
        bool premiumCabin = false; ///< business or first: low-cost carriers sell neither
        QTime earliestDeparture;
        QTime latestDeparture;
    };
    struct Result {
        QList<SandboxItinerary> itineraries; ///< filtered, most attractive first
        int unfilteredCount = 0;             ///< before the airline/stop/time filters
    };

    SandboxRouter(const SandboxNetwork &network, const SandboxZones &zones);

    Result search(const Query &query);
    /** Minutes east of UTC of @p airport around noon of @p date (cached). */
    int utcOffsetMinutes(const Airport &airport, const QDate &date);
    /** Minimum connection minutes at @p hub between the two given flights. */
    static int minimumConnection(const Airport &hub, const Airport &from, const Airport &to);
    static constexpr int MaxLayoverMinutes = 8 * 60;

private:
    const QList<SandboxFlight> &schedule(const SandboxCarrier &carrier, const Airport &from,
                                         const Airport &to, double km, const QDate &date);
    QList<const SandboxCarrier *> directCarriers(const Airport &o, const Airport &d,
                                                 double km) const;
    void addDirect(const Airport &o, const Airport &d, double km, const QDate &date,
                   QList<SandboxItinerary> &out);
    void addConnections(const Airport &o, const Airport &d, double km, const QDate &date,
                        QList<SandboxItinerary> &out);

    const SandboxNetwork &m_network;
    const SandboxZones &m_zones;
    std::deque<QList<SandboxFlight>> m_store;
    QHash<QString, const QList<SandboxFlight> *> m_schedules;
    QHash<QString, int> m_offsets;
};
