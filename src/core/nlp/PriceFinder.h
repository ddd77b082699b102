// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/** Finds the most a person wants to pay: an amount with a currency. */
class PriceFinder {
public:
    /**
     * Sets maxPrice and maxPriceSpan from the first amount with a currency: "under 500€",
     * "€500", "below 300 euros", "max 400 EUR", "less than $600", "budget 1,000 GBP", "1.5k
     * USD". Group commas and decimals are read exactly (Money, never floating point); an
     * amount without a currency is not a price. The span covers the amount and the currency.
     */
    static void find(ParseContext &context, TravelRequest &request);
};
