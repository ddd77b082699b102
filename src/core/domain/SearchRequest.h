// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CabinClass.h"
#include "Money.h"
#include "Passengers.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/** One leg of a search: from an IATA city or airport code to another on a day. */
struct SearchSlice {
    QString origin;
    QString destination;
    QDate date;
    QTime earliestDeparture; ///< invalid: no lower bound
    QTime latestDeparture;   ///< invalid: no upper bound

    bool operator==(const SearchSlice &o) const {
        return origin == o.origin && destination == o.destination && date == o.date &&
               earliestDeparture == o.earliestDeparture && latestDeparture == o.latestDeparture;
    }
};

/** What is sent to a FlightProvider: complete and validated (see validationError()). */
struct SearchRequest {
    Q_GADGET

public:
    QList<SearchSlice> slices; ///< one for one-way, two for a round trip
    Passengers passengers;
    /** Ages (2-11) of the children on the day of the first flight, one per child, when known;
     * providers that need ages assume 10 for the others. */
    QList<int> childAges;
    CabinClass cabin = CabinClass::Economy;
    std::optional<int> maxConnections; ///< 0 for non-stop only
    QStringList airlines;              ///< IATA codes to keep; empty keeps all
    std::optional<Money> maxPrice;

    /** An empty string when the request can be searched, else a stable error code. */
    QString validationError(const QDate &today) const;
    bool operator==(const SearchRequest &o) const {
        return slices == o.slices && passengers == o.passengers && childAges == o.childAges &&
               cabin == o.cabin && maxConnections == o.maxConnections && airlines == o.airlines &&
               maxPrice == o.maxPrice;
    }
};

Q_DECLARE_METATYPE(SearchRequest)
