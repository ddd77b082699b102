// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DateExpression.h"

#include "nlp/DateFinder.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

QJsonObject pointJson(const DatePoint &p) {
    return QJsonObject{{QStringLiteral("value"), DateExpression::formatInstant(p.value)},
                       {QStringLiteral("grain"), DateExpression::grainName(p.grain)}};
}

/** One grain after @p t (the exclusive end of an interval whose last unit starts at @p t). */
QDateTime plusGrain(const QDateTime &t, DateGrain grain) {
    switch (grain) {
    case DateGrain::Second:
        return t.addSecs(1);
    case DateGrain::Minute:
        return t.addSecs(60);
    case DateGrain::Hour:
        return t.addSecs(3600);
    case DateGrain::Day:
        return t.addDays(1);
    case DateGrain::Week:
        return t.addDays(7);
    case DateGrain::Month:
        return t.addMonths(1);
    case DateGrain::Quarter:
        return t.addMonths(3);
    case DateGrain::Year:
        return t.addYears(1);
    }
    return t;
}

} // namespace

QString DateExpression::grainName(DateGrain grain) {
    switch (grain) {
    case DateGrain::Second:
        return QStringLiteral("second");
    case DateGrain::Minute:
        return QStringLiteral("minute");
    case DateGrain::Hour:
        return QStringLiteral("hour");
    case DateGrain::Day:
        return QStringLiteral("day");
    case DateGrain::Week:
        return QStringLiteral("week");
    case DateGrain::Month:
        return QStringLiteral("month");
    case DateGrain::Quarter:
        return QStringLiteral("quarter");
    case DateGrain::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("day");
}

QString DateExpression::formatInstant(const QDateTime &time) {
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject DateExpression::valueJson() const {
    if (value.isValid()) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                           {QStringLiteral("value"), formatInstant(value.value)},
                           {QStringLiteral("grain"), grainName(value.grain)}};
    }
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("interval")}};
    if (from.isValid())
        o.insert(QStringLiteral("from"), pointJson(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), pointJson(to));
    return o;
}

QJsonObject DateExpression::toJson() const {
    return QJsonObject{{QStringLiteral("body"), body},
                       {QStringLiteral("span"), QJsonArray{span.start, span.end}},
                       {QStringLiteral("value"), valueJson()}};
}

DateExpression DateExpression::fromMention(const DateMention &m, const QDateTime &now,
                                           const DateMention *rangeEnd) {
    using Kind = DateMention::TimeKind;
    const QTimeZone zone = QTimeZone(now.offsetFromUtc());
    const QDate today = now.toTimeZone(zone).date();
    const auto at = [&zone](const QDate &d, const QTime &t) { return QDateTime(d, t, zone); };
    DateExpression e;
    e.span = m.spec.span;
    if (rangeEnd && rangeEnd->spec.span.isValid())
        e.span.end = std::max(e.span.end, rangeEnd->spec.span.end);
    const bool dated = m.spec.date.isValid();
    QDate day = dated ? m.spec.date : today;

    if (m.weekend && m.period.isValid()) {
        e.from = {at(m.period.addDays(-1), QTime(18, 0)), DateGrain::Hour};
        e.to = {at(m.period.addDays(2), QTime(0, 0)), DateGrain::Hour};
        return e;
    }
    if (m.periods > 0 && m.period.isValid()) {
        const QDateTime start = at(m.period, QTime(0, 0));
        QDateTime end = start;
        for (int k = 0; k < m.periods; ++k)
            end = plusGrain(end, m.grain);
        e.from = {start, m.grain};
        e.to = {end, m.grain};
        return e;
    }
    if (m.grain > DateGrain::Day && m.period.isValid() && m.timeKind == Kind::None) {
        e.value = {at(m.period, QTime(0, 0)), m.grain};
        return e;
    }
    if (rangeEnd && rangeEnd->spec.date.isValid() && dated) {
        e.from = {at(m.spec.date, QTime(0, 0)), DateGrain::Day};
        e.to = {at(rangeEnd->spec.date.addDays(1), QTime(0, 0)), DateGrain::Day};
        return e;
    }
    if (m.openSide != 0 && dated && m.timeKind == Kind::None) {
        const DatePoint edge{at(m.spec.date, QTime(0, 0)), DateGrain::Day};
        if (m.openSide > 0)
            e.from = edge;
        else
            e.to = edge;
        return e;
    }
    switch (m.timeKind) {
    case Kind::None:
        if (!dated)
            return e;
        if (m.spec.dateTo.isValid() && m.spec.dateTo > m.spec.date) {
            e.from = {at(m.spec.date, QTime(0, 0)), DateGrain::Day};
            e.to = {at(m.spec.dateTo.addDays(1), QTime(0, 0)), DateGrain::Day};
        } else {
            e.value = {at(day, QTime(0, 0)), DateGrain::Day};
        }
        return e;
    case Kind::At: {
        QDateTime t = at(day, m.clockFrom);
        // "a las tres" at 04:30: Duckling's next three o'clock, 15:00
        if (m.twelveHour && t < now && day == today)
            t = t.addSecs(12 * 3600);
        if (!dated && t < now)
            t = t.addDays(1);
        e.value = {t, m.timeGrain};
        return e;
    }
    case Kind::After:
        e.from = {at(day, m.clockFrom), m.timeGrain};
        return e;
    case Kind::Before: // "before midnight": the end of the day
        e.to = {at(m.clockTo == QTime(0, 0) ? day.addDays(1) : day, m.clockTo), m.timeGrain};
        return e;
    case Kind::Between: {
        QDateTime from = at(day, m.clockFrom);
        QDateTime to = at(day, m.clockTo);
        if (to < from)
            to = to.addDays(1);
        if (!dated && to < now) { // a window already over today: tomorrow's
            from = from.addDays(1);
            to = to.addDays(1);
        }
        e.from = {from, m.timeGrain};
        e.to = {plusGrain(to, m.timeGrain), m.timeGrain};
        return e;
    }
    case Kind::DayPart: {
        int fromHour = 18;
        int toHour = 24;
        if (m.dayPart == 1) {
            fromHour = 0;
            toHour = 12;
        } else if (m.dayPart == 2) {
            fromHour = 12;
            toHour = 19;
        }
        if (m.partFrom >= 0)
            fromHour = m.partFrom;
        if (m.partTo >= 0)
            toHour = m.partTo;
        const QDateTime start = at(day, QTime(0, 0));
        e.from = {start.addSecs(fromHour * 3600), DateGrain::Hour};
        e.to = {start.addSecs(toHour * 3600), DateGrain::Hour};
        return e;
    }
    }
    return e;
}
