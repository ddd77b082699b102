// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

/**
 * A VTIMEZONE component (RFC 5545 section 3.6.5) generated from the rules QTimeZone knows
 * (the system's tz database), so that a calendar needs no time-zone database of its own.
 */
class IcsTimeZone {
public:
    /**
     * True when @p zone can be described: a valid IANA zone whose transitions Qt can list.
     * Offset-only zones ("UTC+01:00") cannot; callers then write UTC times instead.
     */
    static bool canDescribe(const QTimeZone &zone);
    /**
     * The unfolded lines of a VTIMEZONE with TZID = the zone's IANA id, valid for every time
     * from @p from to @p to (UTC): one STANDARD/DAYLIGHT observance per transition in that
     * window, the transition in force at @p from first (or, for a zone that never changes,
     * a single STANDARD observance from 1970). Each observance's DTSTART is the local time
     * before the change (RFC 5545), with TZOFFSETFROM/TZOFFSETTO and TZNAME. Deterministic.
     */
    static QStringList component(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
    /** "+0100", "-0330", "+053028" (seconds only when not zero). */
    static QString offset(int seconds);
    /** "20261210T102500": the wall-clock digits of @p local (its own zone), no zone. */
    static QString localStamp(const QDateTime &local);
};
