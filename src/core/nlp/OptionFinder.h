// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/** Finds the yes/no and pick-one options of a request: trip type, non-stop, cabin. */
class OptionFinder {
public:
    /** Sets @p request's trip, nonstop and cabin from the phrases of the language tables
     * ("one-way", "round trip", "return ticket", "non-stop", "direct", "business class"...)
     * and takes their tokens. "business" followed by "trip"/"meeting" is not a cabin. */
    static void find(ParseContext &context, TravelRequest &request);
};
