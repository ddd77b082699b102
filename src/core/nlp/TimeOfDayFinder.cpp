// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/TimeOfDayFinder.h"

#include "nlp/ParseContext.h"

using C = WordClass;

/** A clock time at @p j: "6pm", "6 pm", "6:30pm", "18:00", "noon". */
bool TimeOfDayFinder::clockAt(const ParseContext &c, int j, QTime *time, int *next) {
    if (!c.isFree(j))
        return false;
    if (c.has(j, C::DayPart) && (c.value(j, C::DayPart) == 6 || c.value(j, C::DayPart) == 7)) {
        *time = c.value(j, C::DayPart) == 6 ? QTime(12, 0) : QTime(0, 0);
        *next = j + 1;
        return true;
    }
    const Token &t = c.tokens.at(j);
    if (!t.isNumber() || t.norm.size() > 2)
        return false;
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
    const bool at = c.is(i, u"at") || c.is(i, u"around") || c.is(i, u"about");
    if (after || before || range || at)
        k = i + 1;
    QTime t;
    int next = 0;
    if (clockAt(c, k, &t, &next)) {
        if (range && (c.has(next, C::RangeCue) || c.isSymbol(next, u'-'))) {
            QTime t2;
            int next2 = 0;
            if (clockAt(c, next + 1, &t2, &next2)) {
                spec.timeFrom = t;
                spec.timeTo = t2;
                f.firstToken = i;
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
        f.firstToken = after || before || at ? i : k;
        f.lastToken = next - 1;
        return true;
    }
    if (k == i && c.has(i, C::DayPart) && c.isFree(i) && c.value(i, C::DayPart) <= 4) {
        dayPartWindow(c.value(i, C::DayPart), spec);
        f.firstToken = f.lastToken = i;
        return true;
    }
    return false;
}
