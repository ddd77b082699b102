// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DatePeriodMatcher.h"

#include "nlp/DateFinder.h"
#include "nlp/HolidayCalendar.h"
#include "nlp/ParseContext.h"
#include "nlp/RelativeDateMatcher.h"

#include <QHash>

namespace {

using C = WordClass;

bool isAny(const ParseContext &c, int j, std::initializer_list<const char16_t *> words) {
    for (const char16_t *w : words) {
        if (c.is(j, QStringView(w)))
            return true;
    }
    return false;
}

/** What a word may start, for a cheap first test at every token. */
enum Start : quint8 { AgoCue = 1, Article = 2, PartWord = 4, SeasonCue = 8, SeasonWord = 16 };

quint8 startsAt(const ParseContext &c, int i) {
    static const QHash<QString, quint8> words = [] {
        QHash<QString, quint8> w;
        const auto add = [&w](std::initializer_list<const char16_t *> list, quint8 bit) {
            for (const char16_t *x : list)
                w[QString::fromUtf16(x)] |= bit;
        };
        add({u"il", u"hace", u"vor", u"ha", u"faz", u"fazem"}, AgoCue);
        add({u"the", u"le", u"la", u"il", u"el", u"o", u"a", u"l", u"der", u"die"}, Article);
        add({u"beginning",  u"start",     u"early",     u"debut",   u"anfang",   u"beginn",
             u"principios", u"principio", u"comienzos", u"inicio",  u"inizio",   u"inizi",
             u"mid",        u"middle",    u"mi",        u"mitte",   u"mediados", u"meta",
             u"meados",     u"metade",    u"mitad",     u"milieu",  u"end",      u"late",
             u"fin",        u"fine",      u"ende",      u"finales", u"final",    u"finais",
             u"fim",        u"finale"},
            PartWord);
        add({u"in",    u"en",      u"im",     u"nel", u"no",  u"na",     u"em",
             u"dans",  u"durante", u"during", u"for", u"au",  u"l",      u"this",
             u"quest", u"el",      u"o",      u"den", u"der", u"diesen", u"le",
             u"il",    u"cet",     u"d",      u"de",  u"ce",  u"questo", u"verso"},
            SeasonCue);
        add({u"spring", u"printemps", u"fruhling", u"fruhjahr", u"primavera", u"summer",
             u"ete",    u"sommer",    u"verano",   u"estate",   u"verao",     u"autumn",
             u"fall",   u"automne",   u"herbst",   u"otono",    u"autunno",   u"outono",
             u"winter", u"hiver",     u"invierno", u"inverno"},
            SeasonWord);
        return w;
    }();
    if (!c.valid(i) || !c.tokens.at(i).isWord())
        return 0;
    return words.value(c.tokens.at(i).norm);
}

void setDays(DateMention &m, const QDate &from, const QDate &to, int first, int last) {
    m.spec.date = from;
    m.spec.dateTo = to > from ? to : QDate();
    m.firstToken = first;
    m.lastToken = last;
}

bool isHourUnit(const ParseContext &c, int j) {
    return isAny(c, j,
                 {u"hour", u"hours", u"hr", u"hrs", u"heure", u"heures", u"stunde", u"stunden",
                  u"hora", u"horas", u"ora", u"ore"});
}

bool isMinuteUnit(const ParseContext &c, int j) {
    return isAny(
        c, j,
        {u"minute", u"minutes", u"min", u"mins", u"minuten", u"minutos", u"minuti", u"minuto"});
}

/** A duration at @p j ("3 days", "a week", "deux heures"): count and unit (1, 7, 30, 365; -60
 * for hours, -1 for minutes); @p next gets the token after it. */
bool durationAt(const ParseContext &c, int j, int *count, int *unit, int *next) {
    int n = c.numberAt(j);
    if (n < 1 || n > 1000 || !c.isFree(j))
        return false;
    int u = j + 1;
    if (c.is(u, u"of")) // "a couple of days"
        ++u;
    if (!c.isFree(u))
        return false;
    if (isHourUnit(c, u))
        *unit = -60;
    else if (isMinuteUnit(c, u))
        *unit = -1;
    else if (c.has(u, C::Unit))
        *unit = c.value(u, C::Unit);
    else
        return false;
    *count = n;
    *next = u + 1;
    return true;
}

/** Sets @p m to @p n units from now (negative: back), in Duckling's grains: minutes to the
 * second, hours to the minute, days to the hour, weeks and months to the day, years to the
 * month. */
void shift(const ParseContext &c, DateMention &m, int n, int unit) {
    using Kind = DateMention::TimeKind;
    if (unit < 0) {
        const QDateTime at = c.now.addSecs(qint64(n) * (unit == -60 ? 3600 : 60));
        m.spec.date = at.date();
        m.timeKind = Kind::At;
        const QTime t = at.time();
        m.timeGrain = unit == -60 ? DateGrain::Minute : DateGrain::Second;
        m.clockFrom =
            unit == -60 ? QTime(t.hour(), t.minute()) : QTime(t.hour(), t.minute(), t.second());
        return;
    }
    if (unit == 1) {
        const QDateTime at = c.now.addDays(n);
        m.spec.date = at.date();
        m.timeKind = Kind::At;
        m.timeGrain = DateGrain::Hour;
        m.clockFrom = QTime(at.time().hour(), 0);
        return;
    }
    if (unit == 365) {
        const QDate d = c.today.addYears(n);
        m.spec.date = d;
        m.grain = DateGrain::Month;
        m.period = QDate(d.year(), d.month(), 1);
        return;
    }
    m.spec.date = unit == 30 ? c.today.addMonths(n) : c.today.addDays(qint64(n) * unit);
}

/** A month named at @p j, with "of this month" / "of next month" / "of the month" read as
 * the month of today or the next; @p year and @p next set. Returns 0 if none. */
int monthRef(const ParseContext &c, int j, int *year, int *next) {
    const QDate today = c.today;
    int k = j;
    if (c.has(k, C::Month) && c.isFree(k)) {
        const int month = c.value(k, C::Month);
        *next = k + 1;
        int y = k + 1;
        if (c.isSymbol(y, u',') || c.is(y, u"de") || c.is(y, u"del"))
            ++y;
        if (c.isFree(y) && c.valid(y) && c.tokens.at(y).isNumber() &&
            c.tokens.at(y).norm.size() == 4) {
            *year = int(c.tokens.at(y).number);
            *next = y + 1;
        } else {
            *year = month < today.month() ? today.year() + 1 : today.year();
        }
        return month;
    }
    const bool next1 = c.has(k, C::Next);
    if (c.has(k, C::This) || next1 || isAny(c, k, {u"the", u"le", u"il", u"el", u"o"}) ||
        RelativeDateMatcher::isLast(c, k))
        ++k;
    if (c.isFree(k) && c.has(k, C::Unit) && c.value(k, C::Unit) == 30) {
        QDate m(today.year(), today.month(), 1);
        if (next1)
            m = m.addMonths(1);
        else if (RelativeDateMatcher::isLast(c, j))
            m = m.addMonths(-1);
        *year = m.year();
        *next = k + 1;
        return m.month();
    }
    return 0;
}

bool isOf(const ParseContext &c, int j) {
    return isAny(c, j,
                 {u"of", u"in", u"de", u"d", u"du", u"im", u"di", u"del", u"della", u"do", u"da",
                  u"des", u"dello", u"von", u"en"});
}

} // namespace

bool DatePeriodMatcher::ago(const ParseContext &c, int i, DateMention &m) {
    int n = 0;
    int unit = 0;
    int next = 0;
    // prefix forms: "il y a 2 jours", "hace 3 semanas", "vor 2 Wochen", "há 2 dias"
    if (!(startsAt(c, i) & AgoCue) && c.numberAt(i) < 1)
        return false;
    int k = -1;
    if (c.is(i, u"il") && c.is(i + 1, u"y") && c.is(i + 2, u"a"))
        k = i + 3;
    else if (isAny(c, i, {u"hace", u"vor", u"ha", u"faz", u"fazem"}))
        k = i + 1;
    if (k > 0 && c.isFree(i) && durationAt(c, k, &n, &unit, &next)) {
        shift(c, m, -n, unit);
        m.firstToken = i;
        m.lastToken = next - 1;
        return true;
    }
    if (!durationAt(c, i, &n, &unit, &next) || !c.isFree(next))
        return false;
    if (isAny(c, next, {u"ago", u"fa", u"atras", u"before"}) &&
        !(c.is(next, u"before") && c.valid(next + 1))) {
        shift(c, m, -n, unit);
    } else if (c.is(next, u"hence") || (c.is(next, u"from") && c.is(next + 1, u"now"))) {
        shift(c, m, n, unit);
        if (c.is(next, u"from"))
            ++next;
    } else if ((c.is(next, u"from") || c.is(next, u"after")) && c.isFree(next + 1) &&
               c.has(next + 1, C::RelativeDay) && unit > 0) {
        // "a week from tomorrow", "3 days after today"
        const QDate base = c.today.addDays(c.value(next + 1, C::RelativeDay));
        m.spec.date = unit == 30    ? base.addMonths(n)
                      : unit == 365 ? base.addYears(n)
                                    : base.addDays(qint64(n) * unit);
        ++next;
    } else {
        return false;
    }
    m.firstToken = i;
    m.lastToken = next;
    return true;
}

bool DatePeriodMatcher::nthOfMonth(const ParseContext &c, int i, DateMention &m) {
    // cheap test first: an ordinal, a small number or a "last" word at i or after an article
    const int at = (startsAt(c, i) & Article) ? i + 1 : i;
    if (!c.valid(at) || !(c.has(at, C::Ordinal) || c.tokens.at(at).isNumber() ||
                          (c.tokens.at(at).isWord() && c.tokens.at(at).norm.size() >= 4 &&
                           RelativeDateMatcher::isLast(c, at)) ||
                          c.is(at, u"ultimo") || c.is(at, u"ultima") || c.isSymbol(at, u'\'')))
        return false;
    int k = i;
    if (isAny(c, k, {u"the", u"le", u"la", u"il", u"el", u"o", u"a", u"l", u"der", u"die"}) &&
        c.isFree(k))
        ++k;
    if (c.isSymbol(k, u'\'') && c.glued(k))
        ++k;
    int nth = 0;
    if (RelativeDateMatcher::isLast(c, k) || c.is(k, u"ultimo") || c.is(k, u"ultima"))
        nth = -1;
    else if (c.has(k, C::Ordinal) && c.isFree(k) && c.value(k, C::Ordinal) <= 5)
        nth = c.value(k, C::Ordinal);
    else if (c.valid(k) && c.tokens.at(k).isNumber() && c.tokens.at(k).number <= 5 &&
             c.glued(k + 1) && isAny(c, k + 1, {u"st", u"nd", u"rd", u"th"})) {
        nth = int(c.tokens.at(k).number);
        ++k;
    }
    if (nth == 0 || !c.isFree(k))
        return false;
    const int what = k + 1;
    enum { Weekday, Day, Week, Weekend } kind;
    int weekday = 0;
    int last = what;
    if (c.has(what, C::Weekday) && c.isFree(what)) {
        kind = Weekday;
        weekday = c.value(what, C::Weekday);
        if (c.isSymbol(what + 1, u'-') && c.is(what + 2, u"feira"))
            last = what + 2;
    } else if (c.has(what, C::Unit) && c.value(what, C::Unit) == 1) {
        kind = Day;
    } else if (c.has(what, C::Weekend) || (c.has(what, C::Unit) && c.value(what, C::Unit) == 7 &&
                                           c.isSymbol(what + 1, u'-') && c.is(what + 2, u"end"))) {
        kind = Weekend;
        if (!c.has(what, C::Weekend))
            last = what + 2;
    } else if (c.has(what, C::Unit) && c.value(what, C::Unit) == 7) {
        kind = Week;
        if (c.is(what + 1, u"end")) {
            kind = Weekend;
            last = what + 1;
        }
    } else {
        return false;
    }
    int of = last + 1;
    if (!isOf(c, of))
        return false;
    ++of;
    if (c.isSymbol(of, u'\'') && c.glued(of))
        ++of;
    int year = 0;
    int next = 0;
    const int month = monthRef(c, of, &year, &next);
    if (!month)
        return false;
    const QDate first(year, month, 1);
    const QDate end = first.addMonths(1).addDays(-1);
    QDate d;
    switch (kind) {
    case Weekday:
        d = HolidayCalendar::nthWeekday(year, month, weekday, nth);
        break;
    case Day:
        d = nth < 0 ? end : first.addDays(nth - 1);
        break;
    case Week: {
        QDate monday = HolidayCalendar::nthWeekday(year, month, 1, nth < 0 ? -1 : nth);
        if (nth < 0 && monday.addDays(6) > end)
            monday = monday.addDays(-7);
        if (!monday.isValid())
            return false;
        setDays(m, monday, monday.addDays(6), i, next - 1);
        m.grain = DateGrain::Week;
        m.period = monday;
        return true;
    }
    case Weekend: {
        const QDate friday = HolidayCalendar::nthWeekday(year, month, 5, nth);
        if (!friday.isValid())
            return false;
        setDays(m, friday.addDays(1), friday.addDays(2), i, next - 1);
        m.weekend = true;
        m.period = friday.addDays(1);
        return true;
    }
    }
    if (!d.isValid() || d.month() != month)
        return false;
    setDays(m, d, d, i, next - 1);
    m.explicitYear = true;
    return true;
}

bool DatePeriodMatcher::partOf(const ParseContext &c, int i, DateMention &m) {
    // the word at i: begin, middle or end
    if (!(startsAt(c, i) & PartWord))
        return false;
    int part = 0;
    const bool french = isAny(c, i, {u"debut", u"fin", u"mi"});
    if (isAny(c, i,
              {u"beginning", u"start", u"early", u"debut", u"anfang", u"beginn", u"principios",
               u"principio", u"comienzos", u"inicio", u"inizio", u"inizi"}))
        part = 1;
    else if (isAny(c, i,
                   {u"mid", u"middle", u"mi", u"mitte", u"mediados", u"meta", u"meados", u"metade",
                    u"mitad", u"milieu"}))
        part = 2;
    else if (isAny(c, i,
                   {u"end", u"late", u"fin", u"fine", u"ende", u"finales", u"final", u"finais",
                    u"fim", u"finale"}))
        part = 3;
    if (!part || !c.isFree(i))
        return false;
    int k = i + 1;
    if (c.isSymbol(k, u'-') && c.glued(k)) // "mi-décembre", "mid-March"
        ++k;
    for (int n = 0; n < 2 && (isOf(c, k) || isAny(c, k, {u"the", u"la", u"le", u"l"})); ++n) {
        ++k;
        if (c.isSymbol(k, u'\'') && c.glued(k))
            ++k;
    }
    if (isAny(c, k, {u"around", u"mois"}) && !c.has(k + 1, C::Unit)) // "du mois d'avril"
        k = c.is(k, u"mois") && isOf(c, k + 1) ? (c.isSymbol(k + 2, u'\'') ? k + 3 : k + 2) : k + 1;
    const int first = i > 0 &&
                              isAny(c, i - 1,
                                    {u"at", u"a", u"en", u"au", u"al", u"am", u"zum", u"by", u"in",
                                     u"the", u"no", u"alla", u"nel"}) &&
                              c.isFree(i - 1)
                          ? i - 1
                          : i;
    const QDate today = c.today;
    // a month
    int year = 0;
    int next = 0;
    const int month = monthRef(c, k, &year, &next);
    if (month) {
        const QDate start(year, month, 1);
        QDate from;
        QDate to;
        if (part == 1) {
            from = start;
            to = start.addDays(french && c.has(k, C::Month) ? 4 : 9);
        } else if (part == 2) {
            from = start.addDays(french ? 9 : 10);
            to = start.addDays(french ? 18 : 19);
        } else {
            from = start.addDays(20);
            to = start.addMonths(1).addDays(-1);
        }
        // "au début du mois" after the 10th: next month's
        if (!c.has(k, C::Month) && to < today && !c.has(k, C::Next)) {
            from = from.addMonths(1);
            to = part == 3 ? from.addMonths(1).addDays(-from.day()) : to.addMonths(1);
        }
        setDays(m, from, to, first, next - 1);
        return true;
    }
    // a week: "end of next week", "en début de semaine"
    int w = k;
    const bool nextWeek = c.has(w, C::Next);
    if (nextWeek || c.has(w, C::This) || isAny(c, w, {u"the", u"la", u"coming", u"following"}))
        ++w;
    if (c.is(w, u"following") || c.is(w, u"coming"))
        ++w;
    const bool weekUnit = c.isFree(w) && c.has(w, C::Unit) && c.value(w, C::Unit) == 7 &&
                          !c.tokens.at(w).norm.endsWith(u's');
    if (weekUnit) {
        int wl = w;
        bool following = nextWeek || c.is(w - 1, u"following") || c.is(w - 1, u"coming");
        if (c.has(w + 1, C::Next) && c.isFree(w + 1)) { // "semaine prochaine"
            following = true;
            ++wl;
        }
        const QDate monday = RelativeDateMatcher::mondayOf(today).addDays(following ? 7 : 0);
        if (part == 1)
            setDays(m, monday, monday.addDays(french ? 1 : 2), first, wl);
        else if (part == 3)
            setDays(m, monday.addDays(french ? 3 : 4), monday.addDays(6), first, wl);
        else
            setDays(m, monday.addDays(2), monday.addDays(3), first, wl);
        return true;
    }
    // a year: "end of the year", "beginning of 2014", "fin d'année"
    int y = k;
    if (c.has(y, C::This) || c.has(y, C::Next) || isAny(c, y, {u"the", u"l", u"la"}))
        ++y;
    int theYear = today.year() + (c.has(y - 1, C::Next) ? 1 : 0);
    bool yearWord = c.isFree(y) && c.has(y, C::Unit) && c.value(y, C::Unit) == 365;
    if (!yearWord && c.isFree(y) && c.valid(y) && c.tokens.at(y).isNumber() &&
        c.tokens.at(y).norm.size() == 4) {
        theYear = int(c.tokens.at(y).number);
        yearWord = true;
    }
    if (yearWord && part != 2) {
        const int startMonth = part == 1 ? 1 : (french ? 11 : 9);
        const int months = part == 1 ? 3 : 13 - startMonth;
        const QDate from(theYear, startMonth, 1);
        setDays(m, from, from.addMonths(months).addDays(-1), first, y);
        m.grain = DateGrain::Month;
        m.period = from;
        m.periods = months;
        return true;
    }
    return false;
}

bool DatePeriodMatcher::season(const ParseContext &c, int i, DateMention &m) {
    // the season word at i, or after a cue at i
    int k = i;
    const bool next = c.has(i, C::Next) && c.isFree(i);
    if (!((startsAt(c, i + 1) | startsAt(c, i + 2) | startsAt(c, i + 3)) & SeasonWord))
        return false;
    const bool last = RelativeDateMatcher::isLast(c, i);
    const bool cue =
        next || last || (c.has(i, C::This) && c.isFree(i)) ||
        isAny(c, i, {u"in",    u"en",      u"im",     u"nel", u"no",  u"na",     u"em",
                     u"dans",  u"durante", u"during", u"for", u"au",  u"l",      u"this",
                     u"quest", u"el",      u"o",      u"den", u"der", u"diesen", u"le",
                     u"il",    u"cet",     u"d",      u"de",  u"ce",  u"questo", u"verso"});
    if (!cue)
        return false;
    k = i + 1;
    if (c.isSymbol(k, u'\'') && c.glued(k))
        ++k;
    if (isAny(c, k, {u"the", u"l", u"la", u"el", u"o", u"der", u"den"}) && k == i + 1)
        ++k;
    if (c.isSymbol(k, u'\'') && c.glued(k))
        ++k;
    if (!c.isFree(k))
        return false;
    int s = 0; // 1 spring, 2 summer, 3 autumn, 4 winter
    if (isAny(c, k, {u"spring", u"printemps", u"fruhling", u"fruhjahr", u"primavera"}))
        s = 1;
    else if (isAny(c, k, {u"summer", u"ete", u"sommer", u"verano", u"estate", u"verao"}))
        s = 2;
    else if (isAny(c, k,
                   {u"autumn", u"fall", u"automne", u"herbst", u"otono", u"autunno", u"outono"}))
        s = 3;
    else if (isAny(c, k, {u"winter", u"hiver", u"invierno", u"inverno"}))
        s = 4;
    if (!s)
        return false;
    static const int starts[5][2] = {{0, 0}, {3, 20}, {6, 21}, {9, 23}, {12, 21}};
    static const int ends[5][2] = {{0, 0}, {6, 20}, {9, 23}, {12, 21}, {3, 20}};
    const QDate today = c.today;
    const auto span = [&](int year, QDate *from, QDate *to) {
        *from = QDate(year, starts[s][0], starts[s][1]);
        *to = QDate(s == 4 ? year + 1 : year, ends[s][0], ends[s][1]);
    };
    QDate from;
    QDate to;
    span(today.year() - 1, &from, &to);
    if (to < today)
        span(today.year(), &from, &to);
    if (to < today)
        span(today.year() + 1, &from, &to);
    if (next)
        span(from.year() + 1, &from, &to);
    else if (last)
        span(from.year() - 1, &from, &to);
    setDays(m, from, to, i, k);
    return true;
}
