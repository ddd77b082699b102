// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/Place.h"
#include "domain/SearchRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * The sandbox's objects in Duffel v2's exact shapes (flight-apis.md 2.2-2.7): offers with decimal
 * strings, local times without offset next to airports with their time_zone, ISO durations,
 * owner, marketing/operating carriers, aircraft and per-segment passengers; places; errors.
 */
class SandboxDuffelJson {
public:
    /** "pas_..." ids of a search's passengers, in the request's order (adults, children, infants).
     */
    static QStringList passengerIds(const QString &searchKey, const SearchRequest &request);
    /** The passengers array of an offer request / offer: {"type":"adult"} or {"age":N}. */
    static QJsonArray passengers(const QStringList &ids, const SearchRequest &request);
    /** An airport or city place object (with "airports" for a city). */
    static QJsonObject place(const Place &place);
    /** The full offer; @p now sets created_at and expires_at (30 minutes later). */
    static QJsonObject offer(const FlightOffer &offer, const SearchRequest &request,
                             const QStringList &passengerIds, const QDateTime &now);
    /** "2026-12-04T09:30:00.000Z" */
    static QString timestamp(const QDateTime &utc);
    /** The {"meta":{...},"errors":[{...}]} body of an error. */
    static QJsonObject error(int status, const QString &requestId, const QString &type,
                             const QString &code, const QString &title, const QString &message,
                             const QString &pointer = {});
    /** An aircraft's IATA type code guessed from its name ("Boeing 737-800" -> "738"). */
    static QString aircraftCode(const QString &name);
};
