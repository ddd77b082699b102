// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderReply.h"
#include "domain/FlightOffer.h"

/**
 * The pending result of FlightProvider::priceOffer(): the offer as the provider now sells it
 * (its price may have changed; compare totalAmount), see ProviderReply. An offer that is no
 * longer available finishes with ProviderError::Code::OfferExpired.
 */
class OfferReply : public ProviderReply {
    Q_OBJECT

public:
    using ProviderReply::ProviderReply;

    const FlightOffer &offer() const { return m_offer; }
    void finishWithOffer(FlightOffer offer, qint64 elapsedMs);

private:
    FlightOffer m_offer;
};
