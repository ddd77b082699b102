// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderReply.h"
#include "domain/FlightOffer.h"

#include <QList>

/** The pending result of FlightProvider::search(): the offers found (see ProviderReply). */
class SearchReply : public ProviderReply {
    Q_OBJECT

public:
    using ProviderReply::ProviderReply;

    const QList<FlightOffer> &offers() const { return m_offers; }
    /** For providers: deliver the offers. Only the first finish has an effect. */
    void finishWithOffers(QList<FlightOffer> offers, qint64 elapsedMs);

private:
    QList<FlightOffer> m_offers;
};
