// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiBodies.h"

/**
 * Part 2 of bench_api: mapping alone, on one thread, median of @p rounds runs after a warm-up:
 * QJsonDocument::fromJson, DuffelOfferJson::parseOffersPage (parse + map to FlightOffers) and
 * AmadeusOfferJson::parseSearch on the bodies of one 250-offer search, against the DESIGN budget
 * (250 Duffel offers under 15 ms), and simdjson's parse of the same bodies when it is built in.
 * Prints its own section.
 */
namespace MappingBench {
void run(const ApiBodies &bodies, int rounds);
}
