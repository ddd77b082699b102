// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRouter.h"

#include "SandboxNetwork.h"
#include "SandboxRandom.h"
#include "SandboxZones.h"
#include "geo/GeoDatabase.h"

#include <algorithm>

namespace {
int floorDiv(int value, int divisor) {
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

quint64 codeValue(const QString &code) {
    quint64 v = 0;
    for (QChar c : code)
        v = v * 131 + c.unicode();
    return v;
}

int scoreOf(const SandboxItinerary &it) {
    const SandboxFlight &first = *it.legs.first().flight;
    const SandboxFlight &last = *it.legs.last().flight;
    quint64 h = 0x5eed;
    for (const SandboxLeg &leg : it.legs) {
        h = SandboxRandom::mix(h, codeValue(leg.flight->carrier->code));
        h = SandboxRandom::mix(h, quint64(leg.flight->number) * 8 + quint64(leg.dayOffset));
    }
    return (it.arrivalUtc - it.departureUtc) + 90 * it.stops() + (100 - first.from->rank) / 2 +
           (100 - last.to->rank) / 2 + int(h % 61);
}

bool keeps(const SandboxRouter::Query &q, const SandboxItinerary &it) {
    if (it.stops() > q.maxStops)
        return false;
    if (q.premiumCabin) {
        for (const SandboxLeg &leg : it.legs) {
            if (leg.flight->carrier->lowCost())
                return false;
        }
    }
    if (!q.airlines.isEmpty()) {
        for (const SandboxLeg &leg : it.legs) {
            if (!q.airlines.contains(leg.flight->carrier->code, Qt::CaseInsensitive))
                return false;
        }
    }
    const int dep = it.legs.first().flight->departureMinute;
    if (q.earliestDeparture.isValid() && dep < q.earliestDeparture.msecsSinceStartOfDay() / 60000)
        return false;
    if (q.latestDeparture.isValid() && dep > q.latestDeparture.msecsSinceStartOfDay() / 60000)
        return false;
    return true;
}
} // namespace

SandboxRouter::SandboxRouter(const SandboxNetwork &network, const SandboxZones &zones)
    : m_network(network)
    , m_zones(zones) {}

int SandboxRouter::utcOffsetMinutes(const Airport &airport, const QDate &date) {
    const QString key = airport.code + date.toString(Qt::ISODate);
    const auto it = m_offsets.constFind(key);
    if (it != m_offsets.constEnd())
        return it.value();
    const QTimeZone tz = m_zones.zone(airport.timeZone);
    const int offset = tz.offsetFromUtc(QDateTime(date, QTime(12, 0), tz)) / 60;
    m_offsets.insert(key, offset);
    return offset;
}

int SandboxRouter::minimumConnection(const Airport &hub, const Airport &from, const Airport &to) {
    const bool big = hub.rank >= 80;
    int minutes = big ? 60 : 45;
    if (from.countryCode != hub.countryCode || to.countryCode != hub.countryCode)
        minutes += big ? 30 : 15;
    return minutes;
}

const QList<SandboxFlight> &SandboxRouter::schedule(const SandboxCarrier &carrier,
                                                    const Airport &from, const Airport &to,
                                                    double km, const QDate &date) {
    const QString key = carrier.code + from.code + to.code;
    const auto it = m_schedules.constFind(key);
    if (it != m_schedules.constEnd())
        return *it.value();
    const int shift = utcOffsetMinutes(to, date) - utcOffsetMinutes(from, date);
    const SandboxHub *hub = m_network.hubAt(to.code);
    m_store.push_back(
        SandboxSchedule::daily(carrier, from, to, km, shift, hub != nullptr && hub->allDay));
    const QList<SandboxFlight> *flights = &m_store.back();
    m_schedules.insert(key, flights);
    return *flights;
}

QList<const SandboxCarrier *> SandboxRouter::directCarriers(const Airport &o, const Airport &d,
                                                            double km) const {
    QList<const SandboxCarrier *> candidates;
    const bool europe = SandboxNetwork::isEurope(o) && SandboxNetwork::isEurope(d);
    const bool domestic = o.countryCode == d.countryCode;
    const int lowRank = qMin(o.rank, d.rank);
    auto add = [&](const SandboxCarrier *c) {
        if (c->flies(km) && !candidates.contains(c))
            candidates.append(c);
    };
    for (const QString *country : {&o.countryCode, &d.countryCode}) {
        for (const SandboxCarrier *c : m_network.homeCarriers(*country)) {
            if (!c->lowCost() || ((domestic || europe) && lowRank >= 15))
                add(c);
        }
    }
    for (const Airport *end : {&o, &d}) {
        if (const SandboxHub *hub = m_network.hubAt(end->code)) {
            for (const SandboxCarrier *c : hub->carriers)
                add(c);
        }
    }
    if (europe && lowRank >= 20) {
        for (const SandboxCarrier *c : m_network.europeanLowCost())
            add(c);
    }
    // Thin routes see fewer carriers; the first (a home carrier) always flies.
    const QString &a = o.code < d.code ? o.code : d.code;
    const QString &b = o.code < d.code ? d.code : o.code;
    const int permille = qBound(300, 250 + 8 * lowRank, 1000);
    QList<const SandboxCarrier *> result;
    for (const SandboxCarrier *c : candidates) {
        SandboxRandom rng(SandboxRandom::hash({u"serves", c->code, a, b}));
        const int p = c->lowCost() ? permille * 6 / 10 : permille;
        if (result.isEmpty() || rng.chance(p))
            result.append(c);
    }
    return result;
}

void SandboxRouter::addDirect(const Airport &o, const Airport &d, double km, const QDate &date,
                              QList<SandboxItinerary> &out) {
    if (!m_network.routeExists(o, d, km))
        return;
    const int offset = utcOffsetMinutes(o, date);
    for (const SandboxCarrier *c : directCarriers(o, d, km)) {
        for (const SandboxFlight &f : schedule(*c, o, d, km, date)) {
            SandboxItinerary it;
            it.legs.append({&f, 0});
            it.departureUtc = f.departureMinute - offset;
            it.arrivalUtc = it.departureUtc + f.blockMinutes;
            out.append(it);
        }
    }
}

void SandboxRouter::addConnections(const Airport &o, const Airport &d, double km, const QDate &date,
                                   QList<SandboxItinerary> &out) {
    // The hub must be roughly on the way: 35% detour on long trips, more on short ones.
    const double ratio = km >= 3000 ? 1.35 : km <= 800 ? 2.0 : 2.0 - (km - 800) * 0.65 / 2200;
    const double allowed = qMax(km * ratio, km + 500);
    QList<SandboxHub> hubs = m_network.hubs();
    for (const QString *country : {&o.countryCode, &d.countryCode}) {
        for (const SandboxHub &hub : m_network.countryHubs(*country)) {
            const bool known = std::any_of(hubs.cbegin(), hubs.cend(), [&](const SandboxHub &h) {
                return h.airport == hub.airport;
            });
            if (!known)
                hubs.append(hub);
        }
    }
    for (const SandboxHub &hub : hubs) {
        const Airport &h = *hub.airport;
        if (h.cityCode == o.cityCode || h.cityCode == d.cityCode)
            continue;
        const double d1 = GeoDatabase::distanceKm(o, h);
        const double d2 = GeoDatabase::distanceKm(h, d);
        if (d1 + d2 > allowed || !m_network.routeExists(o, h, d1) ||
            !m_network.routeExists(h, d, d2))
            continue;
        const int mct = minimumConnection(h, o, d);
        const int offO = utcOffsetMinutes(o, date);
        const int offH = utcOffsetMinutes(h, date);
        for (const SandboxCarrier *c : hub.carriers) {
            if (!c->flies(d1) || !c->flies(d2))
                continue;
            const QList<SandboxFlight> &firsts = schedule(*c, o, h, d1, date);
            const QList<SandboxFlight> &seconds = schedule(*c, h, d, d2, date);
            for (const SandboxFlight &f1 : firsts) {
                const int dep1 = f1.departureMinute - offO;
                const int arr1 = dep1 + f1.blockMinutes;
                const int day = floorDiv(arr1 + offH, 1440);
                int matches = 0;
                for (int dd = day; dd <= day + 1 && matches < 3; ++dd) {
                    for (const SandboxFlight &f2 : seconds) {
                        const int dep2 = dd * 1440 + f2.departureMinute - offH;
                        const int layover = dep2 - arr1;
                        if (layover < mct)
                            continue;
                        if (layover >= MaxLayoverMinutes || matches >= 3)
                            break;
                        SandboxItinerary it;
                        it.legs.append({&f1, 0});
                        it.legs.append({&f2, dd});
                        it.departureUtc = dep1;
                        it.arrivalUtc = dep2 + f2.blockMinutes;
                        out.append(it);
                        ++matches;
                    }
                }
            }
        }
    }
}

SandboxRouter::Result SandboxRouter::search(const Query &query) {
    Result result;
    int bestOrigin = 0;
    int bestDestination = 0;
    for (const Airport *a : query.origins)
        bestOrigin = qMax(bestOrigin, a->rank);
    for (const Airport *a : query.destinations)
        bestDestination = qMax(bestDestination, a->rank);
    QList<SandboxItinerary> all;
    for (const Airport *o : query.origins) {
        for (const Airport *d : query.destinations) {
            const double km = GeoDatabase::distanceKm(*o, *d);
            // A city's secondary airports see long-haul non-stops only when they are big.
            const bool secondary = (o->rank < bestOrigin && o->rank < 85) ||
                                   (d->rank < bestDestination && d->rank < 85);
            if (km <= 4000 || !secondary)
                addDirect(*o, *d, km, query.date, all);
            addConnections(*o, *d, km, query.date, all);
        }
    }
    result.unfilteredCount = int(all.size());
    for (SandboxItinerary &it : all) {
        if (!keeps(query, it))
            continue;
        it.score = scoreOf(it);
        result.itineraries.append(it);
    }
    std::stable_sort(result.itineraries.begin(), result.itineraries.end(),
                     [](const SandboxItinerary &a, const SandboxItinerary &b) {
                         if (a.score != b.score)
                             return a.score < b.score;
                         return a.departureUtc < b.departureUtc;
                     });
    return result;
}
