// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

struct ParseContext;

/**
 * Reads the words around a clock hour for TimeOfDayFinder: minutes written before the hour
 * ("quarter past", "20 nach", "ten to", "halb"), minutes written after it ("et quart", "y
 * media", "e venti", "moins le quart", "midi quinze") and the part of the day that follows it
 * ("de la tarde", "du soir", "di sera", "da manhã", "in the afternoon", "abends").
 */
class TimeMinuteReader {
public:
    /** Token @p j is one of @p words (normalised). */
    static bool isAny(const ParseContext &context, int j,
                      std::initializer_list<const char16_t *> words);
    /** "heures", "Uhr", "horas", "ore": the word after an hour. */
    static bool isHourWord(const ParseContext &context, int j);
    /** An article or contracted preposition after a cue ("dopo le 14", "antes do meio dia"). */
    static bool isArticle(const ParseContext &context, int j);
    /** Minutes written after an hour at token @p k: returns the minutes to add (negative:
     * before the hour) and sets @p next, or returns 0. A bare number ("midi quinze") counts only
     * with @p bare. Never reads "and 6pm" or "et 16h" as minutes. */
    static int minutesAfter(const ParseContext &context, int k, int *next, bool bare);
    /** Minutes written before an hour at token @p k: returns the minutes to add to the hour at
     * @p hourToken (negative: before it), or 0. @p halfHour is set for German "halb 3" (2:30,
     * the hour to take one from). */
    static int minutesBefore(const ParseContext &context, int k, int *hourToken, bool *halfHour);
    /** A part of the day written after a time at token @p k: 1 morning, 2 afternoon, 3
     * evening, 4 night (and @p next set), or 0. */
    static int partAfter(const ParseContext &context, int k, int *next);
};
