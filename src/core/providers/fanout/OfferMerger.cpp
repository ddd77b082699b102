// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferMerger.h"

#include <algorithm>

QString OfferMerger::flightKey(const FlightOffer &offer) {
    QString key = cabinClassName(offer.cabin);
    for (const Slice &slice : offer.slices) {
        key += u'/';
        for (const Segment &s : slice.segments) {
            key += u' ' + s.carrier + s.flightNumber + u'@' +
                   QString::number(s.departure.toMSecsSinceEpoch());
        }
    }
    return key;
}

int OfferMerger::add(const QList<FlightOffer> &offers, int rank) {
    int added = 0;
    for (const FlightOffer &offer : offers) {
        const QString key = flightKey(offer);
        QStringList &providers = m_providersByKey[key];
        if (!providers.contains(offer.provider))
            providers.append(offer.provider);
        const auto it = m_indexByKey.constFind(key);
        if (it == m_indexByKey.cend()) {
            m_indexByKey.insert(key, int(m_offers.size()));
            m_offers.append(offer);
            m_ranks.append(rank);
            ++added;
            continue;
        }
        FlightOffer &held = m_offers[*it];
        const bool sameCurrency = offer.totalAmount.currency() == held.totalAmount.currency();
        if ((sameCurrency && offer.totalAmount.units() < held.totalAmount.units()) ||
            (!sameCurrency && rank < m_ranks.at(*it))) {
            held = offer;
            m_ranks[*it] = rank;
        }
    }
    return added;
}

QList<FlightOffer> OfferMerger::sortedByPrice() const {
    struct Entry {
        const FlightOffer *offer;
        QString key;
    };
    std::vector<Entry> entries;
    entries.reserve(m_offers.size());
    for (const FlightOffer &offer : m_offers)
        entries.push_back({&offer, flightKey(offer)});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.offer->totalAmount != b.offer->totalAmount)
            return a.offer->totalAmount < b.offer->totalAmount;
        const QDateTime da =
            a.offer->slices.isEmpty() ? QDateTime() : a.offer->slices.first().departure();
        const QDateTime db =
            b.offer->slices.isEmpty() ? QDateTime() : b.offer->slices.first().departure();
        if (da != db)
            return da.toMSecsSinceEpoch() < db.toMSecsSinceEpoch();
        if (a.key != b.key)
            return a.key < b.key;
        return a.offer->provider < b.offer->provider;
    });
    QList<FlightOffer> sorted;
    sorted.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        sorted.append(*e.offer);
    return sorted;
}

QStringList OfferMerger::providersOf(const FlightOffer &offer) const {
    return m_providersByKey.value(flightKey(offer));
}

void OfferMerger::clear() {
    m_offers.clear();
    m_ranks.clear();
    m_indexByKey.clear();
    m_providersByKey.clear();
}
