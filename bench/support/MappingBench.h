// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiBodies.h"

/**
 * Part 1 of bench_api: mapping alone, on one thread, median CPU time of @p rounds runs after a
 * warm-up, on the bodies of one 250-offer search: the parse alone with QJsonDocument::fromJson
 * (what the mappers used before) and with simdjson's DOM (what they use now, through JsonDom), then
 * DuffelOfferJson::parseOffersPage and AmadeusOfferJson::parseSearch (parse + map to
 * FlightOffers), against the DESIGN budget (250 Duffel offers under 15 ms). Prints its own
 * section.
 */
namespace MappingBench {
void run(const ApiBodies &bodies, int rounds);
}
