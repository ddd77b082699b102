// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Order.h"
#include "domain/Place.h"
#include "domain/SearchRequest.h"
#include "domain/Traveller.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class GeoDatabase;

/** A token from POST /v1/security/oauth2/token. */
struct AmadeusToken {
    QString accessToken; ///< secret: never logged
    qint64 expiresInSeconds = 0;
    bool isValid() const { return !accessToken.isEmpty() && expiresInSeconds > 0; }
};

/** One page of GET /v1/reference-data/locations. */
struct AmadeusLocationsPage {
    QList<Place> places;
    QUrl next; ///< meta.links.next; empty on the last page
};

/**
 * The request side of the Amadeus Self-Service wire format and its small responses
 * (flight-apis.md sections 1.3-1.9): pure functions over values; offers are mapped by
 * AmadeusOfferJson, errors by AmadeusErrors. Nothing here does I/O or logs.
 */
namespace AmadeusJson {
/** The most offers Flight Offers Search returns (it has no paging). */
constexpr int MaxOffers = 250;

/** The x-www-form-urlencoded body of the token request (contains the secret: never log it). */
QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret);
/** access_token and expires_in, or nullopt for anything else (including a flat error body). */
std::optional<AmadeusToken> parseToken(const QByteArray &body);

/**
 * True when @p request cannot be expressed as GET /v2/shopping/flight-offers query parameters:
 * more than two slices, two slices that are not an out-and-back, a departure time window, or
 * maxConnections of 1 or 2 (GET only knows nonStop).
 */
bool needsPost(const SearchRequest &request);
/**
 * The GET query: origin/destination/date (returnDate for a round trip), adults, children,
 * infants, travelClass, nonStop, includedAirlineCodes, currencyCode and max (clamped 1..250).
 * The budget is not sent (Amadeus takes it per traveller, rounded); callers filter by total.
 */
QUrlQuery searchQuery(const SearchRequest &request, const QString &currency, int max);
/**
 * The POST body (GetFlightOffersQuery): one originDestination per slice, with
 * departureDateTimeRange {date, time, timeWindow} for a time window (time is its middle, the
 * window its half-width in whole hours rounded up, 1..12); travelers ADULT (ids 1..a), CHILD,
 * then HELD_INFANT each held by adult k (associatedAdultId); sources ["GDS"]; searchCriteria
 * maxFlightOffers and flightFilters cabinRestrictions (MOST_SEGMENTS, every slice),
 * connectionRestriction.maxNumberOfConnections (0..2) and carrierRestrictions.
 * The Amadeus schema has no age for a CHILD: childAges (validated 2-11) are not sent.
 */
QJsonObject searchBody(const SearchRequest &request, const QString &currency, int max);

/** subType=CITY,AIRPORT, keyword (trimmed, upper case), page[limit], view=LIGHT. */
QUrlQuery locationsQuery(const QString &keyword, int pageLimit);
/**
 * A locations page. Places known to @p geo take its names and time zone (MUC as an airport
 * stays an airport); unknown ones keep the API's name in title case, and their city and
 * country codes. Entries without a 3-letter iataCode are skipped. nullopt when the body is
 * not a JSON object with a data array.
 */
std::optional<AmadeusLocationsPage> parseLocations(const QByteArray &body, const GeoDatabase &geo);

/** {"data": {"type": "flight-offers-pricing", "flightOffers": [offer]}} */
QJsonObject pricingBody(const QJsonObject &rawOffer);
/**
 * {"data": {"type": "flight-order", "flightOffers": [offer], "travelers": [...]}}: each
 * traveller gets the id of a travelerPricings entry of the same type in @p rawOffer (adults
 * ADULT, children CHILD, infants HELD_INFANT, in order), with dateOfBirth, name, gender and,
 * when given, contact (email; phone split into countryCallingCode and number). Returns an empty
 * object with @p error set when the travellers do not match the offer's travellers.
 */
QJsonObject orderBody(const QJsonObject &rawOffer, const QList<Traveller> &travellers,
                      QString *error);
/**
 * data.id, data.associatedRecords[0].reference, the grand total of data.flightOffers[0], and
 * @p travellers; createdAt from associatedRecords[0].creationDate (UTC) or @p now.
 * nullopt when there is no order id.
 */
std::optional<Order> parseOrder(const QByteArray &body, const QString &offerId,
                                const QList<Traveller> &travellers, const QDateTime &now);

/**
 * A name as Amadeus spells it, for display: "BRITISH AIRWAYS" -> "British Airways",
 * "MUNICH INTERNATIONAL" -> "Munich International"; letter-only words of up to three letters
 * stay as they are ("ATR 72", "KLM"), "A320-100/200" keeps its letters after digits upper.
 */
QString displayCase(const QString &text);
/** "+442080160508" -> {"44", "2080160508"} by the ITU country calling codes; empty if not E.164. */
std::pair<QString, QString> splitPhone(const QString &e164);
} // namespace AmadeusJson
