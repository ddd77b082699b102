// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/RelativeDateMatcher.h"

#include "nlp/ParseContext.h"
#include "nlp/TimeOfDayFinder.h"

namespace {

using C = WordClass;

void setDay(DateMention &m, const QDate &d, int first, int last) {
    m.spec.date = d;
    m.firstToken = first;
    m.lastToken = last;
}

bool isSuffixAt(const ParseContext &c, int j) {
    return c.glued(j) && (c.is(j, u"st") || c.is(j, u"nd") || c.is(j, u"rd") || c.is(j, u"th"));
}

} // namespace

QDate RelativeDateMatcher::mondayOf(const QDate &d) {
    return d.addDays(1 - d.dayOfWeek());
}

bool RelativeDateMatcher::isLast(const ParseContext &c, int j) {
    static const char16_t *const words[] = {
        u"last",    u"past",       u"dernier",     u"derniere", u"letzte",  u"letzten", u"letzter",
        u"letztes", u"vergangene", u"vergangenen", u"pasado",   u"pasada",  u"scorso",  u"scorsa",
        u"passado", u"passada",    u"ultima",      u"ultimo",   u"anterior"};
    if (!c.isFree(j))
        return false;
    for (const char16_t *w : words) {
        if (c.is(j, QStringView(w)))
            return true;
    }
    return false;
}

bool RelativeDateMatcher::period(const ParseContext &c, int i, DateMention &f) {
    const bool next = c.has(i, C::Next);
    const bool self = c.has(i, C::This);
    bool past = isLast(c, i);
    const int j = next || self || past ? i + 1 : i;
    if (!c.isFree(j))
        return false;
    const QDate today = c.today;
    DateSpec &spec = f.spec;
    // "last night": yesterday evening
    if (past && c.has(j, C::DayPart) && c.value(j, C::DayPart) == 4) {
        setDay(f, today.addDays(-1), i, j);
        TimeOfDayFinder::dayPartWindow(4, spec);
        f.timeKind = DateMention::TimeKind::DayPart;
        f.dayPart = 4;
        return true;
    }
    // "this quarter", "next qtr", "third quarter", "3rd quarter", "drittes Quartal"
    const auto isQuarter = [&c](int q) {
        return c.is(q, u"quarter") || c.is(q, u"qtr") || c.is(q, u"quartal") ||
               c.is(q, u"trimestre");
    };
    int nth = 0;
    int q = j;
    if (j == i && c.has(i, C::Ordinal)) {
        nth = c.value(i, C::Ordinal);
        q = i + 1;
    } else if (j == i && c.tokens.at(i).isNumber() && c.tokens.at(i).number <= 4 &&
               isSuffixAt(c, i + 1)) {
        nth = int(c.tokens.at(i).number);
        q = i + 2;
    }
    if (c.isFree(q) && isQuarter(q) && (next || self || past || (nth >= 1 && nth <= 4))) {
        QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        if (nth)
            first = QDate(today.year(), (nth - 1) * 3 + 1, 1);
        else if (next)
            first = first.addMonths(3);
        else if (past)
            first = first.addMonths(-3);
        setDay(f, first < today ? today : first, i, q);
        spec.dateTo = first.addMonths(3).addDays(-1);
        f.grain = DateGrain::Quarter;
        f.period = first;
        return true;
    }
    // "next 3 days", "last 2 weeks", "nächsten drei Tage", "prossimi 3 mesi"
    const int count = (next || past) ? c.numberAt(j) : -1;
    if (count >= 1 && count <= 100 && c.isFree(j) && c.isFree(j + 1) && c.has(j + 1, C::Unit)) {
        const int unit = c.value(j + 1, C::Unit);
        QDate first;
        DateGrain grain = DateGrain::Day;
        if (unit == 1) {
            first = next ? today.addDays(1) : today.addDays(-count);
        } else if (unit == 7) {
            grain = DateGrain::Week;
            first = mondayOf(today).addDays(next ? 7 : -7 * count);
        } else if (unit == 30) {
            grain = DateGrain::Month;
            first = QDate(today.year(), today.month(), 1).addMonths(next ? 1 : -count);
        } else if (unit == 365) {
            grain = DateGrain::Year;
            first = QDate(today.year() + (next ? 1 : -count), 1, 1);
        }
        if (first.isValid()) {
            setDay(f, first, i, j + 1);
            f.grain = grain;
            f.period = first;
            f.periods = count;
            QDate end = first;
            for (int k = 0; k < count; ++k)
                end = grain == DateGrain::Day     ? end.addDays(1)
                      : grain == DateGrain::Week  ? end.addDays(7)
                      : grain == DateGrain::Month ? end.addMonths(1)
                                                  : end.addYears(1);
            spec.dateTo = end.addDays(-1);
            return true;
        }
    }
    // "week-end" written in three tokens
    const bool weekEnd = c.has(j, C::Unit) && c.value(j, C::Unit) == 7 && c.isSymbol(j + 1, u'-') &&
                         c.glued(j + 1) && c.is(j + 2, u"end") && c.glued(j + 2) && c.isFree(j + 2);
    // "fin de semana", "fim de semana", "final de semana", "fine settimana": the weekend
    int weekendLast = weekEnd ? j + 2 : j;
    bool weekendWords = false;
    if ((c.is(j, u"fin") || c.is(j, u"fim") || c.is(j, u"final") || c.is(j, u"fine")) &&
        c.isFree(j + 1)) {
        const int w = c.is(j + 1, u"de") || c.is(j + 1, u"di") ? j + 2 : j + 1;
        if (c.isFree(w) && (c.is(w, u"semana") || c.is(w, u"settimana"))) {
            weekendWords = true;
            weekendLast = w;
        }
    }
    const bool weekendCue = next || self || c.is(i - 1, u"the") || c.is(i - 1, u"on") ||
                            c.is(i - 1, u"el") || c.is(i - 1, u"il") || c.is(i - 1, u"o") ||
                            c.is(i - 1, u"no") || c.is(i - 1, u"nel") || c.is(i - 1, u"le") ||
                            c.is(i - 1, u"am") || c.is(i - 1, u"ce") || c.is(i - 1, u"al") ||
                            c.is(i - 1, u"este") || c.is(i - 1, u"questo");
    if ((c.has(j, C::Weekend) || weekEnd || weekendWords) && (weekendCue || weekendWords)) {
        QDate sat = mondayOf(today).addDays(5 + (next ? 7 : 0));
        setDay(f, sat, i, weekendLast);
        spec.dateTo = sat.addDays(1);
        f.weekend = true;
        f.period = sat;
        if (spec.date < today)
            spec.date = today;
        return true;
    }
    // "semaine prochaine", "settimana prossima": a "next" after the unit (not English).
    bool following = next;
    int last = j;
    if (j == i && c.has(i, C::Unit) && c.isFree(i + 1) && c.has(i + 1, C::Next) &&
        !(c.tokens.at(i + 1).info->langMask & 1)) {
        following = true;
        last = i + 1;
    } else if (j == i && c.has(i, C::Unit) && c.is(i + 1, u"que") && c.isFree(i + 2) &&
               (c.is(i + 2, u"viene") || c.is(i + 2, u"vem"))) { // "semana que viene"
        following = true;
        last = i + 2;
    } else if (j == i && c.has(i, C::Unit) && isLast(c, i + 1) && c.isFree(i + 1)) {
        past = true; // "semaine dernière", "mese scorso"
        last = i + 1;
    } else if (j == i) {
        return false;
    }
    if (c.has(j, C::Unit) && (c.value(j, C::Unit) == 7 || c.value(j, C::Unit) == 30) &&
        (following || past || self) &&
        (!c.tokens.at(j).norm.endsWith(u's') || c.is(j, u"mois") || c.is(j, u"mes"))) {
        if (c.value(j, C::Unit) == 7) {
            const QDate monday = mondayOf(today).addDays(following ? 7 : past ? -7 : 0);
            setDay(f, following || past ? monday : today, i, last);
            spec.dateTo = monday.addDays(6);
            f.grain = DateGrain::Week;
            f.period = monday;
        } else {
            QDate first(today.year(), today.month(), 1);
            if (following)
                first = first.addMonths(1);
            else if (past)
                first = first.addMonths(-1);
            setDay(f, following || past ? first : today, i, last);
            spec.dateTo = first.addDays(first.daysInMonth() - 1);
            f.grain = DateGrain::Month;
            f.period = first;
        }
        return true;
    }
    if (c.has(j, C::Unit) && c.value(j, C::Unit) == 365 && (following || past || self)) {
        const QDate first(today.year() + (following ? 1 : past ? -1 : 0), 1, 1);
        setDay(f, following || past ? first : today, i, last);
        spec.dateTo = QDate(first.year(), 12, 31);
        f.grain = DateGrain::Year;
        f.period = first;
        return true;
    }
    if (self && c.has(j, C::DayPart) && c.value(j, C::DayPart) <= 4) {
        setDay(f, today, i, j);
        TimeOfDayFinder::dayPartWindow(c.value(j, C::DayPart), spec);
        f.timeKind = DateMention::TimeKind::DayPart;
        f.dayPart = c.value(j, C::DayPart);
        return true;
    }
    return false;
}

bool RelativeDateMatcher::day(const ParseContext &c, int i, DateMention &f) {
    int length = 0;
    int value = 0;
    if (c.lexicon.phraseIs(c.tokens, i, PhraseKind::DayAfterTomorrow, &length, &value)) {
        for (int k = i; k < i + length; ++k) {
            if (!c.isFree(k))
                return false;
        }
        setDay(f, c.today.addDays(value), i, i + length - 1);
        return true;
    }
    if (!c.isFree(i) || !c.has(i, C::RelativeDay))
        return false;
    // "por la mañana", "esta mañana": the morning, not tomorrow
    if (c.is(i, u"manana") && (c.is(i - 1, u"la") || c.is(i - 1, u"esta")))
        return false;
    setDay(f, c.today.addDays(c.value(i, C::RelativeDay)), i, i);
    // "tonight", "stasera", "domattina": a day and a part of it in one word
    if (c.has(i, C::DayPart) && c.value(i, C::DayPart) <= 5) {
        const int part = c.value(i, C::DayPart);
        TimeOfDayFinder::dayPartWindow(part, f.spec);
        f.timeKind = DateMention::TimeKind::DayPart;
        f.dayPart = part;
        if (part == 1 && !(c.tokens.at(i).info->langMask & 1))
            f.partFrom = 4;
    }
    return true;
}

bool RelativeDateMatcher::offset(const ParseContext &c, int i, DateMention &f) {
    // "in 3 days", "dans 15 jours", "in 3 Tagen", "en 2 semanas", "tra 3 giorni", "em 5 dias"
    if (!c.isFree(i) || !(c.is(i, u"in") || c.is(i, u"dans") || c.is(i, u"en") || c.is(i, u"tra") ||
                          c.is(i, u"fra") || c.is(i, u"em")))
        return false;
    int j = i + 1;
    int n = c.numberAt(j);
    if (n < 0 || !c.isFree(j))
        return false;
    ++j;
    if (c.is(j, u"of")) // "a couple of days"
        ++j;
    // "in 2 minutes", "in 24 hours", "dans 2 heures", "in 30 Minuten": from now, to the second
    // (minutes) or the minute (hours), as Duckling does
    static const char16_t *const minuteWords[] = {u"minute",  u"minutes", u"min",    u"mins",
                                                  u"minuten", u"minutos", u"minuti", u"minuto"};
    static const char16_t *const hourWords[] = {u"hour",   u"hours",   u"hr",    u"hrs",
                                                u"stunde", u"stunden", u"heure", u"heures",
                                                u"hora",   u"horas",   u"ora",   u"ore"};
    int seconds = 0;
    for (const char16_t *w : minuteWords)
        seconds = c.is(j, QStringView(w)) ? 60 : seconds;
    for (const char16_t *w : hourWords)
        seconds = c.is(j, QStringView(w)) ? 3600 : seconds;
    if (seconds && c.isFree(j) && n <= 1000) {
        const QDateTime at = c.now.addSecs(qint64(n) * seconds);
        setDay(f, at.date(), i, j);
        f.timeKind = DateMention::TimeKind::At;
        f.timeGrain = seconds == 60 ? DateGrain::Second : DateGrain::Minute;
        const QTime t = at.time();
        f.clockFrom =
            seconds == 60 ? QTime(t.hour(), t.minute(), t.second()) : QTime(t.hour(), t.minute());
        return true;
    }
    if (!c.isFree(j) || !c.has(j, C::Unit) || n > 400)
        return false;
    const int unit = c.value(j, C::Unit);
    QDate d = c.today;
    if (unit == 30) {
        d = d.addMonths(n);
    } else if (unit == 365) { // "in 3 years": Duckling's month grain
        d = d.addYears(n);
        f.grain = DateGrain::Month;
        f.period = QDate(d.year(), d.month(), 1);
    } else
        d = d.addDays(qint64(n) * unit);
    setDay(f, d, i, j);
    return true;
}
