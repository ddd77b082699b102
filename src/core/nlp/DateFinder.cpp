// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DateFinder.h"

#include "nlp/ParseContext.h"
#include "nlp/RelativeDateMatcher.h"
#include "nlp/TimeOfDayFinder.h"

#include <algorithm>

namespace {

using C = WordClass;

/** One expression found at a token, before time windows are joined to dates. */
struct Found {
    DateMention mention;
    bool timeOnly = false;
};

bool isSuffix(const ParseContext &c, int j) {
    return c.glued(j) && (c.is(j, u"st") || c.is(j, u"nd") || c.is(j, u"rd") || c.is(j, u"th"));
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
    // "cinco de mayo", "quatro de julho": a number word next to a month
    if (c.has(j, C::Cardinal) && c.value(j, C::Cardinal) >= 1 && c.value(j, C::Cardinal) <= 31 &&
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

/** "10 December", "3rd of March 2027", and "from 3 to 10 June" (two mentions). */
bool matchDayMonth(const ParseContext &c, int i, QList<Found> &out) {
    int day = 0;
    int next = 0;
    if (!dayAt(c, i, &day, &next))
        return false;
    int day2 = 0;
    int second = -1;
    int k = next;
    if ((c.has(k, C::RangeCue) || c.isSymbol(k, u'-') || c.isSymbol(k, u'–')) &&
        dayAt(c, k + 1, &day2, &next)) {
        second = k + 1;
    } else {
        next = k;
    }
    int m = next;
    // "10 of December", "10 de diciembre", "10. Dezember"
    if (c.is(m, u"of") || (c.isSymbol(m, u'.') && c.glued(m)) ||
        (c.is(m, u"de") && c.has(m + 1, C::Month)))
        ++m;
    const int month = monthAt(c, m, false);
    if (!month)
        return false;
    int year = 0;
    int end = m + 1;
    const bool hasYear = yearAt(c, m + 1, &year, &end);
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
    const bool cued = c.is(i - 1, u"in") || c.is(i - 1, u"during") || c.is(i - 1, u"of") ||
                      c.is(i - 1, u"early") || c.is(i - 1, u"late") || c.is(i - 1, u"mid") ||
                      c.is(i - 1, u"for") || c.has(i - 1, C::Next) || c.has(i - 1, C::This);
    if (!hasYear && !cued)
        return false;
    if (!hasYear && monthAt(c, i, true) == 0 && !c.is(i - 1, u"in"))
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

/** Weekday with its modifier at @p i (the modifier, if any, is token i). */
bool matchWeekday(const ParseContext &c, int i, Found &f) {
    int j = i;
    enum { Bare, This, Next, Last } mode = Bare;
    if (RelativeDateMatcher::isLast(c, i)) {
        mode = Last;
        j = i + 1;
    } else if (c.has(i, C::Next) && c.isFree(i)) {
        mode = Next;
        j = i + 1;
    } else if (c.has(i, C::This) && c.isFree(i)) {
        mode = This;
        j = i + 1;
    }
    if (!c.isFree(j) || !c.has(j, C::Weekday))
        return false;
    const Token &t = c.tokens.at(j);
    // Abbreviations ("sun", "sat", "wed") are weekdays only when written so or cued.
    if (t.norm.size() <= 4 && !t.capitalised && mode == Bare && !c.is(j - 1, u"on") &&
        !(c.isSymbol(j + 1, u'.') && c.glued(j + 1)))
        return false;
    const int wd = c.value(j, C::Weekday);
    int last = j;
    // Portuguese "sexta-feira": the glued "-feira" belongs to the weekday.
    if (c.isSymbol(j + 1, u'-') && c.glued(j + 1) && c.glued(j + 2) && c.is(j + 2, u"feira") &&
        c.isFree(j + 2))
        last = j + 2;
    // A "next" written after the weekday ("vendredi prochain", "venerdì prossimo"), in a
    // language other than English ("friday next week" keeps its "next week").
    if (mode == Bare && c.isFree(last + 1) && c.has(last + 1, C::Next) &&
        !(c.tokens.at(last + 1).info->langMask & 1)) {
        mode = Next;
        ++last;
    } else if (mode == Bare && RelativeDateMatcher::isLast(c, last + 1) &&
               !c.english) { // "dimanche dernier"
        mode = Last;
        ++last;
    }
    // "mardi la semaine prochaine", "Friday next week", "mercoledì di questa settimana": the
    // weekday of that week.
    int week = -1; // days from this week's Monday to the named week's, when a week is named
    if (mode == Bare) {
        int k = last + 1;
        for (int n = 0; n < 2 && c.isFree(k) && (c.has(k, C::Function) || c.is(k, u"de")) &&
                        !c.has(k, C::Next) && !c.has(k, C::This) && !c.has(k, C::Unit);
             ++n)
            ++k;
        const auto isWeek = [&c](int u) {
            return c.isFree(u) && c.has(u, C::Unit) && c.value(u, C::Unit) == 7 &&
                   !c.tokens.at(u).norm.endsWith(u's');
        };
        if (isWeek(k) && c.isFree(k + 1) && c.has(k + 1, C::Next)) {
            week = 7;
            last = k + 1;
        } else if (isWeek(k + 1) && c.isFree(k) && (c.has(k, C::Next) || c.has(k, C::This))) {
            week = c.has(k, C::Next) ? 7 : 0;
            last = k + 1;
        }
    }
    const QDate today = c.today;
    QDate d;
    switch (mode) {
    case Next:
        d = RelativeDateMatcher::mondayOf(today).addDays(7 + wd - 1);
        break;
    case This:
        d = today.addDays((wd - today.dayOfWeek() + 7) % 7);
        break;
    case Last:
        d = today.addDays(-((today.dayOfWeek() - wd + 7) % 7));
        if (d == today)
            d = d.addDays(-7);
        break;
    case Bare:
        d = today.addDays((wd - today.dayOfWeek() + 7) % 7);
        if (d == today)
            d = d.addDays(7);
        break;
    }
    if (week >= 0)
        d = RelativeDateMatcher::mondayOf(today).addDays(week + wd - 1);
    if (c.is(j + 1, u"after") && c.is(j + 2, u"next")) { // "friday after next"
        if (mode == Bare)
            d = d.addDays(7);
        last = j + 2;
    }
    // "Monday December 7", "lundi 7 décembre", "Montag, den 7. Dezember": one date, the
    // calendar date's.
    if (mode == Bare) {
        int k = last + 1;
        if (c.isSymbol(k, u','))
            ++k;
        if (c.has(k, C::Function) && !c.has(k, C::Month) && c.isFree(k))
            ++k;
        QList<Found> date;
        if ((matchDayMonth(c, k, date) || matchMonthDay(c, k, date)) && date.size() == 1 &&
            !date.constFirst().mention.spec.dateTo.isValid()) {
            f = date.constFirst();
            f.mention.firstToken = i;
            return true;
        }
    }
    setDay(f, d, i, last);
    return true;
}

/** "2026-12-10", "10/12", "25/12/2026", "10.12.2026". */
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
        if (!three && s != u'/')
            return false; // "1.5", "2-3" are not dates
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
    const bool article =
        c.is(i - 1, u"the") || c.is(i - 1, u"le") || c.is(i - 1, u"el") || c.is(i - 1, u"il");
    if (!article && !c.is(i - 1, u"on"))
        return false;
    int day = 0;
    int next = 0;
    bool suffix = false;
    if (!dayAt(c, i, &day, &next, &suffix))
        return false;
    if (!suffix &&
        (!article || !c.tokens.at(i).isNumber() || isTimeNoun(c, next) || c.isSymbol(next, u'/') ||
         c.isSymbol(next, u'.') || c.has(next, C::Month) || c.has(next, C::Adult) ||
         c.has(next, C::Child) || c.is(next, u"h") || c.is(next, u"of") || c.is(next, u"de") ||
         c.is(next, u"di") || (c.valid(next) && c.tokens.at(next).isNumber())))
        return false;
    if (c.tokens.at(i).isWord() && !(c.is(i - 1, u"the") && c.is(i - 2, u"on")))
        return false; // "the first" alone is too vague
    QDate d(c.today.year(), c.today.month(), 1);
    if (day < c.today.day())
        d = d.addMonths(1);
    for (int tries = 0; tries < 3 && day > d.daysInMonth(); ++tries)
        d = d.addMonths(1);
    d = QDate(d.year(), d.month(), day);
    if (!d.isValid())
        return false;
    setDay(f, d, i, next - 1);
    return true;
}

bool isFiller(const ParseContext &c, int k) {
    return c.is(k, u"at") || c.is(k, u"in") || c.is(k, u"the") || c.is(k, u"on") ||
           c.is(k, u"around") || c.is(k, u"about") || c.isSymbol(k, u',') || c.isSymbol(k, u'-') ||
           c.is(k, u"of") || c.is(k, u"during") || c.is(k, u"early") || c.is(k, u"late") ||
           c.is(k, u"am") || c.is(k, u"du") || c.is(k, u"de") || c.is(k, u"del") ||
           c.is(k, u"della") || c.is(k, u"di") || c.is(k, u"da") || c.is(k, u"dans") ||
           c.is(k, u"la") || c.is(k, u"le") || c.is(k, u"el") || c.is(k, u"na") ||
           c.is(k, u"der") || c.is(k, u"nella") || c.is(k, u"pela") || c.is(k, u"por") ||
           c.is(k, u"this") || c.is(k, u"for");
}

bool adjacent(const ParseContext &c, int from, int to) {
    if (to - from > 4)
        return false;
    for (int k = from; k < to; ++k) {
        if (!isFiller(c, k))
            return false;
    }
    return true;
}

void joinTime(DateMention &date, const DateMention &time, bool extendSpan) {
    using Kind = DateMention::TimeKind;
    if (date.timeKind == Kind::None ||
        (date.timeKind == Kind::DayPart && time.timeKind != Kind::DayPart)) {
        const int part = date.timeKind == Kind::DayPart ? date.dayPart : time.dayPart;
        date.timeKind = time.timeKind;
        date.clockFrom = time.clockFrom;
        date.clockTo = time.clockTo;
        date.timeGrain = time.timeGrain;
        date.dayPart = time.dayPart;
        date.twelveHour = time.twelveHour && part == 0;
        // "tomorrow evening at 8", "8 in the evening": the afternoon's and evening's hours.
        if (part >= 2 && date.clockFrom.isValid() && date.clockFrom.hour() >= 1 &&
            date.clockFrom.hour() < 12)
            date.clockFrom = date.clockFrom.addSecs(12 * 3600);
    }
    if (!date.spec.timeFrom.isValid())
        date.spec.timeFrom = time.spec.timeFrom;
    if (!date.spec.timeTo.isValid())
        date.spec.timeTo = time.spec.timeTo;
    if (extendSpan) {
        date.spec.span.start = std::min(date.spec.span.start, time.spec.span.start);
        date.spec.span.end = std::max(date.spec.span.end, time.spec.span.end);
        date.firstToken = std::min(date.firstToken, time.firstToken);
        date.lastToken = std::max(date.lastToken, time.lastToken);
    }
}

} // namespace

QList<DateMention> DateFinder::find(ParseContext &c, bool keepLoneTimes) {
    QList<Found> found;
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        QList<Found> here;
        Found f;
        if (matchNumeric(c, i, f) || RelativeDateMatcher::day(c, i, f.mention) ||
            RelativeDateMatcher::offset(c, i, f.mention) ||
            RelativeDateMatcher::period(c, i, f.mention) || matchWeekday(c, i, f)) {
            here.append(f);
        } else if (!matchDayMonth(c, i, here) && !matchMonthDay(c, i, here)) {
            Found t;
            if (matchDayOfMonth(c, i, t)) {
                here.append(t);
            } else if (TimeOfDayFinder::match(c, i, t.mention)) {
                t.timeOnly = true;
                here.append(t);
            }
        }
        if (here.isEmpty())
            continue;
        for (Found &h : here) {
            h.mention.spec.span = c.span(h.mention.firstToken, h.mention.lastToken);
            c.take(h.mention.firstToken, h.mention.lastToken, TokenOwner::Date);
            found.append(h);
        }
        i = here.constLast().mention.lastToken;
    }

    // Join each time to a date next to it (before first), else to the nearest date.
    QList<DateMention> dates;
    QList<DateMention> times;
    for (const Found &f : std::as_const(found)) {
        if (f.timeOnly)
            times.append(f.mention);
        else
            dates.append(f.mention);
    }
    // "3:20 in the afternoon", "in the evening at eight": one time of that part of the day.
    using Kind = DateMention::TimeKind;
    for (int k = 0; k + 1 < times.size(); ++k) {
        DateMention &a = times[k];
        const DateMention &b = times.at(k + 1);
        if (((a.timeKind == Kind::DayPart) != (b.timeKind == Kind::DayPart)) &&
            adjacent(c, a.lastToken + 1, b.firstToken)) {
            DateMention merged = a.timeKind == Kind::DayPart ? b : a;
            const DateMention &part = a.timeKind == Kind::DayPart ? a : b;
            DateMention withPart = part;
            joinTime(withPart, merged, true);
            a = withPart;
            times.removeAt(k + 1);
        }
    }
    QList<DateMention> lone;
    for (const DateMention &t : std::as_const(times)) {
        int best = -1;
        bool near = false;
        for (int d = 0; d < dates.size(); ++d) {
            if (dates[d].lastToken < t.firstToken &&
                adjacent(c, dates[d].lastToken + 1, t.firstToken)) {
                best = d;
                near = true;
            }
        }
        if (!near) {
            for (int d = 0; d < dates.size() && !near; ++d) {
                if (dates[d].firstToken > t.lastToken &&
                    adjacent(c, t.lastToken + 1, dates[d].firstToken)) {
                    best = d;
                    near = true;
                }
            }
        }
        if (!near && keepLoneTimes) {
            lone.append(t);
            continue;
        }
        if (!near) {
            for (int d = 0; d < dates.size(); ++d) {
                if (dates[d].lastToken < t.firstToken || best < 0)
                    best = d;
            }
        }
        if (best >= 0)
            joinTime(dates[best], t, near);
        else
            c.take(t.firstToken, t.lastToken, TokenOwner::None);
    }
    if (!lone.isEmpty()) {
        for (DateMention &t : lone) {
            t.spec.date = QDate();
            dates.append(t);
        }
        std::stable_sort(
            dates.begin(), dates.end(),
            [](const DateMention &a, const DateMention &b) { return a.firstToken < b.firstToken; });
    }
    return dates;
}
