// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DateDayMatcher.h"

#include "nlp/ParseContext.h"

namespace {

using C = WordClass;

/** One date found at a token. */
struct Found {
    DateMention mention;
};

bool isSuffix(const ParseContext &c, int j) {
    // "3rd", and "1er", "2e", "15ème" (fr), "13ter", "3ten" (de)
    return c.glued(j) && (c.is(j, u"st") || c.is(j, u"nd") || c.is(j, u"rd") || c.is(j, u"th") ||
                          c.is(j, u"er") || c.is(j, u"re") || c.is(j, u"e") || c.is(j, u"eme") ||
                          c.is(j, u"ere") || c.is(j, u"ter") || c.is(j, u"te") || c.is(j, u"ten"));
}

/** "a", "an", "un", "une", "um", "uma", "ein", "eine": one only as an article ("uno de marzo" is
 * a day). */
bool isArticleOne(const ParseContext &c, int j) {
    for (const char16_t *w :
         {u"a", u"an", u"un", u"une", u"um", u"uma", u"ein", u"eine", u"einen"}) {
        if (c.is(j, w))
            return true;
    }
    return false;
}

/** Words before a month name alone that make it the month: "in March", "en janvier", "im Mai",
 * "em janeiro", "a gennaio", "nel mese di luglio". */
bool isMonthCue(const ParseContext &c, int k) {
    for (const char16_t *w :
         {u"in",      u"during", u"of", u"early", u"late", u"mid",  u"for",     u"en",
          u"im",      u"em",     u"a",  u"ad",    u"nel",  u"para", u"durante", u"pendant",
          u"courant", u"dans",   u"no", u"ab",    u"seit", u"bis",  u"until"}) {
        if (c.is(k, w))
            return true;
    }
    // "au mois de juin", "el mes de enero", "no mês de maio", "nel mese di maggio", "im Monat Mai"
    return ((c.is(k, u"de") || c.is(k, u"di")) && (c.is(k - 1, u"mois") || c.is(k - 1, u"mes") ||
                                                   c.is(k - 1, u"mês") || c.is(k - 1, u"mese"))) ||
           c.is(k, u"monat");
}

/** A day of the month at @p j: "10", "10th", "third". */
bool dayAt(const ParseContext &c, int j, int *day, int *next, bool *hasSuffix = nullptr) {
    if (!c.isFree(j))
        return false;
    const Token &t = c.tokens.at(j);
    if (t.isNumber() && t.norm.size() <= 2 && t.number >= 1 && t.number <= 31) {
        *day = int(t.number);
        *next = j + 1;
        const bool suffix = isSuffix(c, j + 1);
        if (suffix)
            *next = j + 2;
        if (hasSuffix)
            *hasSuffix = suffix;
        return true;
    }
    // "cinco de mayo", "quatro de julho": a number word next to a month (but the article "a",
    // "un", "um" is no day: "a gennaio" is in January)
    if (c.has(j, C::Cardinal) && c.value(j, C::Cardinal) >= 1 && c.value(j, C::Cardinal) <= 31 &&
        !isArticleOne(c, j) &&
        (c.has(j + 1, C::Month) ||
         ((c.is(j + 1, u"de") || c.is(j + 1, u"of")) && c.has(j + 2, C::Month)))) {
        *day = c.value(j, C::Cardinal);
        *next = j + 1;
        if (hasSuffix)
            *hasSuffix = false;
        return true;
    }
    if (c.has(j, C::Ordinal)) {
        *day = c.value(j, C::Ordinal);
        *next = j + 1;
        if (hasSuffix)
            *hasSuffix = true;
        return true;
    }
    return false;
}

/** An optional year at @p j (", 2027" or "2027"). */
bool yearAt(const ParseContext &c, int j, int *year, int *next) {
    int k = j;
    if (c.isSymbol(k, u',') || c.is(k, u"de")) // "12 de setembro de 2014"
        ++k;
    if (!c.isFree(k) || !c.tokens.at(k).isNumber() || c.tokens.at(k).norm.size() != 4)
        return false;
    const qint64 y = c.tokens.at(k).number;
    if (y < 1900 || y > 2200)
        return false;
    *year = int(y);
    *next = k + 1;
    return true;
}

/** A month word at @p j; "may" and "march" (also verbs) need a day next to them or a capital. */
int monthAt(const ParseContext &c, int j, bool needStrong) {
    if (!c.isFree(j) || !c.has(j, C::Month))
        return 0;
    if (needStrong && (c.is(j, u"may") || c.is(j, u"march") || c.is(j, u"mar")) &&
        !c.tokens.at(j).capitalised)
        return 0;
    return c.value(j, C::Month);
}

/** Month and day with no year: this year's, or next year's when that has passed. */
QDate upcoming(const QDate &today, int month, int day) {
    QDate d(today.year(), month, day);
    if (!d.isValid()) {
        d = QDate(today.year() + 1, month, day); // 29 February
        return d;
    }
    if (d < today)
        d = QDate(today.year() + 1, month, day);
    return d;
}

/** A text in another language than English (with words of it): dates are day/month there. */
bool europeanText(const ParseContext &c) {
    if (c.english)
        return false;
    for (const Token &t : c.tokens) {
        if (t.info && !(t.info->langMask & 1))
            return true;
    }
    return false;
}

bool isTimeNoun(const ParseContext &c, int j) {
    return c.has(j, C::Unit) || c.has(j, C::Adult) || c.has(j, C::Child) || c.has(j, C::Infant) ||
           c.has(j, C::Meridiem) || c.isSymbol(j, u':') || c.has(j, C::Currency) ||
           c.isSymbol(j, u'%');
}

void setDay(Found &f, const QDate &d, int first, int last) {
    f.mention.spec.date = d;
    f.mention.firstToken = first;
    f.mention.lastToken = last;
}

/** A whole month given by number ("2014-10", "2/2013"); false for an implausible year or month. */
bool setMonth(Found &f, int year, int month, int first, int last) {
    const QDate d(year, month, 1);
    if (!d.isValid() || year < 1900 || year > 2200)
        return false;
    setDay(f, d, first, last);
    f.mention.spec.dateTo = d.addDays(d.daysInMonth() - 1);
    f.mention.explicitYear = true;
    f.mention.grain = DateGrain::Month;
    f.mention.period = d;
    return true;
}

/** "le", "il", "el", "the", "dem", "o": an article between a range word and a day. */
bool isArticleAt(const ParseContext &c, int j) {
    return c.is(j, u"le") || c.is(j, u"il") || c.is(j, u"el") || c.is(j, u"the") ||
           c.is(j, u"dem") || c.is(j, u"den") || c.is(j, u"o") || c.is(j, u"lo") ||
           c.is(j, u"zum") || c.is(j, u"al") || c.is(j, u"au");
}

/** A word opening a range of days before token @p i ("du", "entre", "between", "vom"...). */
bool rangeStarts(const ParseContext &c, int i) {
    int j = i - 1;
    if (isArticleAt(c, j) && !c.is(j, u"al") && !c.is(j, u"au"))
        --j;
    return c.has(j, C::RangeStart) || c.is(j, u"entre") || c.is(j, u"tra") || c.is(j, u"fra") ||
           c.is(j, u"zwischen") || c.is(j, u"vom") || c.is(j, u"von") || c.is(j, u"dal") ||
           c.is(j, u"del") || c.is(j, u"desde") || c.is(j, u"de") || c.is(j, u"from") ||
           c.is(j, u"between") || c.is(j, u"partir");
}

/** The word between the two ends of a range of days at @p k: "to", "au", "bis", "-", and
 * "and"/"et"/"e"/"y"/"und" after "between"/"entre"/"tra"/"zwischen". */
bool isRangeWord(const ParseContext &c, int k, int first) {
    if (c.has(k, C::RangeCue) || c.isSymbol(k, u'-') || c.isSymbol(k, u'–'))
        return true;
    if (c.is(k, u"jusqu") || c.is(k, u"ate") || c.is(k, u"hasta") || c.is(k, u"auf"))
        return true;
    if (c.is(k, u"et") || c.is(k, u"e") || c.is(k, u"y") || c.is(k, u"und") || c.is(k, u"and"))
        return rangeStarts(c, first);
    return false;
}

/** "10 December", "3rd of March 2027", and "from 3 to 10 June" (two mentions). */
bool matchDayMonth(const ParseContext &c, int i, QList<Found> &out) {
    int day = 0;
    int next = 0;
    if (!dayAt(c, i, &day, &next))
        return false;
    int day2 = 0;
    int second = -1;
    int k = next;
    // "13. - 15. Juli": the dot of a German day
    if (c.isSymbol(k, u'.') && c.glued(k) && isRangeWord(c, k + 1, i))
        ++k;
    int k2 = k + 1;
    if (c.isSymbol(k2, u'\'') && c.glued(k2))
        ++k2;
    if (isArticleAt(c, k2)) // "entre le 13 et le 15 juillet", "tra il 13 e il 15"
        ++k2;
    if (isRangeWord(c, k, i) && dayAt(c, k2, &day2, &next)) {
        second = k2;
    } else {
        next = k;
    }
    int m = next;
    // "10 of December", "10 de diciembre", "10. Dezember"
    if (c.is(m, u"of") || (c.isSymbol(m, u'.') && c.glued(m)) ||
        (c.is(m, u"de") && c.has(m + 1, C::Month)))
        ++m;
    int month = monthAt(c, m, false);
    // "14.10." and "14. - 15.10.18": a month number after the day's dot, with a dot or a year
    // after it (not the time "um 10.10")
    int numericYear = 0;
    int numericEnd = -1;
    if (!month && m > next && c.isSymbol(m - 1, u'.') && c.glued(m) && c.isFree(m) && c.valid(m) &&
        c.tokens.at(m).isNumber() && c.tokens.at(m).number >= 1 && c.tokens.at(m).number <= 12 &&
        c.tokens.at(m).norm.size() <= 2 && c.isSymbol(m + 1, u'.') && c.glued(m + 1)) {
        const bool withYear =
            c.glued(m + 2) && c.valid(m + 2) && c.tokens.at(m + 2).isNumber() &&
            (c.tokens.at(m + 2).norm.size() == 2 || c.tokens.at(m + 2).norm.size() == 4);
        month = int(c.tokens.at(m).number);
        if (withYear) {
            numericYear = int(c.tokens.at(m + 2).number);
            if (numericYear < 100)
                numericYear += 2000;
            numericEnd = m + 3;
        } else {
            numericEnd = m + 2;
        }
    }
    if (!month && second >= 0 && rangeStarts(c, i) && (!c.english || c.is(i - 1, u"the")) &&
        !isTimeNoun(c, next) && !c.is(next, u"h") && !c.has(next, C::Adult) &&
        !c.isSymbol(next, u':') && !(c.valid(next) && c.tokens.at(next).isNumber())) {
        // "du 13 au 18", "vom 3. bis 10.", "dal 13 al 18": days of this month (or the next)
        QDate first(c.today.year(), c.today.month(), 1);
        if (day < c.today.day())
            first = first.addMonths(1);
        const QDate a(first.year(), first.month(), day);
        QDate b(first.year(), first.month(), day2);
        if (day2 < day)
            b = QDate(first.addMonths(1).year(), first.addMonths(1).month(), day2);
        if (!a.isValid() || !b.isValid())
            return false;
        Found fa;
        setDay(fa, a, i, second - 2);
        Found fb;
        fb.mention.rangeEnd = true;
        setDay(fb, b, second, next - 1);
        out.append(fa);
        out.append(fb);
        return true;
    }
    if (!month)
        return false;
    int year = numericYear;
    int end = numericEnd >= 0 ? numericEnd : m + 1;
    const bool hasYear = numericYear > 0 || (numericEnd < 0 && yearAt(c, m + 1, &year, &end));
    const QDate today = c.today;
    auto resolve = [&](int d) {
        return hasYear ? QDate(year, month, d) : upcoming(today, month, d);
    };
    QDate first = resolve(day);
    if (!first.isValid())
        return false;
    Found a;
    a.mention.explicitYear = hasYear;
    if (second < 0) {
        setDay(a, first, i, end - 1);
        out.append(a);
        // "13 juillet au 15 juillet", "13 luglio - 15 luglio"
        int k3 = end + 1;
        if (isArticleAt(c, k3))
            ++k3;
        QList<Found> more;
        if (isRangeWord(c, end, i) && matchDayMonth(c, k3, more) && more.size() == 1) {
            Found b = more.constFirst();
            b.mention.rangeEnd = true;
            if (!b.mention.explicitYear && b.mention.spec.date < first)
                b.mention.spec.date = b.mention.spec.date.addYears(1);
            // "14.10. - 15.10.2018": the year written at the end holds for both
            if (!hasYear && b.mention.explicitYear) {
                const QDate withYear(b.mention.spec.date.year(), month, day);
                if (withYear.isValid())
                    out.last().mention.spec.date = withYear;
            }
            out.append(b);
        }
        return true;
    }
    QDate last = resolve(day2);
    if (!last.isValid())
        return false;
    if (!hasYear && last < first)
        last = last.addYears(1);
    if (!hasYear && first > last)
        first = first.addYears(-1);
    setDay(a, first, i, second - 2 >= i ? second - 2 : i);
    // The first day's tokens end before the range word.
    a.mention.lastToken = second - 2;
    Found b;
    b.mention.explicitYear = hasYear;
    b.mention.rangeEnd = true;
    setDay(b, last, second, end - 1);
    out.append(a);
    out.append(b);
    return true;
}

/** "December 10", "Dec 10th, 2026", "June 3-10", "December 2026", "in March". */
bool matchMonthDay(const ParseContext &c, int i, QList<Found> &out) {
    const int month = monthAt(c, i, false);
    if (!month)
        return false;
    int j = i + 1;
    if (c.is(j, u"the"))
        ++j;
    int day = 0;
    int next = 0;
    const QDate today = c.today;
    if (dayAt(c, j, &day, &next) && !isTimeNoun(c, next)) {
        int year = 0;
        int end = next;
        const bool hasYear = yearAt(c, next, &year, &end);
        QDate d = hasYear ? QDate(year, month, day) : upcoming(today, month, day);
        if (!d.isValid())
            return false;
        Found a;
        a.mention.explicitYear = hasYear;
        setDay(a, d, i, end - 1);
        out.append(a);
        // "Aug 8 - Aug 12", "Juli 13 - Juli 15"
        QList<Found> more;
        if (isRangeWord(c, end, i) && monthAt(c, end + 1, false) &&
            matchMonthDay(c, end + 1, more) && more.size() == 1 &&
            !more.constFirst().mention.spec.dateTo.isValid()) {
            Found b = more.constFirst();
            b.mention.rangeEnd = true;
            out.append(b);
            return true;
        }
        // "June 3 to 10", "June 3-10"
        int day2 = 0;
        int next2 = 0;
        if ((c.has(end, C::RangeCue) || c.isSymbol(end, u'-') || c.isSymbol(end, u'–')) &&
            dayAt(c, end + 1, &day2, &next2) && !isTimeNoun(c, next2) && !c.has(next2, C::Month) &&
            day2 > day) {
            QDate d2 = QDate(d.year(), month, day2);
            if (d2.isValid()) {
                Found b;
                b.mention.explicitYear = hasYear;
                b.mention.rangeEnd = true;
                setDay(b, d2, end + 1, next2 - 1);
                out.append(b);
            }
        }
        return true;
    }
    // A month alone: "in March", "December 2026", "next March".
    int year = 0;
    int end = i + 1;
    const bool hasYear = yearAt(c, i + 1, &year, &end);
    const bool cued = isMonthCue(c, i - 1) || c.has(i - 1, C::Next) || c.has(i - 1, C::This);
    if (!hasYear && !cued)
        return false;
    if (!hasYear && monthAt(c, i, true) == 0 && !isMonthCue(c, i - 1))
        return false;
    QDate first(hasYear ? year : today.year(), month, 1);
    if (!hasYear && (month < today.month() || (c.has(i - 1, C::Next) && month == today.month())))
        first = first.addYears(1);
    Found a;
    a.mention.explicitYear = hasYear;
    const int start = c.has(i - 1, C::Next) || c.has(i - 1, C::This) ? i - 1 : i;
    setDay(a, first, start, end - 1);
    a.mention.spec.dateTo = first.addDays(first.daysInMonth() - 1);
    a.mention.grain = DateGrain::Month;
    a.mention.period = first;
    if (!hasYear && first < today)
        a.mention.spec.date = today;
    out.append(a);
    return true;
}

/** Day.month at @p i with no year and no final dot, where the words around make it a date
 * rather than a time or a decimal: "am 9.12", "vom 12.12 bis 15.12". */
bool isGermanDayMonth(const ParseContext &c, int i) {
    const auto dayMonthAt = [&c](int k) {
        return c.valid(k + 2) && c.tokens.at(k).isNumber() && c.isSymbol(k + 1, u'.') &&
               c.glued(k + 1) && c.glued(k + 2) && c.tokens.at(k + 2).isNumber() &&
               c.tokens.at(k).number >= 1 && c.tokens.at(k).number <= 31 &&
               c.tokens.at(k + 2).number >= 1 && c.tokens.at(k + 2).number <= 12;
    };
    if (!dayMonthAt(i) || c.is(i + 3, u"uhr") || c.is(i + 3, u"h") || c.is(i - 1, u"um") ||
        (c.isSymbol(i + 3, u'.') && c.glued(i + 3)))
        return false; // a time, or "14.10." with its final dot (read elsewhere)
    const bool cue = c.is(i - 1, u"am") || c.is(i - 1, u"vom") || c.is(i - 1, u"ab") ||
                     c.is(i - 1, u"zum") || c.is(i - 1, u"den") || c.is(i - 1, u"statt") ||
                     c.is(i - 1, u"anstatt") || c.is(i - 1, u"bis");
    const auto rangeWord = [&c](int k) { return c.is(k, u"bis") || c.isSymbol(k, u'-'); };
    const bool before = rangeWord(i + 3) && dayMonthAt(i + 4);
    const bool after = rangeWord(i - 1) && i >= 4 && dayMonthAt(i - 4);
    return cue || before || after;
}

/** Weekday with its modifier at @p i (the modifier, if any, is token i). */
bool matchNumeric(const ParseContext &c, int i, Found &f) {
    const Token &t = c.tokens.at(i);
    if (!t.isNumber() || !c.isFree(i))
        return false;
    const auto part = [&c](int k) {
        return c.valid(k) && c.glued(k) && c.tokens.at(k).isNumber() && c.isFree(k);
    };
    const auto sep = [&c](int k, char16_t s) { return c.isSymbol(k, s) && c.glued(k); };
    for (char16_t s : {u'-', u'/', u'.'}) {
        if (!sep(i + 1, s) || !part(i + 2))
            continue;
        const bool three = sep(i + 3, s) && part(i + 4);
        const qint64 a = t.number;
        const qint64 b = c.tokens.at(i + 2).number;
        // "2014-10", "2014/10": a month
        if (t.norm.size() == 4 && !three && s != u'.' && c.tokens.at(i + 2).norm.size() <= 2) {
            return setMonth(f, int(a), int(c.tokens.at(i + 2).number), i, i + 2);
        }
        // "2/2013": a month
        if (t.norm.size() <= 2 && !three && s == u'/' && c.tokens.at(i + 2).norm.size() == 4) {
            return setMonth(f, int(c.tokens.at(i + 2).number), int(a), i, i + 2);
        }
        if (t.norm.size() == 4 && three && s != u'.') { // ISO
            const QDate d(int(a), int(b), int(c.tokens.at(i + 4).number));
            if (!d.isValid())
                return false;
            setDay(f, d, i, i + 4);
            f.mention.explicitYear = true;
            return true;
        }
        if (t.norm.size() > 2 || c.tokens.at(i + 2).norm.size() > 2)
            return false;
        // "1.5", "2-3" are not dates; "12.12 bis 15.12", "am 9.12" (German day.month) are.
        if (!three && s != u'/' && !(s == u'.' && isGermanDayMonth(c, i)))
            return false;
        int day = int(a);
        int month = int(b);
        if (s == u'/' && a <= 12 && !europeanText(c)) { // month/day unless the first number
                                                        // cannot be a month
            day = int(b);
            month = int(a);
        }
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return false;
        if (three) {
            const Token &y = c.tokens.at(i + 4);
            int year = int(y.number);
            if (y.norm.size() == 2)
                year += year < 50 ? 2000 : 1900; // "31/10/74"
            else if (y.norm.size() != 4)
                return false;
            const QDate d(year, month, day);
            if (!d.isValid())
                return false;
            setDay(f, d, i, i + 4);
            f.mention.explicitYear = true;
            return true;
        }
        const QDate d = upcoming(c.today, month, day);
        if (!d.isValid())
            return false;
        setDay(f, d, i, i + 2);
        return true;
    }
    return false;
}

/** "on the 15th", "the 3rd": the next such day of a month. */
bool matchDayOfMonth(const ParseContext &c, int i, Found &f) {
    // "the 24", "le 16", "el 5", "il 3": an article before a bare day number will do.
    const bool dayWord = c.is(i - 1, u"dia") || c.is(i - 1, u"giorno");
    const bool article = c.is(i - 1, u"the") || c.is(i - 1, u"le") || c.is(i - 1, u"el") ||
                         c.is(i - 1, u"il") || dayWord;
    if (!article && !c.is(i - 1, u"on"))
        return false;
    int day = 0;
    int next = 0;
    bool suffix = false;
    if (!dayAt(c, i, &day, &next, &suffix))
        return false;
    if (!suffix && !(dayWord && c.has(i, C::Cardinal) && !c.has(next, C::Unit)) &&
        (!article || !c.tokens.at(i).isNumber() || isTimeNoun(c, next) || c.isSymbol(next, u'/') ||
         c.isSymbol(next, u'.') || c.has(next, C::Month) || c.has(next, C::Adult) ||
         c.has(next, C::Child) || c.is(next, u"h") || c.is(next, u"of") || c.is(next, u"de") ||
         c.is(next, u"di") || (c.valid(next) && c.tokens.at(next).isNumber())))
        return false;
    if (c.tokens.at(i).isWord() && !(c.is(i - 1, u"the") && c.is(i - 2, u"on")) && !dayWord)
        return false; // "the first" alone is too vague
    QDate d(c.today.year(), c.today.month(), 1);
    if (day < c.today.day())
        d = d.addMonths(1);
    for (int tries = 0; tries < 3 && day > d.daysInMonth(); ++tries)
        d = d.addMonths(1);
    d = QDate(d.year(), d.month(), day);
    if (!d.isValid())
        return false;
    setDay(f, d, dayWord && c.isFree(i - 1) ? i - 1 : i, next - 1);
    return true;
}

} // namespace

bool DateDayMatcher::dayAt(const ParseContext &c, int j, int *day, int *next, bool *hasSuffix) {
    return ::dayAt(c, j, day, next, hasSuffix);
}

bool DateDayMatcher::germanDayMonth(const ParseContext &c, int i) {
    return isGermanDayMonth(c, i);
}

bool DateDayMatcher::isTimeNoun(const ParseContext &c, int j) {
    return ::isTimeNoun(c, j);
}

bool DateDayMatcher::dayMonth(const ParseContext &c, int i, QList<DateMention> &out) {
    QList<Found> found;
    if (!matchDayMonth(c, i, found))
        return false;
    for (const Found &f : std::as_const(found))
        out.append(f.mention);
    return true;
}

bool DateDayMatcher::monthDay(const ParseContext &c, int i, QList<DateMention> &out) {
    QList<Found> found;
    if (!matchMonthDay(c, i, found))
        return false;
    for (const Found &f : std::as_const(found))
        out.append(f.mention);
    return true;
}

bool DateDayMatcher::numeric(const ParseContext &c, int i, DateMention &mention) {
    Found f;
    if (!matchNumeric(c, i, f))
        return false;
    mention = f.mention;
    return true;
}

bool DateDayMatcher::dayOfMonth(const ParseContext &c, int i, DateMention &mention) {
    Found f;
    if (!matchDayOfMonth(c, i, f))
        return false;
    mention = f.mention;
    return true;
}
