// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchReply.h"

void SearchReply::finishWithOffers(QList<FlightOffer> offers, qint64 elapsedMs) {
    if (!beginFinish(elapsedMs))
        return;
    m_offers = std::move(offers);
    emitFinished();
}
