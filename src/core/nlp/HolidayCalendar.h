// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

struct DateMention;
struct ParseContext;

/**
 * Holidays of the six languages: fixed days (Christmas, New Year, national days), days counted
 * from Easter (Gregorian computus: Good Friday, Easter Monday, Ascension, Pentecost...) or from
 * Orthodox Easter, and nth weekdays of a month (Thanksgiving, Mother's Day...). Tables are built
 * once; lookups are const and thread-safe.
 */
class HolidayCalendar {
public:
    /** Easter Sunday of @p year in the Gregorian calendar (any year 1583..). */
    static QDate easter(int year);
    /** Orthodox Easter Sunday of @p year, as a Gregorian date (1900..2099). */
    static QDate orthodoxEaster(int year);
    /** The @p n th @p weekday (1 Monday..7) of @p month; @p n = -1 the last one. Invalid when
     * the month has no such day. */
    static QDate nthWeekday(int year, int month, int weekday, int n);
    /**
     * A holiday name at token @p i ("Christmas", "Noël", "Weihnachten", "Pâques", "Semana
     * Santa", "Thanksgiving 2014", "last Easter", "next Mother's Day"): sets the day (or the range
     * of days) and the tokens of @p mention. Without a year the next occurrence counting today;
     * with "last" the latest one before today. Returns false when no holiday starts at @p i.
     */
    static bool match(const ParseContext &context, int i, DateMention &mention);
};
