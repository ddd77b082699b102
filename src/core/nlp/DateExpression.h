// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TextSpan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

struct DateMention;

/** Duckling's grains, finest first. */
enum class DateGrain { Second, Minute, Hour, Day, Week, Month, Quarter, Year };

/** One end of a Duckling time value: an instant and the grain it was written with. */
struct DatePoint {
    QDateTime value; ///< invalid when this end is open (or unused)
    DateGrain grain = DateGrain::Day;

    bool isValid() const { return value.isValid(); }
};

/**
 * A date or time expression of a text in Duckling's conventions (the `dates` command, DESIGN 5):
 * either one value with its grain ("next week" -> Monday 2013-02-18, grain week), or an interval
 * whose `to` is exclusive ("12 to 16 September" -> from 09-12 to 09-17, grain day); an open
 * interval has only `from` ("after 6pm") or only `to` ("before 10am"). Every instant is in the
 * UTC offset of the reference time.
 */
struct DateExpression {
    TextSpan span;
    QString body;    ///< the text of the span
    DatePoint value; ///< set for a single value
    DatePoint from;  ///< set for an interval with a start
    DatePoint to;    ///< set for an interval with an end (exclusive)

    bool isValid() const { return value.isValid() || from.isValid() || to.isValid(); }
    bool isInterval() const { return !value.isValid(); }

    /** `{"type": "value", "value", "grain"}` or `{"type": "interval", "from"?, "to"?}`. */
    QJsonObject valueJson() const;
    /** `{"body", "span": [s, e], "value": valueJson()}`. */
    QJsonObject toJson() const;

    /** "second" .. "year". */
    static QString grainName(DateGrain grain);
    /** Duckling's instant format: "2013-02-15T00:00:00.000-02:00". */
    static QString formatInstant(const QDateTime &time);

    /**
     * The expression for @p mention resolved against @p now (whose UTC offset every value
     * takes). A time with no date is today's when still to come, else tomorrow's. When
     * @p rangeEnd is given (the second end of "3 to 10 June"), the result is the interval
     * between the two. Returns an invalid expression when nothing can be resolved.
     */
    static DateExpression fromMention(const DateMention &mention, const QDateTime &now,
                                      const DateMention *rangeEnd = nullptr);
};
