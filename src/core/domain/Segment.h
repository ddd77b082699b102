// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

/** One flight: one take-off and one landing. Times are local to each airport, with their zone. */
struct Segment {
    Q_GADGET

public:
    QString carrier; ///< marketing carrier IATA code
    QString carrierName;
    QString flightNumber; ///< digits only, e.g. "1234" (the carrier code is not repeated)
    QString origin;       ///< airport IATA code
    QString destination;  ///< airport IATA code
    QDateTime departure;  ///< in the origin airport's time zone
    QDateTime arrival;    ///< in the destination airport's time zone
    QString aircraft;     ///< e.g. "Airbus A320"

    /** "AF 1234" */
    QString designator() const { return carrier + u' ' + flightNumber; }
    qint64 durationMinutes() const { return departure.secsTo(arrival) / 60; }
    bool operator==(const Segment &o) const {
        return carrier == o.carrier && carrierName == o.carrierName &&
               flightNumber == o.flightNumber && origin == o.origin &&
               destination == o.destination && departure == o.departure &&
               departure.timeZone() == o.departure.timeZone() && arrival == o.arrival &&
               arrival.timeZone() == o.arrival.timeZone() && aircraft == o.aircraft;
    }
    bool operator!=(const Segment &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Segment)
