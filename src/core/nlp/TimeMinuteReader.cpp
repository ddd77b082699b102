// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/TimeMinuteReader.h"

#include "nlp/ParseContext.h"

namespace {

bool isAny(const ParseContext &c, int j, std::initializer_list<const char16_t *> words) {
    return TimeMinuteReader::isAny(c, j, words);
}

/** "heures", "Uhr", "horas", "ore": the word after an hour ("15 heures", "15 Uhr 30"). */
bool isHourWord(const ParseContext &c, int j) {
    static const char16_t *const words[] = {u"heure", u"heures", u"uhr", u"hora",
                                            u"horas", u"ore",    u"ora", u"hrs"};
    for (const char16_t *w : words) {
        if (c.is(j, QStringView(w)))
            return true;
    }
    return false;
}

bool isArticle(const ParseContext &c, int j) {
    return isAny(c, j,
                 {u"le",    u"la",  u"les", u"l", u"las", u"los", u"the", u"do", u"da",   u"delle",
                  u"della", u"dem", u"der", u"o", u"as",  u"os",  u"del", u"al", u"alle", u"lo"});
}

bool isQuarter(const ParseContext &c, int j) {
    return isAny(c, j, {u"quarter", u"quart", u"cuarto", u"quarto", u"viertel"});
}

bool isHalf(const ParseContext &c, int j) {
    return isAny(c, j, {u"half", u"demie", u"demi", u"media", u"meia", u"mezza", u"mezzo"});
}

bool isMinuteWord(const ParseContext &c, int j) {
    return isAny(c, j, {u"minute", u"minutes", u"min", u"mins", u"minuten", u"minutos", u"minuti"});
}

/** A number of minutes at @p j (digits or words, "quarenta e cinco"); -1 if none. */
int minuteNumberAt(const ParseContext &c, int j, int *next) {
    const int n = c.numberAt(j);
    if (n < 1 || n > 59 || !c.isFree(j) || c.is(j, u"a") || c.is(j, u"an"))
        return -1;
    *next = j + 1;
    if (n >= 20 && n % 10 == 0 && isAny(c, j + 1, {u"e", u"y", u"und"})) {
        const int unit = c.numberAt(j + 2);
        if (unit >= 1 && unit <= 9 && c.valid(j + 2) && c.tokens.at(j + 2).isWord()) {
            *next = j + 3;
            return n + unit;
        }
    }
    return n;
}

/** Minutes written after an hour: "et quart", "y media", "e venti", "moins le quart",
 * "and a half", "trois quarts", and a bare "quinze" when @p bare. Returns the minutes to add
 * (negative before the hour) or 0 with *next unchanged. */
int minutesAfter(const ParseContext &c, int k, int *next, bool bare) {
    if (!c.isFree(k))
        return 0;
    int j = k + 1;
    if (isAny(c, k, {u"et", u"y", u"e", u"and", u"und"}) && c.isFree(j)) {
        if (isAny(c, j, {u"un", u"um", u"a", u"uno"}) && (isQuarter(c, j + 1) || isHalf(c, j + 1)))
            ++j;
        if (isQuarter(c, j)) {
            *next = j + 1;
            return 15;
        }
        if (isHalf(c, j)) {
            *next = j + 1;
            return 30;
        }
        int after = 0;
        const int n = minuteNumberAt(c, j, &after);
        // not "between 2pm and 6pm", "15h et 16h", "y las 5"
        if (n > 0 && !c.is(k, u"and") && !c.has(after, WordClass::Meridiem) &&
            !isHourWord(c, after) && !c.is(after, u"h") && !c.isSymbol(after, u':') &&
            !c.isSymbol(after, u'.') && !c.is(after, u"p") && !c.is(after, u"a")) {
            *next = isMinuteWord(c, after) ? after + 1 : after;
            return n;
        }
        return 0;
    }
    if (isAny(c, k, {u"moins", u"menos", u"meno"}) && c.isFree(j)) {
        if (isAny(c, j, {u"le", u"un", u"um", u"o"}) && isQuarter(c, j + 1))
            ++j;
        if (isQuarter(c, j)) {
            *next = j + 1;
            return -15;
        }
        int after = 0;
        const int n = minuteNumberAt(c, j, &after);
        if (n > 0) {
            *next = isMinuteWord(c, after) ? after + 1 : after;
            return -n;
        }
        return 0;
    }
    if (c.numberAt(k) == 3 && isAny(c, k + 1, {u"quarts", u"cuartos", u"quartos", u"quarti"})) {
        *next = k + 2;
        return 45;
    }
    if (bare) {
        int after = 0;
        const int n = minuteNumberAt(c, k, &after);
        const bool word = c.tokens.at(k).isWord();
        const bool digits = c.tokens.at(k).isNumber() && c.tokens.at(k).norm.size() == 2;
        if (n > 0 && (word || digits) && !c.has(after, WordClass::Unit) &&
            !c.has(after, WordClass::Month) && !c.has(after, WordClass::Adult) &&
            !c.has(after, WordClass::Child) && !c.has(after, WordClass::Currency) &&
            !isAny(c, after, {u"quarts", u"cuartos", u"quartos"})) {
            *next = isMinuteWord(c, after) ? after + 1 : after;
            return n;
        }
    }
    return 0;
}

/** A part of the day written after a time: "de la tarde", "du soir", "di sera", "da manhã",
 * "in the afternoon", "abends", "in der Früh". Returns the part (1 morning, 2 afternoon,
 * 3 evening, 4 night) and sets *next, or 0. */
int partAfter(const ParseContext &c, int k, int *next) {
    int j = k;
    if (isAny(c, j,
              {u"de", u"da", u"di", u"del", u"della", u"du", u"in", u"en", u"am", u"na", u"no",
               u"pela", u"por", u"nel", u"nella", u"of", u"at", u"dans"}))
        ++j;
    if (isAny(c, j, {u"la", u"l", u"the", u"der", u"le"}))
        ++j;
    if (!c.isFree(j))
        return 0;
    // "apres-midi": the afternoon
    if (c.is(j, u"apres") && c.isSymbol(j + 1, u'-') && c.is(j + 2, u"midi")) {
        *next = j + 3;
        return 2;
    }
    if ((c.is(j, u"manana") && j > k) || c.is(j, u"fruh") || c.is(j, u"morgens")) {
        *next = j + 1;
        return 1;
    }
    if (c.has(j, WordClass::DayPart) && c.value(j, WordClass::DayPart) <= 4 &&
        (j > k || c.tokens.at(j).norm.endsWith(u's') ||
         isHourWord(c, k - 1))) { // "abends", "nachmittags" right after the time
        *next = j + 1;
        return c.value(j, WordClass::DayPart);
    }
    return 0;
}

/** A minute prefix: "quarter past", "20 nach", "ten to", "halb": returns the minutes to add to
 * the hour that follows (negative before it) and sets *hourToken, or returns 0. @p halfHour is
 * set for German "halb 3" (2:30). */
int minutesBefore(const ParseContext &c, int k, int *hourToken, bool *halfHour) {
    *halfHour = false;
    if (!c.isFree(k))
        return 0;
    if (c.is(k, u"halb") && c.numberAt(k + 1) >= 1) {
        *hourToken = k + 1;
        *halfHour = true;
        return 30;
    }
    int j = k;
    int minutes = 0;
    bool strong = false; // "quarter", "half" or a minutes word: "to" may follow
    if (isAny(c, j, {u"a", u"one", u"ein"}) && (isQuarter(c, j + 1) || isHalf(c, j + 1)))
        ++j;
    if (isQuarter(c, j)) {
        minutes = 15;
        strong = true;
        ++j;
    } else if (isHalf(c, j)) {
        minutes = 30;
        strong = true;
        ++j;
    } else {
        int after = 0;
        const int n = minuteNumberAt(c, j, &after);
        if (n <= 0)
            return 0;
        minutes = n;
        j = after;
        if (isMinuteWord(c, j)) {
            strong = true;
            ++j;
        }
    }
    if (!c.isFree(j))
        return 0;
    // "ten to noon", "quinze para o meio dia": noon or midnight after an optional article
    const int h = isAny(c, j + 1, {u"o", u"a", u"la", u"le", u"il"}) ? j + 2 : j + 1;
    const bool noonNext = (c.has(h, WordClass::DayPart) && c.value(h, WordClass::DayPart) >= 6) ||
                          isAny(c, h, {u"meio", u"medio", u"meia", u"meianoite"});
    if (isAny(c, j, {u"past", u"after", u"nach"})) {
        *hourToken = j + 1;
        return minutes;
    }
    if (isAny(c, j, {u"to", u"till", u"before", u"of", u"vor", u"para"}) &&
        (strong || noonNext || c.is(j, u"vor"))) {
        *hourToken = noonNext ? h : j + 1;
        return -minutes;
    }
    return 0;
}

} // namespace

bool TimeMinuteReader::isAny(const ParseContext &c, int j,
                             std::initializer_list<const char16_t *> words) {
    for (const char16_t *w : words) {
        if (c.is(j, QStringView(w)))
            return true;
    }
    return false;
}

bool TimeMinuteReader::isHourWord(const ParseContext &c, int j) {
    return ::isHourWord(c, j);
}

bool TimeMinuteReader::isArticle(const ParseContext &c, int j) {
    return ::isArticle(c, j);
}

int TimeMinuteReader::minutesAfter(const ParseContext &c, int k, int *next, bool bare) {
    return ::minutesAfter(c, k, next, bare);
}

int TimeMinuteReader::minutesBefore(const ParseContext &c, int k, int *hourToken, bool *halfHour) {
    return ::minutesBefore(c, k, hourToken, halfHour);
}

int TimeMinuteReader::partAfter(const ParseContext &c, int k, int *next) {
    return ::partAfter(c, k, next);
}
