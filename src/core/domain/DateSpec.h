// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextSpan.h"

#include <QDate>
#include <QMetaType>
#include <QTime>

/**
 * When a person wants to travel: a day or a range of days (dateTo inclusive), optionally
 * narrowed to a time window on those days. Times are local to the departure airport.
 */
struct DateSpec {
    Q_GADGET

public:
    QDate date;
    QDate dateTo;   ///< invalid unless a range of days was asked for; inclusive
    QTime timeFrom; ///< invalid when no window was given
    QTime timeTo;
    TextSpan span;

    bool isValid() const { return date.isValid(); }
    bool operator==(const DateSpec &o) const {
        return date == o.date && dateTo == o.dateTo && timeFrom == o.timeFrom &&
               timeTo == o.timeTo && span == o.span;
    }
    bool operator!=(const DateSpec &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(DateSpec)
