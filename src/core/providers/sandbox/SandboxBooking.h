// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/Passengers.h"
#include "domain/Traveller.h"

#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The sandbox's booking rules, shared by SandboxProvider and the HTTP sandbox: who may be booked
 * on an offer, and the deterministic booking reference it gets.
 */
class SandboxBooking {
public:
    /**
     * An empty string when @p travellers fit @p passengers, else a stable code with detail:
     * "traveller_count: expected 2, got 1", "traveller_types: ..." (adults/children/infants
     * differ), "traveller_name: 2" (1-based traveller without given or family name),
     * "contact_missing" (the first adult needs an email with '@' and a phone of 6+ digits).
     */
    static QString validateTravellers(const QList<Traveller> &travellers,
                                      const Passengers &passengers);
    /**
     * Six characters from A-Z and 2-9 without look-alikes (no I, O, 0, 1), the same for the same
     * offer id and travellers' names.
     */
    static QString bookingReference(const QString &offerId, const QList<Traveller> &travellers);
    /** True when the first flight of @p offer has left (or leaves) at or before @p now. */
    static bool hasDeparted(const FlightOffer &offer, const QDateTime &now);
};
