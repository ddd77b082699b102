// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct DateMention;
struct ParseContext;

/**
 * Reads, for DateFinder, the dates that name a part of a period or count back from now:
 * "3 days ago" / "il y a 2 semaines" / "vor 2 Wochen" / "hace 3 meses" / "3 mesi fa" / "há 2
 * dias"; "the first Monday of March" / "le premier lundi de mars" / "letzter Sonntag im März";
 * "the last day of October"; "first week of October"; "end of the month" / "début avril" /
 * "Anfang Juli" / "a finales de mayo" / "mid March"; and the seasons ("this summer", "cet
 * été", "im Winter"). Each returns true and sets the date (or days) and tokens of @p mention;
 * the tokens read must be free.
 */
class DatePeriodMatcher {
public:
    /** "3 days ago", "a week hence", "il y a deux heures", "vor 7 Tagen", "hace 3 semanas",
     * "tre mesi fa", "2 dias atrás". */
    static bool ago(const ParseContext &context, int i, DateMention &mention);
    /** "the third Tuesday of October 2014", "last Friday in October", "le dernier jour
     * d'octobre", "erste Woche im Oktober", "the last weekend of October". */
    static bool nthOfMonth(const ParseContext &context, int i, DateMention &mention);
    /** "end of the month", "beginning of next week", "end of April", "mi-décembre", "Anfang
     * Juli", "a principios de junio", "inizio luglio", "final de julho", "end of the year". */
    static bool partOf(const ParseContext &context, int i, DateMention &mention);
    /** "this winter", "next summer", "en été", "im Sommer", "este verano", "in estate". */
    static bool season(const ParseContext &context, int i, DateMention &mention);
};
