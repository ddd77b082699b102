// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/TimeOfDayFinder.h"

#include "nlp/DateDayMatcher.h"
#include "nlp/ParseContext.h"
#include "nlp/TimeMinuteReader.h"

#include <QSet>

using C = WordClass;

namespace {
/** "at", "@", "à", "vers", "um", "alle", "às", "a las": a clock time may follow. */
bool isAtCue(const ParseContext &c, int i) {
    static const char16_t *const words[] = {u"at",    u"around", u"about", u"a",
                                            u"vers",  u"um",     u"gegen", u"alle",
                                            u"verso", u"as",     u"las",   u"approximately"};
    if (c.isSymbol(i, u'@'))
        return true;
    for (const char16_t *w : words) {
        if (c.is(i, QStringView(w)))
            return true;
    }
    return false;
}

bool isAny(const ParseContext &c, int j, std::initializer_list<const char16_t *> words) {
    return TimeMinuteReader::isAny(c, j, words);
}

bool isHourWord(const ParseContext &c, int j) {
    return TimeMinuteReader::isHourWord(c, j);
}

bool isArticle(const ParseContext &c, int j) {
    return TimeMinuteReader::isArticle(c, j);
}

int minutesAfter(const ParseContext &c, int k, int *next, bool bare) {
    return TimeMinuteReader::minutesAfter(c, k, next, bare);
}

int minutesBefore(const ParseContext &c, int k, int *hourToken, bool *halfHour) {
    return TimeMinuteReader::minutesBefore(c, k, hourToken, halfHour);
}

int partAfter(const ParseContext &c, int k, int *next) {
    return TimeMinuteReader::partAfter(c, k, next);
}

} // namespace

/** A clock time at @p j: "6pm", "6 pm", "6:30pm", "18:00", "noon". */
bool TimeOfDayFinder::clockAt(const ParseContext &c, int j, QTime *time, int *next, bool *minutes) {
    if (!c.isFree(j))
        return false;
    if (minutes)
        *minutes = false;
    if (c.has(j, C::DayPart) && (c.value(j, C::DayPart) == 6 || c.value(j, C::DayPart) == 7) &&
        !(c.isSymbol(j - 1, u'-') && c.glued(j))) { // not the "midi" of "après-midi"
        *time = c.value(j, C::DayPart) == 6 ? QTime(12, 0) : QTime(0, 0);
        *next = j + 1;
        return true;
    }
    // "meio dia", "meio-dia", "medio día", "meia noite", "meianoite"
    if (c.is(j, u"meianoite") || c.is(j, u"meiodia")) {
        *time = c.is(j, u"meiodia") ? QTime(12, 0) : QTime(0, 0);
        *next = j + 1;
        return true;
    }
    if (isAny(c, j, {u"meio", u"medio", u"meia"})) {
        const int k = c.isSymbol(j + 1, u'-') && c.glued(j + 1) ? j + 2 : j + 1;
        if (c.isFree(k) && (c.is(k, u"dia") || c.is(k, u"noite"))) {
            *time = c.is(k, u"dia") ? QTime(12, 0) : QTime(0, 0);
            *next = k + 1;
            return true;
        }
    }
    const Token &t = c.tokens.at(j);
    if (!t.isNumber() || t.norm.size() > 2)
        return false;
    // "15.30", "18.30 Uhr": a dot between hour and minutes (not a date "14.10.")
    if (t.number <= 23 && c.isSymbol(j + 1, u'.') && c.glued(j + 1) && c.glued(j + 2) &&
        c.isFree(j + 2) && c.valid(j + 2) && c.tokens.at(j + 2).isNumber() &&
        c.tokens.at(j + 2).norm.size() == 2 && c.tokens.at(j + 2).number < 60 &&
        !(c.isSymbol(j + 3, u'.') && c.glued(j + 3)) && !DateDayMatcher::germanDayMonth(c, j) &&
        (!c.english || isHourWord(c, j + 3) || (c.is(j + 3, u"h") && c.glued(j + 3)))) {
        *time = QTime(int(t.number), int(c.tokens.at(j + 2).number));
        *next = j + 3;
        if (isHourWord(c, *next) || (c.is(*next, u"h") && c.glued(*next)))
            ++*next;
        if (minutes)
            *minutes = true;
        return true;
    }
    // "15h", "15h30", "15 heures", "15 Uhr 30"
    const bool gluedH = c.is(j + 1, u"h") && c.glued(j + 1);
    if (t.number <= 24 && c.isFree(j + 1) && (gluedH || isHourWord(c, j + 1))) {
        int k = j + 2;
        int minute = 0;
        const bool withMinutes = c.valid(k) && c.isFree(k) && c.tokens.at(k).isNumber() &&
                                 c.tokens.at(k).norm.size() == 2 && c.tokens.at(k).number < 60 &&
                                 (c.glued(k) || !gluedH);
        if (withMinutes) {
            minute = int(c.tokens.at(k).number);
            ++k;
        }
        *time = QTime(int(t.number) % 24, minute);
        *next = k;
        if (minutes) // English "15h" is to the minute in Duckling
            *minutes = withMinutes || (gluedH && c.english);
        return true;
    }
    int hour = int(t.number);
    int minute = 0;
    int k = j + 1;
    bool hasMinutes = false;
    if (c.isSymbol(k, u':') && c.glued(k) && c.valid(k + 1) && c.glued(k + 1) &&
        c.tokens.at(k + 1).isNumber() && c.tokens.at(k + 1).norm.size() == 2) {
        minute = int(c.tokens.at(k + 1).number);
        hasMinutes = true;
        k += 2;
    }
    if (minutes)
        *minutes = hasMinutes;
    // "p.m.", "a.m.", and "3:20p", "7p" glued
    int meridiemEnd = -1;
    int meridiem = 0;
    if ((c.is(k, u"p") || c.is(k, u"a")) && c.isFree(k)) {
        meridiem = c.is(k, u"p") ? 12 : 0;
        if (c.isSymbol(k + 1, u'.') && c.glued(k + 1) && c.is(k + 2, u"m") && c.glued(k + 2)) {
            meridiemEnd = k + 2;
            if (c.isSymbol(k + 3, u'.') && c.glued(k + 3))
                meridiemEnd = k + 3;
        } else if (c.glued(k) && !(c.valid(k + 1) && c.glued(k + 1)) &&
                   (meridiem == 12 || hasMinutes)) { // "7p", "3:20p"; not "4a" (paper size)
            meridiemEnd = k;
        }
    }
    if (meridiemEnd >= 0) {
        if (hour < 1 || hour > 12 || minute > 59)
            return false;
        *time = QTime(hour % 12 + meridiem, minute);
        *next = meridiemEnd + 1;
        return true;
    }
    if (c.has(k, C::Meridiem) && c.isFree(k) && !(hasMinutes && hour > 12)) {
        if (hour < 1 || hour > 12 || minute > 59)
            return false;
        hour = hour % 12 + c.value(k, C::Meridiem);
        *time = QTime(hour, minute);
        *next = k + 1;
        return true;
    }
    if (hasMinutes && hour <= 23 && minute <= 59) {
        *time = QTime(hour, minute);
        *next = (c.is(k, u"h") && c.glued(k)) || c.is(k, u"uhr") ? k + 1 : k;
        return true;
    }
    return false;
}

void TimeOfDayFinder::dayPartWindow(int part, DateSpec &spec) {
    switch (part) {
    case 1:
        spec.timeFrom = QTime(6, 0);
        spec.timeTo = QTime(12, 0);
        break;
    case 2:
        spec.timeFrom = QTime(12, 0);
        spec.timeTo = QTime(18, 0);
        break;
    case 3:
    case 4:
    case 5:
        spec.timeFrom = QTime(18, 0);
        spec.timeTo = QTime(23, 59);
        break;
    default:
        break;
    }
}

/** Times: "after 6pm", "before 10am", "at 14:30", "between 2pm and 6pm", "morning". */
namespace {

/** A cheap first test at every token: can a time start at token @p i? */
bool mayStartTime(const ParseContext &c, int i) {
    const Token &t = c.tokens.at(i);
    if (t.isNumber())
        return true;
    if (!t.isWord())
        return t.isSymbol(u'@');
    constexpr quint64 classes = (quint64(1) << int(C::TimeAfter)) |
                                (quint64(1) << int(C::TimeBefore)) |
                                (quint64(1) << int(C::DayPart)) | (quint64(1) << int(C::Cardinal)) |
                                (quint64(1) << int(C::RangeStart));
    if (t.info && (t.info->flags & classes))
        return true;
    static const QSet<QString> cues = [] {
        QSet<QString> w;
        for (const char16_t *x :
             {u"until",   u"till",   u"til",     u"through",    u"thru",         u"jusqu",
              u"hasta",   u"ate",    u"fino",    u"spatestens", u"entro",        u"between",
              u"from",    u"entre",  u"tra",     u"fra",        u"zwischen",     u"von",
              u"dalle",   u"dalla",  u"dal",     u"de",         u"desde",        u"since",
              u"partir",  u"halb",   u"quarter", u"quart",      u"cuarto",       u"quarto",
              u"viertel", u"half",   u"demie",   u"demi",       u"media",        u"meia",
              u"mezza",   u"mezzo",  u"meio",    u"medio",      u"meianoite",    u"meiodia",
              u"a",       u"one",    u"ein",     u"an",         u"apres",        u"manana",
              u"at",      u"around", u"about",   u"vers",       u"um",           u"gegen",
              u"alle",    u"verso",  u"as",      u"las",        u"approximately"})
            w.insert(QString::fromUtf16(x));
        return w;
    }();
    return cues.contains(t.norm);
}

} // namespace

bool TimeOfDayFinder::match(const ParseContext &c, int i, DateMention &f) {
    if (!c.valid(i) || !mayStartTime(c, i))
        return false;
    DateSpec &spec = f.spec;
    int k = i;
    // "après-midi": the afternoon, not "après" + "midi"
    const bool afternoonWord = c.is(i, u"apres") && c.isSymbol(i + 1, u'-') && c.glued(i + 1) &&
                               c.is(i + 2, u"midi") && c.isFree(i + 2);
    if (afternoonWord)
        return dayPart(c, i, 2, i + 2, f);
    const bool until = isAny(c, i,
                             {u"until", u"till", u"til", u"through", u"thru", u"jusqu", u"hasta",
                              u"ate", u"fino", u"spatestens", u"entro"});
    const bool range = isAny(c, i,
                             {u"between", u"from", u"entre", u"tra", u"fra", u"zwischen", u"von",
                              u"dalle", u"dalla", u"dal", u"de", u"desde"});
    const bool after =
        (c.has(i, C::TimeAfter) && !c.is(i, u"from")) || isAny(c, i, {u"since", u"partir"});
    const bool before = c.has(i, C::TimeBefore) || until;
    const bool at = isAtCue(c, i) && !(c.is(i, u"a") && c.english);
    if (after || before || range || at)
        k = i + 1;
    // "jusqu'à", "à partir de", "fino alle", "so um", "à environ", "aux alentours de"
    if (c.isSymbol(k, u'\'') && c.glued(k))
        ++k;
    if (k > i && (c.is(i, u"partir") || isAny(c, k, {u"a", u"environ", u"um", u"alle"})) &&
        !c.has(k + 1, C::Unit))
        if (!(c.is(k, u"a") && c.english))
            k = c.is(k, u"a") && c.is(k + 1, u"partir") ? k + 2 : k + 1;
    if (c.is(k, u"de") && c.is(k - 1, u"partir"))
        ++k;
    if (k > i && isArticle(c, k) && !c.is(k, u"a"))
        ++k;
    QTime t;
    int next = 0;
    bool minutes = false;
    using Kind = DateMention::TimeKind;
    // "quarter past 3", "20 nach 3", "ten to noon", "halb 3"
    int hourToken = -1;
    bool halfHour = false;
    const int prefix = minutesBefore(c, k, &hourToken, &halfHour);
    bool found = false;
    if (prefix != 0) {
        QTime h;
        int hn = 0;
        if (clockAt(c, hourToken, &h, &hn)) {
            found = true;
        } else {
            const int n = c.numberAt(hourToken);
            if (n >= 0 && n <= 24 && c.isFree(hourToken) && !c.has(hourToken + 1, C::Unit) &&
                !c.has(hourToken + 1, C::Month)) {
                h = QTime(n % 24, 0);
                hn = hourToken + 1;
                if (isHourWord(c, hn))
                    ++hn;
                found = true;
                f.twelveHour = n >= 1 && n < 12;
            }
        }
        if (found) {
            if (halfHour)
                h = h.addSecs(-3600);
            t = h.addSecs(prefix * 60);
            next = hn;
            minutes = true;
        }
    }
    if (!found)
        found = clockAt(c, k, &t, &next, &minutes);
    // "at 1030", "around 0915": four digits after a cue
    if (!found && k > i && (at || after || before) && c.isFree(k) && c.valid(k) &&
        c.tokens.at(k).isNumber() &&
        (c.tokens.at(k).norm.size() == 3 || c.tokens.at(k).norm.size() == 4) &&
        !c.has(k + 1, C::Unit) && !c.has(k + 1, C::Currency) && !c.has(k + 1, C::Adult) &&
        !c.glued(k + 1)) { // not a phone number "650-650-6500"
        const int hhmm = int(c.tokens.at(k).number);
        if (hhmm / 100 <= 23 && hhmm % 100 < 60) {
            t = QTime(hhmm / 100, hhmm % 100);
            next = k + 1;
            minutes = true;
            found = true;
        }
    }
    // "at 7", "à 5", "alle 8": a bare hour after a cue.
    const int hourWord = c.numberAt(k);
    // "8 tonight", "eight this evening", "9 tomorrow evening": an hour before a part of the day
    const auto partAt = [&c](int p) { return c.has(p, C::DayPart) && c.value(p, C::DayPart) <= 5; };
    int partNext = 0;
    // "once" is Spanish eleven only as an hour ("a las once"), never "at once"
    if (c.is(k, u"once") && !c.is(k - 1, u"las") && !c.is(k - 1, u"la"))
        return false;
    const bool numbered =
        isAny(c, k - 1,
              {u"gate", u"terminal", u"flight", u"seat", u"vol", u"flug", u"vuelo", u"volo", u"voo",
               u"room", u"no", u"number", u"platform", u"porte", u"puerta"});
    if (!found && !at && !after && !before && !range && hourWord >= 1 && hourWord <= 12 &&
        !numbered && c.isFree(k) && c.tokens.at(k).norm.size() <= 12 &&
        !(c.is(k, u"a") || c.is(k, u"an")) &&
        (partAt(k + 1) ||
         ((c.has(k + 1, C::This) || c.has(k + 1, C::RelativeDay)) && partAt(k + 2)) ||
         (k + 1 < c.size() && partAfter(c, k + 1, &partNext) > 0 && partNext > k + 2))) {
        t = QTime(hourWord, 0);
        next = k + 1;
        minutes = false;
        found = true;
        f.twelveHour = true;
    }
    const bool partFollows = partAfter(c, k + 1, &partNext) > 0 && partNext > k + 2;
    if (!found && (at || after || before || range) && k > i && c.isFree(k) && hourWord >= 0 &&
        hourWord <= 24 && c.tokens.at(k).norm.size() <= 12 && !(c.is(k, u"a") || c.is(k, u"an")) &&
        !c.has(k + 1, C::Unit) && !c.has(k + 1, C::Month) && !c.isSymbol(k + 1, u'/') &&
        !c.isSymbol(k + 1, u'.') && !c.isSymbol(k + 1, u'-') && !c.isSymbol(k + 1, u':') &&
        !c.has(k + 1, C::Adult) && !c.has(k + 1, C::Child) && !c.has(k + 1, C::Currency) &&
        (partFollows || (!c.is(k + 1, u"de") && !c.is(k + 1, u"of") && !c.has(k + 2, C::Month))) &&
        !c.has(k + 1, C::Ordinal) && !(c.glued(k + 1) && c.tokens.at(k + 1).isWord()) &&
        !c.is(k + 1, u"past") && !c.is(k + 1, u"after") && !c.is(k + 1, u"to") &&
        !c.is(k + 1, u"till") && !(c.valid(k + 1) && c.tokens.at(k + 1).isNumber()) &&
        (at || isHourWord(c, k + 1) || isAny(c, i, {u"dalle", u"dalla"}) ||
         (range && (c.has(k + 1, C::RangeCue) || c.isSymbol(k + 1, u'-') || c.is(k + 1, u"and")) &&
          clockAt(c, k + 2, &t, &partNext)) ||
         (k > i + 1 && isArticle(c, k - 1)))) {
        t = QTime(hourWord % 24, 0);
        next = k + 1;
        f.twelveHour = hourWord >= 1 && hourWord < 12;
        if (isHourWord(c, next)) // "à quinze heures"
            ++next;
        minutes = false;
        found = true;
    }
    if (found) {
        // "et quart", "y media", "e venti", "moins le quart", "midi quinze", "three twenty"
        if (!minutes && prefix == 0 && !c.has(next - 1, C::Meridiem) && !c.is(next - 1, u"m") &&
            !c.isSymbol(next - 1, u'.')) {
            const bool bare = c.has(next - 1, C::DayPart) || isHourWord(c, next - 1) ||
                              (c.tokens.at(next - 1).isWord() && c.has(next - 1, C::Cardinal)) ||
                              at;
            int after2 = next;
            const int delta = minutesAfter(c, next, &after2, bare);
            if (delta != 0 && !(c.has(after2, C::Month) || c.has(after2, C::Unit))) {
                t = t.addSecs(delta * 60);
                next = after2;
                minutes = true;
            }
        }
        // "de la tarde", "du soir", "di sera", "abends": the hours of that part of the day
        int pn = 0;
        const int part = partAfter(c, next, &pn);
        if (part > 0) {
            if (part >= 2 && t.hour() >= 1 && t.hour() < 12 && !(part == 4 && t.hour() < 5))
                t = t.addSecs(12 * 3600);
            f.twelveHour = false;
            next = pn;
        }
        // "from 2pm to 6pm", and with no cue "3:30-6pm", "8am - 1pm"
        const bool second = c.has(next, C::RangeCue) || c.isSymbol(next, u'-') ||
                            c.is(next, u"and") || c.isSymbol(next, u'/') ||
                            (range && isAny(c, next,
                                            {u"alle", u"et", u"e", u"y", u"und", u"a", u"bis",
                                             u"jusqu", u"ate", u"hasta"}));
        if ((range || (!after && !before)) && second) {
            int n2 = next + 1;
            if (c.isSymbol(n2, u'\'') && c.glued(n2))
                ++n2;
            if (isAny(c, n2, {u"a", u"as", u"las", u"le", u"les", u"alle"}) &&
                !c.has(n2 + 1, C::Meridiem))
                ++n2;
            QTime t2;
            int next2 = 0;
            bool minutes2 = false;
            bool got = clockAt(c, n2, &t2, &next2, &minutes2);
            if (!got && range) {
                const int h2 = c.numberAt(n2);
                if (h2 >= 0 && h2 <= 24 && c.isFree(n2) && !c.has(n2 + 1, C::Unit) &&
                    !c.has(n2 + 1, C::Month) && !c.is(n2 + 1, u"de") &&
                    !(c.valid(n2 + 1) && c.isSymbol(n2 + 1, u'.'))) {
                    t2 = QTime(h2 % 24, 0);
                    next2 = isHourWord(c, n2 + 1) ? n2 + 2 : n2 + 1;
                    got = true;
                }
            }
            if (got) {
                // "3:30-6pm": the meridiem of the second end also holds for the first
                const bool firstMeridiem = c.has(next - 1, C::Meridiem);
                if (!firstMeridiem && t.hour() < 12 && t2.hour() >= 12 &&
                    t.hour() + 12 <= t2.hour())
                    t = t.addSecs(12 * 3600);
                // "11:30-1:30": the second end is the afternoon's
                if (t2 < t && t2.hour() < 12 && t2.addSecs(12 * 3600) > t &&
                    !c.has(next2 - 1, C::Meridiem))
                    t2 = t2.addSecs(12 * 3600);
                spec.timeFrom = t;
                spec.timeTo = t2;
                f.timeKind = Kind::Between;
                f.twelveHour = false;
                f.clockFrom = t;
                f.clockTo = t2;
                f.timeGrain = minutes || minutes2 ? DateGrain::Minute : DateGrain::Hour;
                f.firstToken = range || at || after ? i : k;
                f.lastToken = next2 - 1;
                return true;
            }
        }
        if (range && !isAny(c, i, {u"dalle", u"dalla", u"desde", u"from"}))
            return false;
        const bool from = after || range;
        if (before)
            spec.timeTo = t;
        else
            spec.timeFrom = t;
        f.timeKind = before ? Kind::Before : from ? Kind::After : Kind::At;
        if (before || from)
            f.twelveHour = false;
        (before ? f.clockTo : f.clockFrom) = t;
        f.timeGrain = minutes ? DateGrain::Minute : DateGrain::Hour;
        f.firstToken = after || before || at || range ? i : k;
        f.lastToken = next - 1;
        // "11Uhr spätestens"
        if (!before && c.is(next, u"spatestens") && c.isFree(next)) {
            f.timeKind = Kind::Before;
            f.clockTo = t;
            spec.timeTo = t;
            spec.timeFrom = QTime();
            f.lastToken = next;
        }
        return true;
    }
    // a part of the day: "morning", "soir", "la mañana"
    int part = 0;
    if (k == i && c.has(i, C::DayPart) && c.isFree(i) && c.value(i, C::DayPart) <= 4)
        part = c.value(i, C::DayPart);
    else if (c.is(i, u"manana") && (c.is(i - 1, u"la") || c.is(i - 1, u"esta")) && c.isFree(i))
        part = 1; // "por la mañana", "esta mañana": the morning
    if (part == 0)
        return false;
    return dayPart(c, i, part, i, f);
}

bool TimeOfDayFinder::dayPart(const ParseContext &c, int i, int part, int last, DateMention &f) {
    using Kind = DateMention::TimeKind;
    dayPartWindow(part, f.spec);
    f.timeKind = Kind::DayPart;
    f.dayPart = part;
    f.firstToken = i;
    f.lastToken = last;
    const Token &word = c.tokens.at(i);
    if (part == 1 && word.info && !(word.info->langMask & 1))
        f.partFrom = (word.info->langMask & (1u << c.lexicon.languageBit(u"de"))) ? 3 : 4;
    // "early morning", "tôt le matin", "en début de matinée", "fin d'après-midi": the words
    // before the part join it
    int early = -1; // the token of the "early" word, if any
    int late = -1;
    for (int d = -4; d <= 2; ++d) {
        const int j = d < 0 ? i + d : last + d;
        if (d == 0 || !c.isFree(j))
            continue;
        if (isAny(c, j, {u"early", u"tot", u"debut"}))
            early = d < 0 ? j : i;
        else if (isAny(c, j, {u"late", u"fin"}))
            late = d < 0 ? j : i;
        if ((early >= 0 || late >= 0) && d > 0)
            f.lastToken = std::max(f.lastToken, j);
    }
    if (early >= 0 || late >= 0) {
        static const int windows[5][4] = {
            {0, 0, 0, 0}, {7, 9, 10, 12}, {12, 14, 17, 19}, {18, 21, 21, 24}, {18, 21, 21, 24}};
        f.partFrom = windows[part][early >= 0 ? 0 : 2];
        f.partTo = windows[part][early >= 0 ? 1 : 3];
        if (part == 1 && early >= 0 && c.english)
            f.partFrom = 0;
        int first = std::min(early >= 0 ? early : i, late >= 0 ? late : i);
        // "en début de", "à la fin de", "très tôt"
        while (first > 0 && c.isFree(first - 1) &&
               isAny(c, first - 1, {u"en", u"au", u"a", u"la", u"tres", u"in", u"the", u"very"}))
            --first;
        f.firstToken = std::min(f.firstToken, first);
    }
    return true;
}
