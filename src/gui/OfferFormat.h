// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/**
 * Plain-text display strings for offers, slices and segments, shared by the offers table and
 * the offer details dialog. Times are shown in the local time of the airport they belong to
 * (the zone the QDateTime carries); day and month names come from the current QLocale.
 * Every result is plain text, never rich text.
 */
class OfferFormat {
    Q_DECLARE_TR_FUNCTIONS(OfferFormat)

public:
    /** "7h 25m", "45m", "1d 2h 05m" for 26h05 or more; negative values give "0m". */
    static QString duration(qint64 minutes);
    /** "Thu 10 Dec 10:25" in the zone @p time carries; empty for an invalid time. */
    static QString dayAndTime(const QDateTime &time);
    /** "10:25" in the zone @p time carries. */
    static QString timeOfDay(const QDateTime &time);
    /**
     * Calendar days between the local dates of @p departure and @p arrival, as shown next to
     * an arrival time: "" for the same day, "+1", "+2", "-1".
     */
    static QString dayOffset(const QDateTime &departure, const QDateTime &arrival);
    /** "Non-stop", "1 stop (KEF)", "2 stops (KEF, BOS)"; "" for an empty slice. */
    static QString stops(const Slice &slice);
    /** "BA 117 · BA 1234" */
    static QString flights(const Slice &slice);
    /** "Thu 10 Dec 10:25 LHR" */
    static QString departure(const Slice &slice);
    /** "13:05 JFK", "06:40 +1 JFK" */
    static QString arrival(const Slice &slice);
    /** "Sun 20 Dec 18:00 JFK → 06:30 +1 LHR" */
    static QString sliceTimes(const Slice &slice);
    /** One line for a whole slice: "Sun 20 Dec 18:00 JFK → 06:30 +1 LHR · 7h 30m · Non-stop". */
    static QString sliceSummary(const Slice &slice);
    /** "Economy", "Premium economy", "Business", "First" (translated). */
    static QString cabin(CabinClass cabin);
    /** "British Airways (BA)", or just the code/name when the other is missing. */
    static QString airline(const FlightOffer &offer);
    /** A multi-line plain-text description of every slice and segment with times and aircraft. */
    static QString details(const FlightOffer &offer);
};
