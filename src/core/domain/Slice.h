// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Segment.h"

#include <QList>
#include <QMetaType>

/** One direction of a journey (outbound or return): one or more connecting segments. */
struct Slice {
    Q_GADGET

public:
    QList<Segment> segments;

    bool isValid() const { return !segments.isEmpty(); }
    QString origin() const { return segments.isEmpty() ? QString() : segments.first().origin; }
    QString destination() const {
        return segments.isEmpty() ? QString() : segments.last().destination;
    }
    QDateTime departure() const {
        return segments.isEmpty() ? QDateTime() : segments.first().departure;
    }
    QDateTime arrival() const { return segments.isEmpty() ? QDateTime() : segments.last().arrival; }
    int stops() const { return segments.isEmpty() ? 0 : int(segments.size()) - 1; }
    /** Elapsed minutes from the first take-off to the last landing, across time zones. */
    qint64 durationMinutes() const {
        return segments.isEmpty() ? 0 : departure().secsTo(arrival()) / 60;
    }
    /** ISO 8601 duration as used by Duffel: "PT2H25M", "P1DT2H". */
    static QString isoDuration(qint64 minutes);
    bool operator==(const Slice &o) const { return segments == o.segments; }
    bool operator!=(const Slice &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Slice)
