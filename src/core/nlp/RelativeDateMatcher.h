// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/DateFinder.h"

#include <QDate>

struct ParseContext;

/**
 * Reads the dates DateFinder names relative to today. Each match sets the date (and, where
 * one is named, the Duckling period, grain and time window) and the tokens of @p mention, and
 * returns true; the tokens must be free.
 */
class RelativeDateMatcher {
public:
    /** "next week", "this week", "last month", "next year", "this/next weekend", "week-end",
     * "semaine prochaine", "semana que viene", "this morning". */
    static bool period(const ParseContext &context, int i, DateMention &mention);
    /** "today", "tonight", "tomorrow", "the day after tomorrow", "yesterday", "übermorgen". */
    static bool day(const ParseContext &context, int i, DateMention &mention);
    /** "in 3 days", "in two weeks", "dans 15 jours", "en 2 semanas", "tra 3 giorni", "em 5 dias".
     */
    static bool offset(const ParseContext &context, int i, DateMention &mention);
    /** "last", "dernier", "letzte", "pasado", "scorso", "passado", "ultima" at token @p j. */
    static bool isLast(const ParseContext &context, int j);
    /** The Monday of the week of @p date. */
    static QDate mondayOf(const QDate &date);
};
