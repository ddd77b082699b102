// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Traveller.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** A booking made with a provider: what was bought, for whom, and how to find it again. */
struct Order {
    QString id;               ///< provider's order id ("ord_...", Amadeus' order id)
    QString provider;         ///< "sandbox", "duffel", "amadeus"
    QString offerId;          ///< the offer that was booked
    QString bookingReference; ///< the airline record locator (PNR), e.g. "RZPNX8"
    Money totalAmount;        ///< what was charged, taxes included
    QList<Traveller> travellers;
    QDateTime createdAt; ///< UTC

    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const Order &o) const {
        return id == o.id && provider == o.provider && offerId == o.offerId &&
               bookingReference == o.bookingReference && totalAmount == o.totalAmount &&
               travellers == o.travellers && createdAt == o.createdAt;
    }
    bool operator!=(const Order &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Order)
