// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/** Finds the airlines a person asks for. */
class AirlineFinder {
public:
    /**
     * Appends to airlines every airline named ("Lufthansa", "Air France", "British Airways")
     * or given by its IATA code in capitals after "on"/"with"/"fly"/"by"/"using" ("on AF",
     * "with BA", "fly U2"). A name that is a common word ("United", "Delta") must be written
     * with a capital; one that is also a city ("Singapore") needs "on"/"with" before it or
     * its full name ("Singapore Airlines"). Each airline is listed once.
     */
    static void find(ParseContext &context, TravelRequest &request);
};
