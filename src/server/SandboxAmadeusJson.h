// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/Place.h"
#include "domain/SearchRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/**
 * The sandbox's objects in the Amadeus Self-Service shapes (flight-apis.md 1.3-1.11): flight
 * offers (itineraries, decimal-string prices, travelerPricings, local times without offset),
 * their dictionaries, locations and the errors[] body.
 */
class SandboxAmadeusJson {
public:
    /** One flight-offer; @p withTaxes adds price.taxes / billingCurrency (a priced offer). */
    static QJsonObject offer(const FlightOffer &offer, const SearchRequest &request,
                             bool withTaxes = false);
    /** locations, aircraft, currencies and carriers of @p offers. */
    static QJsonObject dictionaries(const QList<FlightOffer> &offers);
    /** A location (subType AIRPORT or CITY); @p base for its self link. */
    static QJsonObject location(const Place &place, const QString &base);
    /** The "A"/"C" + code id of a location ("ALHR", "CLON"). */
    static QString locationId(const Place &place);
    /** {"errors":[{status, code, title, detail, source?}]}; @p parameter or @p pointer. */
    static QJsonObject error(int status, int code, const QString &title, const QString &detail,
                             const QString &parameter = {}, const QString &pointer = {});
    /** The traveler types of @p request's passengers in order: ADULT, CHILD, HELD_INFANT. */
    static QStringList travelerTypes(const SearchRequest &request);
};
