// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct Airport;
struct SandboxCarrier;

/** One daily scheduled flight of the sandbox: local departure time, block time, equipment. */
struct SandboxFlight {
    const SandboxCarrier *carrier = nullptr;
    const Airport *from = nullptr;
    const Airport *to = nullptr;
    int number = 0;          ///< 1..9999
    int departureMinute = 0; ///< local minutes after midnight at @c from, 06:00..22:30
    int blockMinutes = 0;    ///< gate to gate, a multiple of 5
    QString aircraft;
};

/**
 * The timetable of the sandbox world. A carrier's daily flights on a route depend only on the
 * carrier, the two airports and their distance, so they are the same every day and on every
 * machine; flight numbers are stable per carrier and route (odd one way, even the other).
 */
class SandboxSchedule {
public:
    /**
     * The daily flights of @p carrier from @p from to @p to, earliest first. @p zoneShiftMinutes
     * (UTC offset of @p to minus that of @p from) lets long flights avoid landing between
     * midnight and 05:00 local; @p allDayDestination lifts that rule (hubs open all night).
     */
    static QList<SandboxFlight> daily(const SandboxCarrier &carrier, const Airport &from,
                                      const Airport &to, double km, int zoneShiftMinutes,
                                      bool allDayDestination);

    /**
     * Gate-to-gate minutes: about 30 minutes of taxi and climb plus the distance at ~800 km/h for
     * jets, or 25 minutes plus ~520 km/h for turboprops; scaled by @p variationPermille (e.g. 960
     * to 1040) and rounded to 5 minutes, never under 35.
     */
    static int blockMinutes(double km, bool turboprop, int variationPermille);
    /** Whether an aircraft name from this schedule is a turboprop. */
    static bool isTurboprop(const QString &aircraft);
};
