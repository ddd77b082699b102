// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/FlexibilityFinder.h"

#include "nlp/ParseContext.h"

#include <algorithm>
#include <initializer_list>

namespace {

bool isOneOf(const ParseContext &c, int i, std::initializer_list<QStringView> words) {
    if (!c.isFree(i))
        return false;
    return std::any_of(words.begin(), words.end(), [&](QStringView w) { return c.is(i, w); });
}

bool isDayWord(const ParseContext &c, int i) {
    return isOneOf(c, i,
                   {u"day", u"days", u"jour", u"jours", u"tag", u"tage", u"tagen", u"dia", u"dias",
                    u"giorno", u"giorni"});
}

bool isDateWord(const ParseContext &c, int i) {
    return isOneOf(c, i,
                   {u"date", u"dates", u"fechas", u"fecha", u"datas", u"data", u"daten",
                    u"reisedaten", u"termine", u"reisedatum", u"datum"});
}

bool isFlexibleWord(const ParseContext &c, int i) {
    return isOneOf(c, i,
                   {u"flexible", u"flexibles", u"flexibel", u"flexiblen", u"flexibler",
                    u"flexibility", u"flexibilite", u"flexibilitat", u"flexibilidad",
                    u"flessibilita", u"flexibilidade", u"flessibile", u"flessibili", u"flexivel",
                    u"flexiveis"});
}

bool isExactWord(const ParseContext &c, int i) {
    return isOneOf(c, i, {u"exact",    u"fixed",  u"exactes", u"exacte", u"fixes",   u"fixe",
                          u"precises", u"feste",  u"festen",  u"genaue", u"genauen", u"fixen",
                          u"exactas",  u"exacta", u"fijas",   u"fija",   u"esatte",  u"esatta",
                          u"fisse",    u"fissa",  u"exatas",  u"exata",  u"fixas",   u"fixa"});
}

bool isNegation(const ParseContext &c, int i) {
    return isOneOf(c, i, {u"not", u"pas", u"nicht", u"no", u"non", u"nao", u"kein", u"keine"});
}

/** A fare kind, not dates: "flexible ticket", "billet flexible", "tarifa flexible". */
bool isFareWord(const ParseContext &c, int i) {
    return c.valid(i) &&
           (c.is(i, u"ticket") || c.is(i, u"tickets") || c.is(i, u"fare") || c.is(i, u"fares") ||
            c.is(i, u"billet") || c.is(i, u"billets") || c.is(i, u"tarif") || c.is(i, u"tarifs") ||
            c.is(i, u"tarifa") || c.is(i, u"tarife") || c.is(i, u"biglietto") ||
            c.is(i, u"bilhete") || c.is(i, u"billete"));
}

/** A small count of days at token @p i ("2", "a", "un", "zwei"...), or -1. */
int countAt(const ParseContext &c, int i) {
    if (!c.isFree(i))
        return -1;
    const Token &t = c.tokens.at(i);
    if (t.isNumber())
        return t.number > 99 ? 99 : int(t.number);
    static const std::initializer_list<std::pair<QStringView, int>> words = {
        {u"a", 1},     {u"an", 1},     {u"one", 1},   {u"un", 1},    {u"une", 1},  {u"ein", 1},
        {u"einen", 1}, {u"einem", 1},  {u"uno", 1},   {u"una", 1},   {u"um", 1},   {u"uma", 1},
        {u"two", 2},   {u"deux", 2},   {u"zwei", 2},  {u"dos", 2},   {u"due", 2},  {u"dois", 2},
        {u"duas", 2},  {u"three", 3},  {u"trois", 3}, {u"drei", 3},  {u"tres", 3}, {u"tre", 3},
        {u"four", 4},  {u"quatre", 4}, {u"vier", 4},  {u"cuatro", 4}};
    for (const auto &[word, value] : words) {
        if (t.is(word))
            return value;
    }
    return -1;
}

/** The end of a "plus or minus" marker starting at @p i, or -1: "±", "+/-", "+-", "plus or
 * minus", "plus ou moins", "plus minus", "más o menos", "più o meno", "mais ou menos". */
int plusMinusEnd(const ParseContext &c, int i) {
    if (!c.isFree(i))
        return -1;
    if (c.isSymbol(i, u'±'))
        return i;
    if (c.isSymbol(i, u'+')) {
        int k = i + 1;
        if (c.isSymbol(k, u'/') && c.glued(k))
            ++k;
        if ((c.isSymbol(k, u'-') || c.isSymbol(k, u'−')) && c.glued(k))
            return k;
        return -1;
    }
    if (!isOneOf(c, i, {u"plus", u"mas", u"piu", u"mais"}))
        return -1;
    int k = i + 1;
    if (isOneOf(c, k, {u"or", u"ou", u"o", u"oder"}))
        ++k;
    return isOneOf(c, k, {u"minus", u"moins", u"menos", u"meno"}) ? k : -1;
}

struct Found {
    int first = -1;
    int last = -1;
    int days = -1;
};

/** "<marker> [N] day(s)" after the marker ending at @p markerEnd: the days and the last token. */
Found daysAfter(const ParseContext &c, int first, int markerEnd) {
    int k = markerEnd + 1;
    int n = countAt(c, k);
    if (n >= 0)
        ++k;
    if (!isDayWord(c, k))
        return {};
    return {first, k, n >= 0 ? n : 1};
}

/** A flexibility phrase starting at token @p i. */
Found phraseAt(const ParseContext &c, int i) {
    // "+/- 2 days", "± 3 jours", "plus minus 2 Tage", "más o menos 2 días"
    const int marker = plusMinusEnd(c, i);
    if (marker >= 0)
        return daysAfter(c, i, marker);
    // "give or take a day"
    if (isOneOf(c, i, {u"give"}) && isOneOf(c, i + 1, {u"or"}) && isOneOf(c, i + 2, {u"take"}))
        return daysAfter(c, i, i + 2);
    const int n = countAt(c, i);
    if (n >= 0 && isDayWord(c, i + 1)) {
        // "à 2 jours près", "à un jour près"
        if (isOneOf(c, i + 2, {u"pres"})) {
            const int first = isOneOf(c, i - 1, {u"a"}) && !c.english ? i - 1 : i;
            return {first, i + 2, n};
        }
        // "a day either way", "2 days either side", "2 days before or after", "2 days earlier or
        // later"
        if (isOneOf(c, i + 2, {u"either"}) && isOneOf(c, i + 3, {u"way", u"side"}))
            return {i, i + 3, n};
        if ((isOneOf(c, i + 2, {u"before"}) && isOneOf(c, i + 3, {u"or"}) &&
             isOneOf(c, i + 4, {u"after"})) ||
            (isOneOf(c, i + 2, {u"earlier"}) && isOneOf(c, i + 3, {u"or"}) &&
             isOneOf(c, i + 4, {u"later"})))
            return {i, i + 4, n};
    }
    return {};
}

void record(ParseContext &c, TravelRequest &r, const Found &f) {
    const TextSpan span = c.span(f.first, f.last);
    const int days = std::clamp(f.days, 0, TravelRequest::MaxFlexibleDays);
    // Several mentions: the largest flexibility, one span over them all.
    if (!r.flexibleDays || days > *r.flexibleDays)
        r.flexibleDays = days;
    if (!r.flexibleSpan.isValid())
        r.flexibleSpan = span;
    else
        r.flexibleSpan = TextSpan{std::min(r.flexibleSpan.start, span.start),
                                  std::max(r.flexibleSpan.end, span.end)};
    c.take(f.first, f.last, TokenOwner::Flexibility);
}

} // namespace

void FlexibilityFinder::find(ParseContext &c, TravelRequest &r) {
    // Explicit numbers first, so that "flexible, +/- 1 day" means one day.
    bool explicitDays = false;
    for (int i = 0; i < c.size(); ++i) {
        const Found f = phraseAt(c, i);
        if (f.first < 0)
            continue;
        record(c, r, f);
        explicitDays = true;
        i = f.last;
    }
    for (int i = 0; i < c.size(); ++i) {
        if (isFlexibleWord(c, i)) {
            if (isFareWord(c, i + 1) || isFareWord(c, i - 1))
                continue;
            Found f{i, i, TravelRequest::DefaultFlexibleDays};
            if (isDateWord(c, i - 1)) // "dates flexibles", "fechas flexibles"
                f.first = i - 1;
            else if (isDateWord(c, i + 1)) // "flexible dates"
                f.last = i + 1;
            if (isNegation(c, f.first - 1)) { // "not flexible", "pas flexible"
                f.first -= 1;
                f.days = 0;
            }
            if (explicitDays && f.days > 0) {
                // The number given says how flexible: the word is only highlighted.
                f.days = *r.flexibleDays;
            }
            record(c, r, f);
            i = f.last;
            continue;
        }
        // "exact dates", "fixed dates", "dates fixes", "feste Daten", "fechas exactas"
        if (isExactWord(c, i) && isDateWord(c, i + 1)) {
            record(c, r, {i, i + 1, 0});
            r.flexibleDays = 0;
            ++i;
        } else if (isDateWord(c, i) && isExactWord(c, i + 1)) {
            record(c, r, {i, i + 1, 0});
            r.flexibleDays = 0;
            ++i;
        }
    }
}
