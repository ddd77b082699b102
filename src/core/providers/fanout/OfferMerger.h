// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Merges the offers of several searches into one list without repeating a flight: two offers
 * are the same flight when they have the same cabin and, slice by slice, the same marketing
 * flights (carrier and number) leaving at the same instants. Of the same flight the cheapest
 * offer is kept (the first one on a tie), and every provider that sold it is remembered. Prices
 * in different currencies cannot be compared exactly: then the offer of the lower rank (the
 * provider asked first) is kept, whatever order the answers came in.
 *
 * The list grows in arrival order: an offer that is new is appended, a cheaper offer of a flight
 * already held takes its place (same index). Pure value type: no threads, no I/O.
 */
class OfferMerger {
public:
    /** Adds @p offers of rank @p rank (lower wins across currencies); returns how many were
     * new flights (appended). */
    int add(const QList<FlightOffer> &offers, int rank = 0);
    /** The merged offers in arrival order (see the class comment). */
    const QList<FlightOffer> &offers() const { return m_offers; }
    /** The merged offers from the cheapest to the dearest (ties: earliest departure first, then
     * flights, then provider), the same order whatever the arrival order. */
    QList<FlightOffer> sortedByPrice() const;
    /** Every provider that sold the flight of @p offer, in the order they answered; empty for a
     * flight never added. */
    QStringList providersOf(const FlightOffer &offer) const;
    int size() const { return int(m_offers.size()); }
    void clear();

    /** The identity of @p offer's flight: cabin and every segment's marketing carrier, number
     * and departure instant (UTC), slice by slice. */
    static QString flightKey(const FlightOffer &offer);

private:
    QList<FlightOffer> m_offers;
    QList<int> m_ranks; ///< the rank of each offer in m_offers
    QHash<QString, int> m_indexByKey;
    QHash<QString, QStringList> m_providersByKey;
};
