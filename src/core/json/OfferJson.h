// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/SearchRequest.h"

#include <QJsonObject>

#include <optional>

/**
 * FlightOffer <-> JSON in the shape of DESIGN section 5 (`search --json`), which is also the
 * snapshot kept in the history. Times are ISO 8601 local times with their offset, plus the
 * IANA zone id ("departure_tz") so that a snapshot restores the exact QTimeZone.
 * fromJson() rejects (nullopt) anything it cannot restore exactly: a missing amount, a
 * non-decimal price, a time without an offset.
 */
namespace OfferJson {
QJsonObject toJson(const FlightOffer &offer);
std::optional<FlightOffer> fromJson(const QJsonObject &object);
QJsonObject requestToJson(const SearchRequest &request);
/** ISO 8601 with offset, seconds precision: "2026-12-10T10:25:00+00:00". */
QString isoWithOffset(const QDateTime &time);
} // namespace OfferJson
