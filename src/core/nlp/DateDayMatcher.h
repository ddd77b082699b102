// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/DateFinder.h"

#include <QList>

struct ParseContext;

/**
 * Reads calendar dates for DateFinder: "10 December", "December 10th, 2026", "the 3rd of
 * March", "in March", "2026-12-10", "10/12", "10.12.2026", "on the 15th", "dia 15", and ranges
 * of days ("du 3 au 10 juin", "vom 3. bis 10. Juni", "del 3 al 10 de junio", "dal 3 al 10
 * giugno", "de 3 a 10 de junho", "between June 3 and 10", "13 juillet au 15 juillet", "Aug 8 -
 * Aug 12", "du 13 au 18"). A date without a year that has passed means its next occurrence.
 * Each match sets the dates and tokens of its mentions (the second end of a range comes as a
 * mention of its own with rangeEnd) and returns true; the tokens read must be free.
 */
class DateDayMatcher {
public:
    /** Day then month ("10 December", "3 au 10 juin"): one mention, or two for a range. */
    static bool dayMonth(const ParseContext &context, int i, QList<DateMention> &out);
    /** Month then day ("December 10", "June 3-10", "Aug 8 - Aug 12") or a month alone after a
     * cue ("in March", "December 2026"). */
    static bool monthDay(const ParseContext &context, int i, QList<DateMention> &out);
    /** "2026-12-10", "10/12" (month/day in English unless the first number is over 12),
     * "25/12/2026", "10.12.2026", "2014-10" (a month). */
    static bool numeric(const ParseContext &context, int i, DateMention &mention);
    /** "on the 15th", "le 16", "el 5", "dia 15", "giorno 3": the next such day of a month. */
    static bool dayOfMonth(const ParseContext &context, int i, DateMention &mention);
    /** A day of the month at token @p j ("10", "10th", "third", "cinco" before a month). */
    static bool dayAt(const ParseContext &context, int j, int *day, int *next,
                      bool *hasSuffix = nullptr);
    /** Token @p j makes the number before it no day: a unit, travellers, am/pm, ':', money. */
    static bool isTimeNoun(const ParseContext &context, int j);
    /** Day.month at @p i with no year and no final dot that the words around make a date, not a
     * time: "am 9.12", "12.12 bis 15.12" (but "um 12.30 Uhr" is a time). */
    static bool germanDayMonth(const ParseContext &context, int i);
};
