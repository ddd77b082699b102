// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfferReply.h"
#include "OrderReply.h"
#include "PlacesReply.h"
#include "SearchReply.h"
#include "domain/SearchRequest.h"
#include "domain/Traveller.h"

#include <QList>
#include <QObject>
#include <QString>

/**
 * A source of flight offers. Every call is asynchronous and returns at once (never finishing the
 * reply inside the call); the GUI thread never waits on a provider. Every returned reply lives
 * in the caller's thread, is owned by the caller and can be cancelled. Implementations:
 * SandboxProvider (in-process, offline), DuffelProvider and AmadeusProvider (HTTP).
 */
class FlightProvider : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /** Stable id: "sandbox", "duffel", "amadeus". */
    virtual QString id() const = 0;
    /**
     * Starts a search (one-way, round trip or multi-city: one SearchSlice a leg). The request
     * must pass SearchRequest::validationError(); if it does not, the reply finishes with
     * InvalidRequest.
     */
    virtual SearchReply *search(const SearchRequest &request) = 0;
    /**
     * Cities and airports matching what a person typed ("lis", "Lisbo"), likeliest first. The
     * default finishes with Unsupported.
     */
    virtual PlacesReply *suggestPlaces(const QString &query);
    /**
     * Asks the provider for the current price of @p offer before booking it. The default
     * finishes with Unsupported; an offer no longer sold finishes with OfferExpired.
     */
    virtual OfferReply *priceOffer(const FlightOffer &offer);
    /**
     * Books @p offer (as last priced) for @p travellers, one per passenger of the search. The
     * default finishes with Unsupported.
     */
    virtual OrderReply *createOrder(const FlightOffer &offer, const QList<Traveller> &travellers);

protected:
    /** Finishes @p reply with @p error from the event loop (never inside the call). */
    static void finishLater(ProviderReply *reply, const ProviderError &error);
};
