// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/DateFinder.h"

#include <QTime>

struct ParseContext;

/** Reads times of day for DateFinder: clock times, parts of the day and their cue words. */
class TimeOfDayFinder {
public:
    /**
     * A time expression at token @p i: "after 6pm" (timeFrom), "before 10am"/"by 10am"
     * (timeTo), "at 14:30"/"around 6pm" (timeFrom), "between 2pm and 6pm", "from 2pm to 6pm",
     * "morning" (06:00-12:00), "afternoon" (12:00-18:00), "evening"/"night" (18:00-23:59).
     * Sets the times (spec and Duckling fields) and tokens of @p mention (not its date) and returns
     * true if one is found.
     */
    static bool match(const ParseContext &context, int i, DateMention &mention);
    /** A clock time at token @p j ("6pm", "6 pm", "6:30pm", "18:00", "noon", "midnight");
     * @p next gets the token after it; @p minutes (if given) whether minutes were written. */
    static bool clockAt(const ParseContext &context, int j, QTime *time, int *next,
                        bool *minutes = nullptr);
    /** Sets the window of a part of the day (WordClass::DayPart value 1..5) on @p spec. */
    static void dayPartWindow(int part, DateSpec &spec);

private:
    /** Part @p part of the day written from token @p i to @p last, with the "early"/"late"
     * words around it ("en début de matinée", "early morning"). */
    static bool dayPart(const ParseContext &context, int i, int part, int last,
                        DateMention &mention);
};
