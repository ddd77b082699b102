// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/**
 * Finds how flexible the dates of a request are, in en, fr, de, es, it and pt:
 * "flexible dates", "I'm flexible", "+/- 2 days", "±3 days", "give or take a day", "a day
 * either way", "dates flexibles", "à 2 jours près", "plus ou moins 3 jours", "flexibel",
 * "+/- 2 Tage", "plus minus 2 Tage", "fechas flexibles", "más o menos 2 días", "date
 * flessibili", "più o meno 2 giorni", "datas flexíveis", "mais ou menos 2 dias".
 */
class FlexibilityFinder {
public:
    /**
     * Sets @p request's flexibleDays and flexibleSpan and takes their tokens. A bare "flexible"
     * means TravelRequest::DefaultFlexibleDays; a number of days is clamped to
     * 0..TravelRequest::MaxFlexibleDays (the larger one wins when several are given). "exact
     * dates", "fixed dates", "not flexible" (and their fr, de, es, it, pt forms) set 0. A
     * "flexible ticket" or "flexible fare" is a kind of fare, not flexible dates.
     */
    static void find(ParseContext &context, TravelRequest &request);
};
