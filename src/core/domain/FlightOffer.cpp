// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlightOffer.h"

int FlightOffer::maxStops() const {
    int stops = 0;
    for (const Slice &s : slices)
        stops = qMax(stops, s.stops());
    return stops;
}

qint64 FlightOffer::totalDurationMinutes() const {
    qint64 total = 0;
    for (const Slice &s : slices)
        total += s.durationMinutes();
    return total;
}
