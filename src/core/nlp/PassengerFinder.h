// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/** Finds who travels. */
class PassengerFinder {
public:
    /**
     * Sets passengers and passengersSpan from "2 adults", "two adults", "for 3 people",
     * "3 passengers", "a child", "2 kids", "an infant", "a baby", "me and my wife" (2), "my
     * wife and I", "with my son" (1 adult, 1 child), "family of four" (2 adults, 2 children),
     * "just me", "alone" (1), "the two of us". Counts add up ("2 adults and a child"); people
     * counted in general ("4 people including 2 kids") include the children. With children
     * only, one adult is assumed. Leaves passengers unset when nothing was said.
     */
    static void find(ParseContext &context, TravelRequest &request);
};
