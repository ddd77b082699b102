// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateSpec.h"
#include "nlp/DateExpression.h"

#include <QList>

struct ParseContext;

/** A date (or a range of days, or a time window on a day) as written in a message. */
struct DateMention {
    DateSpec spec;             ///< resolved against "now"; span set
    int firstToken = 0;        ///< first token of the expression
    int lastToken = 0;         ///< last token of the expression
    bool explicitYear = false; ///< the year was written (a past date then stays past)
    bool rangeEnd = false;     ///< the second end of "3 to 10 June" / "June 3-10"

    // What Duckling would say (DateExpression::fromMention); the parser reads spec only.
    /** How a time of day was written. */
    enum class TimeKind { None, At, After, Before, Between, DayPart };
    DateGrain grain = DateGrain::Day; ///< Week/Month/Quarter/Year: the period starting at period
    QDate period;                     ///< first day of the named week/month/quarter/year
    int periods = 0;      ///< "next 3 weeks": the interval of that many grains from period
    bool weekend = false; ///< a weekend: Friday 18:00 to Monday 00:00
    TimeKind timeKind = TimeKind::None;
    QTime clockFrom;                       ///< At/After/Between: the time written
    QTime clockTo;                         ///< Before/Between: the (second) time written
    DateGrain timeGrain = DateGrain::Hour; ///< Minute when minutes were written
    int dayPart = 0;                       ///< DayPart: WordClass::DayPart value (1..5)
    bool twelveHour = false; ///< At: an hour of 1..11 with no am/pm ("a las tres": 3 or 15)
    int partFrom = -1;       ///< DayPart: first hour of the window when not the usual one
    int partTo = -1;         ///< DayPart: end hour (exclusive) when not the usual one
    /** The mention is an open interval of days: 1 from the date on ("after June 3"), -1 up to
     * it ("before June 3"). */
    int openSide = 0;
};

/**
 * Finds the date and time expressions of a message (English; the common forms of fr, de, es,
 * it, pt) and resolves them against the context's "now":
 * - ISO "2026-12-10"; "10/12" is month/day unless the first number is over 12 ("25/12" is
 *   day/month); "10.12.2026" is day.month.year; "10 December", "December 10", "Dec 10th",
 *   "the 3rd of March", "March 3rd, 2027", "in March" (the month as a range);
 * - "today", "tonight", "tomorrow", "day after tomorrow"; weekdays: "friday"/"on friday" is the
 *   coming one strictly after today, "this friday" the coming one with today counting, "next
 *   friday" Duckling's: that weekday in the next Monday-Sunday week; "friday after next";
 * - "next week"/"this week" (Monday..Sunday ranges), "next month", "this/next weekend"
 *   (Saturday..Sunday), "in 3 days", "in two weeks", "in a month";
 * - ranges "from 3 to 10 June", "3-10 June", "June 3 to 10" (two mentions, the second with
 *   rangeEnd);
 * - times: "morning" 06:00-12:00, "afternoon" 12:00-18:00, "evening"/"night" 18:00-23:59,
 *   "after 6pm" (timeFrom), "before 10am" (timeTo), "at 14:30", "between 2pm and 6pm". A time
 *   joins the date next to it ("friday after 6pm"), or else the nearest date; a time with no
 *   date at all is dropped;
 * - holidays in six languages (HolidayCalendar), "3 days ago" / "vor 2 Wochen", "the first
 *   Monday of March", "end of the month" / "début avril", seasons (DatePeriodMatcher), day
 *   ranges in each language (DateDayMatcher), "quarter past 3" / "et quart" / "y media"
 *   (TimeMinuteReader); "after June 3" / "prima del 20 aprile" set openSide.
 * A date without a year that has passed means its next occurrence. Takes the tokens it reads.
 * Mentions come back in text order.
 */
class DateFinder {
public:
    /** With @p keepLoneTimes, a time that no date is next to comes back as a mention of its own
     * with an invalid date (the `dates` command) instead of joining the nearest date. */
    static QList<DateMention> find(ParseContext &context, bool keepLoneTimes = false);
};
