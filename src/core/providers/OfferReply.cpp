// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferReply.h"

void OfferReply::finishWithOffer(FlightOffer offer, qint64 elapsedMs) {
    if (!beginFinish(elapsedMs))
        return;
    m_offer = std::move(offer);
    emitFinished();
}
