// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/TimeOfDayFinder.h"

#include "nlp/ParseContext.h"

using C = WordClass;

namespace {

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
    const Token &t = c.tokens.at(j);
    if (!t.isNumber() || t.norm.size() > 2)
        return false;
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
        if (minutes)
            *minutes = withMinutes;
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
    if (c.has(k, C::Meridiem) && c.isFree(k)) {
        if (hour < 1 || hour > 12 || minute > 59)
            return false;
        hour = hour % 12 + c.value(k, C::Meridiem);
        *time = QTime(hour, minute);
        *next = k + 1;
        return true;
    }
    if (hasMinutes && hour <= 23 && minute <= 59) {
        *time = QTime(hour, minute);
        *next = k;
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
bool TimeOfDayFinder::match(const ParseContext &c, int i, DateMention &f) {
    DateSpec &spec = f.spec;
    int k = i;
    const bool after = c.has(i, C::TimeAfter) && !c.is(i, u"from");
    const bool before = c.has(i, C::TimeBefore);
    const bool range = c.is(i, u"between") || c.is(i, u"from");
    const bool at = isAtCue(c, i) && !(c.is(i, u"a") && c.english);
    if (after || before || range || at)
        k = i + 1;
    QTime t;
    int next = 0;
    bool minutes = false;
    using Kind = DateMention::TimeKind;
    bool found = clockAt(c, k, &t, &next, &minutes);
    // "at 7", "à 5", "alle 8": a bare hour after a cue.
    const int hourWord = c.numberAt(k);
    // "8 tonight", "eight this evening", "9 tomorrow evening": an hour before a part of the day
    const auto partAt = [&c](int p) { return c.has(p, C::DayPart) && c.value(p, C::DayPart) <= 5; };
    if (!found && !at && !after && !before && !range && hourWord >= 1 && hourWord <= 12 &&
        c.isFree(k) && c.tokens.at(k).norm.size() <= 6 && !(c.is(k, u"a") || c.is(k, u"an")) &&
        (partAt(k + 1) ||
         ((c.has(k + 1, C::This) || c.has(k + 1, C::RelativeDay)) && partAt(k + 2)))) {
        t = QTime(hourWord, 0);
        next = k + 1;
        minutes = false;
        found = true;
        f.twelveHour = true;
    }
    if (!found && at && k == i + 1 && c.isFree(k) && hourWord >= 0 && hourWord <= 23 &&
        c.tokens.at(k).norm.size() <= 6 && !(c.is(k, u"a") || c.is(k, u"an")) &&
        !c.has(k + 1, C::Unit) && !c.has(k + 1, C::Month) && !c.isSymbol(k + 1, u'/') &&
        !c.isSymbol(k + 1, u'.') && !c.isSymbol(k + 1, u'-') && !c.isSymbol(k + 1, u':') &&
        !c.has(k + 1, C::Adult) && !c.has(k + 1, C::Child) && !c.has(k + 1, C::Currency) &&
        !c.is(k + 1, u"de") && !c.is(k + 1, u"of") && !c.has(k + 2, C::Month) &&
        !c.has(k + 1, C::Ordinal) && !(c.glued(k + 1) && c.tokens.at(k + 1).isWord()) &&
        !c.is(k + 1, u"past") && !c.is(k + 1, u"after") && !c.is(k + 1, u"to") &&
        !c.is(k + 1, u"till") && !c.has(k + 1, C::Cardinal) &&
        !(c.valid(k + 1) && c.tokens.at(k + 1).isNumber())) {
        t = QTime(hourWord, 0);
        next = k + 1;
        f.twelveHour = hourWord >= 1 && hourWord < 12;
        if (isHourWord(c, next)) // "à quinze heures"
            ++next;
        minutes = false;
        found = true;
    }
    if (found) {
        // "from 2pm to 6pm", and with no cue "3:30-6pm", "8am - 1pm"
        if ((range || (!after && !before)) &&
            (c.has(next, C::RangeCue) || c.isSymbol(next, u'-') || c.is(next, u"and"))) {
            QTime t2;
            int next2 = 0;
            bool minutes2 = false;
            if (clockAt(c, next + 1, &t2, &next2, &minutes2)) {
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
                f.clockFrom = t;
                f.clockTo = t2;
                f.timeGrain = minutes || minutes2 ? DateGrain::Minute : DateGrain::Hour;
                f.firstToken = range || at ? i : k;
                f.lastToken = next2 - 1;
                return true;
            }
        }
        if (range)
            return false;
        if (before)
            spec.timeTo = t;
        else
            spec.timeFrom = t;
        f.timeKind = before ? Kind::Before : after ? Kind::After : Kind::At;
        (before ? f.clockTo : f.clockFrom) = t;
        f.timeGrain = minutes ? DateGrain::Minute : DateGrain::Hour;
        f.firstToken = after || before || at ? i : k;
        f.lastToken = next - 1;
        return true;
    }
    if (k == i && c.has(i, C::DayPart) && c.isFree(i) && c.value(i, C::DayPart) <= 4) {
        dayPartWindow(c.value(i, C::DayPart), spec);
        f.timeKind = Kind::DayPart;
        f.dayPart = c.value(i, C::DayPart);
        f.firstToken = f.lastToken = i;
        return true;
    }
    return false;
}
