// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CabinClass.h"
#include "Money.h"
#include "Slice.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** A priced, bookable combination of slices from one provider. */
struct FlightOffer {
    Q_GADGET

public:
    QString id;        ///< provider's offer id
    QString provider;  ///< "sandbox", "duffel", "amadeus"
    Money totalAmount; ///< for all passengers, taxes included
    QString ownerCode; ///< validating/owner airline IATA code
    QString ownerName;
    CabinClass cabin = CabinClass::Economy;
    QList<Slice> slices;
    QDateTime expiresAt; ///< UTC; invalid if unknown

    bool isSandbox() const { return provider == QLatin1String("sandbox"); }
    int maxStops() const;
    qint64 totalDurationMinutes() const;
    bool operator==(const FlightOffer &o) const {
        return id == o.id && provider == o.provider && totalAmount == o.totalAmount &&
               ownerCode == o.ownerCode && ownerName == o.ownerName && cabin == o.cabin &&
               slices == o.slices && expiresAt == o.expiresAt;
    }
    bool operator!=(const FlightOffer &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(FlightOffer)
