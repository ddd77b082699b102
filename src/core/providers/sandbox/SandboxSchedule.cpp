// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSchedule.h"

#include "SandboxNetwork.h"
#include "SandboxRandom.h"
#include "geo/GeoDatabase.h"

#include <cmath>

namespace {
constexpr int FirstSlotMinute = 6 * 60;      // 06:00
constexpr int LastSlotMinute = 22 * 60 + 30; // 22:30
constexpr int SlotCount = (LastSlotMinute - FirstSlotMinute) / 5 + 1;

// Relative departures per local hour 06..22: banks in the morning and early evening for
// short-haul; long-haul leans to late morning and evening departures.
const int ShortHaulWeights[17] = {5, 6, 5, 4, 3, 3, 3, 3, 3, 3, 4, 5, 5, 4, 3, 2, 1};
const int LongHaulWeights[17] = {1, 2, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 4};

int slotWeight(int slot, bool longHaul) {
    const int hour = (FirstSlotMinute + slot * 5) / 60 - 6;
    return (longHaul ? LongHaulWeights : ShortHaulWeights)[hour];
}

int totalWeight(bool longHaul) {
    int total = 0;
    for (int s = 0; s < SlotCount; ++s)
        total += slotWeight(s, longHaul);
    return total;
}

int slotAt(int target, bool longHaul) {
    int acc = 0;
    for (int s = 0; s < SlotCount; ++s) {
        acc += slotWeight(s, longHaul);
        if (target < acc)
            return s;
    }
    return SlotCount - 1;
}

QString pick(SandboxRandom &rng, std::initializer_list<const char *> names) {
    const int i = rng.bounded(int(names.size()));
    return QString::fromLatin1(*(names.begin() + i));
}

QString aircraftFor(const SandboxCarrier &c, double km, int lowRank, SandboxRandom &rng) {
    const QString &code = c.code;
    if (!c.lowCost() && km < 450 && (lowRank < 45 || (lowRank < 70 && rng.chance(250))))
        return pick(rng, {"ATR 72-600", "De Havilland Dash 8-400"});
    if (!c.lowCost() && km < 1000 && lowRank < 35)
        return pick(rng, {"Embraer E190", "Embraer E195-E2", "Bombardier CRJ900"});
    if (km <= 3500) {
        if (code == u"FR" || code == u"WN" || code == u"TO" || code == u"HV")
            return pick(rng, {"Boeing 737-800", "Boeing 737 MAX 8"});
        if (code == u"U2" || code == u"VY" || code == u"EW")
            return pick(rng, {"Airbus A320", "Airbus A320neo", "Airbus A319"});
        if (code == u"W6")
            return pick(rng, {"Airbus A321neo", "Airbus A320"});
        return pick(rng, {"Airbus A320", "Airbus A320neo", "Airbus A321neo", "Boeing 737-800",
                          "Airbus A319", "Boeing 737 MAX 8"});
    }
    if (km <= 6000)
        return pick(rng, {"Airbus A321LR", "Boeing 787-8", "Airbus A330-300", "Boeing 767-300ER",
                          "Airbus A330-900"});
    if (code == u"EK")
        return pick(rng, {"Airbus A380-800", "Boeing 777-300ER"});
    return pick(rng, {"Boeing 787-9", "Airbus A350-900", "Boeing 777-300ER", "Airbus A350-1000"});
}

int frequency(const SandboxCarrier &c, const Airport &from, const Airport &to, double km,
              SandboxRandom &rng) {
    const bool busy = from.rank + to.rank >= 180;
    int cap = km > 9000 ? (busy ? 3 : 2) : km > 4000 ? (busy ? 5 : 3) : km > 1500 ? 4 : 7;
    if (c.lowCost())
        cap = qMin(cap, 3);
    if (c.kind == SandboxCarrier::Kind::Regional)
        cap = qMin(cap, 4);
    const int f = 1 + (from.rank + to.rank) / 35 + rng.bounded(3);
    return qBound(1, f, cap);
}
} // namespace

int SandboxSchedule::blockMinutes(double km, bool turboprop, int variationPermille) {
    // Gate to gate: taxi, climb and approach add about 40 min (30 for a turboprop) to cruise.
    const double minutes = turboprop ? 30.0 + km * 60.0 / 500.0 : 40.0 + km * 60.0 / 780.0;
    const double varied = minutes * variationPermille / 1000.0;
    const int rounded = int(std::lround(varied / 5.0)) * 5;
    return qMax(35, rounded);
}

bool SandboxSchedule::isTurboprop(const QString &aircraft) {
    return aircraft.startsWith(u"ATR") || aircraft.contains(u"Dash 8");
}

QList<SandboxFlight> SandboxSchedule::daily(const SandboxCarrier &carrier, const Airport &from,
                                            const Airport &to, double km, int zoneShiftMinutes,
                                            bool allDayDestination) {
    const bool forward = from.code < to.code;
    const QString &first = forward ? from.code : to.code;
    const QString &second = forward ? to.code : from.code;
    const quint64 routeHash = SandboxRandom::hash({u"route", carrier.code, first, second});
    SandboxRandom routeRng(routeHash);
    // Flight numbers: a stable base per carrier and city pair, odd one way and even the other.
    const int span = km > 4000 ? 450 : (km > 1500 && !carrier.lowCost()) ? 1400 : 4400;
    const int offset = km > 4000 ? 0 : (km > 1500 && !carrier.lowCost()) ? 100 : 1000;
    const int base = offset / 2 + routeRng.bounded(span);
    const int variation = routeRng.range(960, 1040);

    SandboxRandom rng(SandboxRandom::mix(routeHash, forward ? 1 : 2));
    const int count = frequency(carrier, from, to, km, rng);
    const bool longHaul = km > 4000;
    const int total = totalWeight(longHaul);
    const int lowRank = qMin(from.rank, to.rank);

    QList<SandboxFlight> flights;
    flights.reserve(count);
    for (int i = 0; i < count; ++i) {
        SandboxFlight f;
        f.carrier = &carrier;
        f.from = &from;
        f.to = &to;
        f.number = qBound(1, (base + i * 3) * 2 + (forward ? 1 : 0), 9999);
        f.aircraft = aircraftFor(carrier, km, lowRank, rng);
        f.blockMinutes = blockMinutes(km, isTurboprop(f.aircraft), variation);
        // Stratified over the day's weight so a carrier's flights spread over the banks.
        const int lo = total * i / count;
        const int hi = total * (i + 1) / count;
        for (int attempt = 0; attempt < 6; ++attempt) {
            f.departureMinute = FirstSlotMinute + 5 * slotAt(rng.range(lo, hi - 1), longHaul);
            const int arrival =
                ((f.departureMinute + f.blockMinutes + zoneShiftMinutes) % 1440 + 1440) % 1440;
            if (allDayDestination || arrival >= 5 * 60)
                break;
        }
        flights.append(f);
    }
    std::sort(flights.begin(), flights.end(), [](const SandboxFlight &a, const SandboxFlight &b) {
        return a.departureMinute < b.departureMinute ||
               (a.departureMinute == b.departureMinute && a.number < b.number);
    });
    return flights;
}
