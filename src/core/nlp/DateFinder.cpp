// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DateFinder.h"

#include "nlp/DateDayMatcher.h"
#include "nlp/DatePeriodMatcher.h"
#include "nlp/HolidayCalendar.h"
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

/** Calendar dates (DateDayMatcher) as Found entries. */
bool matchDayMonth(const ParseContext &c, int i, QList<Found> &out) {
    QList<DateMention> found;
    if (!DateDayMatcher::dayMonth(c, i, found))
        return false;
    for (const DateMention &m : std::as_const(found))
        out.append(Found{m, false});
    return true;
}

bool matchMonthDay(const ParseContext &c, int i, QList<Found> &out) {
    QList<DateMention> found;
    if (!DateDayMatcher::monthDay(c, i, found))
        return false;
    for (const DateMention &m : std::as_const(found))
        out.append(Found{m, false});
    return true;
}

bool dayAt(const ParseContext &c, int j, int *day, int *next) {
    return DateDayMatcher::dayAt(c, j, day, next);
}

bool isTimeNoun(const ParseContext &c, int j) {
    return DateDayMatcher::isTimeNoun(c, j);
}

void setDay(Found &f, const QDate &d, int first, int last) {
    f.mention.spec.date = d;
    f.mention.firstToken = first;
    f.mention.lastToken = last;
}

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
    int ignored = 0;
    int ignoredNext = 0;
    if (t.norm.size() <= 4 && !t.capitalised && mode == Bare && !c.is(j - 1, u"on") &&
        !(c.isSymbol(j + 1, u'.') && c.glued(j + 1)) &&
        !(c.valid(j + 1) && c.tokens.at(j + 1).isNumber() &&
          dayAt(c, j + 1, &ignored, &ignoredNext) && !isTimeNoun(c, ignoredNext)))
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
    } else if (mode == Bare && c.is(last + 1, u"que") &&
               (c.is(last + 2, u"viene") || c.is(last + 2, u"vem")) && c.isFree(last + 2)) {
        mode = Next; // "miércoles que viene"
        last += 2;
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
    // "mardi en huit", "lundi en quinze": that weekday of the next week, or the one after
    const int weeks = c.is(last + 1, u"en") && c.isFree(last + 2) ? c.numberAt(last + 2) : -1;
    if (mode == Bare && (weeks == 8 || weeks == 15)) {
        setDay(f, RelativeDateMatcher::mondayOf(today).addDays((weeks == 8 ? 7 : 14) + wd - 1), i,
               last + 2);
        return true;
    }
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
            // "Sunday, Feb 10": the year whose date falls on that weekday
            QDate &d2 = f.mention.spec.date;
            if (!f.mention.explicitYear && d2.dayOfWeek() != wd) {
                if (d2.addYears(-1).dayOfWeek() == wd && d2.addYears(-1) >= today.addDays(-7))
                    d2 = d2.addYears(-1);
                else if (d2.addYears(1).dayOfWeek() == wd)
                    d2 = d2.addYears(1);
            }
            return true;
        }

        // "jeudi 15", "Thu 15th", "samedi 16 à 18h": the next such day falling on that weekday
        int day = 0;
        int next = 0;
        const bool cardinal = c.isFree(k) && c.has(k, C::Cardinal) && c.tokens.at(k).isWord() &&
                              c.value(k, C::Cardinal) >= 1 && c.value(k, C::Cardinal) <= 31 &&
                              !c.is(k, u"a") && !c.is(k, u"an") && !c.is(k, u"un") &&
                              !c.is(k, u"una") && !c.is(k, u"uno") && !c.is(k, u"um") &&
                              !c.is(k, u"uma") && !c.is(k, u"ein") && !c.is(k, u"eine");
        if (cardinal) {
            day = c.value(k, C::Cardinal);
            next = k + 1;
        }
        const bool close = k == last + 1 || c.isSymbol(k - 1, u',') || c.is(k - 1, u"the") ||
                           c.is(k - 1, u"le") || c.is(k - 1, u"den") || c.is(k - 1, u"el") ||
                           c.is(k - 1, u"il");
        if (date.isEmpty() && close && (cardinal || dayAt(c, k, &day, &next)) &&
            !isTimeNoun(c, next) && !c.is(next, u"h") && !c.has(next, C::Month) &&
            !c.isSymbol(next, u'/') && !c.isSymbol(next, u'.') && !c.isSymbol(next, u':') &&
            !(c.isSymbol(next, u'-') && c.valid(next + 1) && c.tokens.at(next + 1).isNumber()) &&
            !c.is(next, u"uhr") && !c.is(next, u"heures") && !c.is(next, u"horas") &&
            !c.is(next, u"ore") && !c.is(next, u"hours") && !c.is(next, u"de") &&
            !c.is(next, u"of") && !(c.valid(next) && c.tokens.at(next).isNumber())) {
            QDate m(c.today.year(), c.today.month(), 1);
            for (int n = 0; n < 40; ++n, m = m.addMonths(1)) {
                const QDate d(m.year(), m.month(), day);
                if (d.isValid() && d >= c.today && d.dayOfWeek() == wd) {
                    setDay(f, d, i, next - 1);
                    return true;
                }
            }
        }
    }
    setDay(f, d, i, last);
    return true;
}

/** "2026-12-10", "10/12", "25/12/2026", "10.12.2026". */
bool isFiller(const ParseContext &c, int k) {
    return c.is(k, u"at") || c.is(k, u"in") || c.is(k, u"the") || c.is(k, u"on") ||
           c.is(k, u"around") || c.is(k, u"about") || c.isSymbol(k, u',') || c.isSymbol(k, u'-') ||
           c.is(k, u"of") || c.is(k, u"during") || c.is(k, u"early") || c.is(k, u"late") ||
           c.is(k, u"am") || c.is(k, u"du") || c.is(k, u"de") || c.is(k, u"del") ||
           c.is(k, u"della") || c.is(k, u"di") || c.is(k, u"da") || c.is(k, u"dans") ||
           c.is(k, u"la") || c.is(k, u"le") || c.is(k, u"el") || c.is(k, u"na") ||
           c.is(k, u"der") || c.is(k, u"nella") || c.is(k, u"pela") || c.is(k, u"por") ||
           c.is(k, u"this") || c.is(k, u"for") || c.is(k, u"a") || c.is(k, u"al") ||
           c.is(k, u"pela") || c.is(k, u"pelo") || c.is(k, u"dans") || c.is(k, u"l") ||
           c.is(k, u"nel") || c.is(k, u"mais") || c.is(k, u"but") || c.is(k, u"plutot") ||
           c.is(k, u"environ") || c.is(k, u"so") || c.is(k, u"par") || c.is(k, u"exemple") ||
           c.is(k, u"der") || c.is(k, u"dem") || c.is(k, u"in") || c.is(k, u"en") ||
           c.is(k, u"\'") || c.is(k, u"aux") || c.is(k, u"alentours") || c.is(k, u"autour") ||
           c.isSymbol(k, u'\'');
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
        date.partFrom = time.partFrom;
        date.partTo = time.partTo;
        // "tomorrow evening at 8", "8 in the evening": the afternoon's and evening's hours.
        if (part >= 2 && date.clockFrom.isValid() && date.clockFrom.hour() >= 1 &&
            date.clockFrom.hour() < 12)
            date.clockFrom = date.clockFrom.addSecs(12 * 3600);
    } else if (time.timeKind == Kind::DayPart && time.dayPart >= 2 && time.dayPart <= 5 &&
               date.timeKind != Kind::DayPart) {
        // "at 5 tomorrow afternoon", "à 3 heures demain après-midi": the afternoon's 5
        const auto later = [](QTime &t) {
            if (t.isValid() && t.hour() >= 1 && t.hour() < 12)
                t = t.addSecs(12 * 3600);
        };
        later(date.clockFrom);
        later(date.clockTo);
        later(date.spec.timeFrom);
        later(date.spec.timeTo);
        date.twelveHour = false;
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

namespace {
/** The last token of a greeting of several words starting at @p i ("Guten Morgen", "buona
 * sera", "good evening": no date, no part of the day), else -1. */
int greetingEnd(const ParseContext &c, int i) {
    const std::optional<Lexicon::PhraseMatch> m = c.lexicon.phraseAt(c.tokens, i);
    return m && m->kind == PhraseKind::Greeting && m->tokenCount > 1 ? i + m->tokenCount - 1 : -1;
}
} // namespace

QList<DateMention> DateFinder::find(ParseContext &c, bool keepLoneTimes) {
    QList<Found> found;
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        if (const int end = greetingEnd(c, i); end >= 0) {
            i = end;
            continue;
        }
        QList<Found> here;
        Found f;
        if (HolidayCalendar::match(c, i, f.mention) || DatePeriodMatcher::ago(c, i, f.mention) ||
            DatePeriodMatcher::nthOfMonth(c, i, f.mention) ||
            DatePeriodMatcher::partOf(c, i, f.mention) ||
            DatePeriodMatcher::season(c, i, f.mention) ||
            DateDayMatcher::numeric(c, i, f.mention) || RelativeDateMatcher::day(c, i, f.mention) ||
            RelativeDateMatcher::offset(c, i, f.mention) ||
            RelativeDateMatcher::period(c, i, f.mention) || matchWeekday(c, i, f)) {
            here.append(f);
        } else if (!matchDayMonth(c, i, here) && !matchMonthDay(c, i, here)) {
            Found t;
            if (DateDayMatcher::dayOfMonth(c, i, t.mention)) {
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

    // "after June 3", "avant le 20", "ab dem 3. Juni", "prima del 20 aprile", "desde el
    // jueves": a date that opens or closes an interval of days
    for (int k = 0; k < found.size(); ++k) {
        DateMention &m = found[k].mention;
        if (found.at(k).timeOnly || m.rangeEnd || m.timeKind != DateMention::TimeKind::None ||
            m.spec.dateTo.isValid() || m.grain != DateGrain::Day ||
            (k + 1 < found.size() && found.at(k + 1).mention.rangeEnd))
            continue;
        int j = m.firstToken - 1;
        if (c.is(j, u"le") || c.is(j, u"la") || c.is(j, u"the") || c.is(j, u"el") ||
            c.is(j, u"il") || c.is(j, u"o") || c.is(j, u"dem") || c.is(j, u"de") ||
            c.is(j, u"do") || c.is(j, u"da") || c.is(j, u"del"))
            --j;
        if (!c.isFree(j))
            continue;
        int side = 0;
        if (c.is(j, u"after") || c.is(j, u"since") || c.is(j, u"apres") || c.is(j, u"nach") ||
            c.is(j, u"ab") || c.is(j, u"despues") || c.is(j, u"dopo") || c.is(j, u"depois") ||
            c.is(j, u"dal") || c.is(j, u"dalla") || c.is(j, u"desde") ||
            (c.is(j, u"da") && j == m.firstToken - 1) || c.is(j, u"partir"))
            side = 1;
        else if (c.is(j, u"before") || c.is(j, u"avant") || c.is(j, u"vor") || c.is(j, u"antes") ||
                 c.is(j, u"prima"))
            side = -1;
        // "one year after Christmas": a shift, not an open interval
        if (!side || (c.has(j - 1, C::Unit) && c.numberAt(j - 2) > 0))
            continue;
        if (c.is(j, u"partir") && c.is(j - 1, u"a"))
            --j;
        m.openSide = side;
        m.firstToken = j;
        m.spec.span = c.span(j, m.lastToken);
        c.take(j, m.lastToken, TokenOwner::Date);
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
