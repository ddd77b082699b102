// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

#include <QList>

struct ParseContext;

/** A place found in a message, before its role is known. */
struct PlaceCandidate {
    enum class Role { None, Origin, Destination, Via };
    PlaceMention mention;
    int firstToken = 0;
    int lastToken = 0;
    Role role = Role::None; ///< from the words before it ("from", "to", "via", "X-Y")
};

/**
 * Finds cities and airports and decides which is the origin, the destination and the stop.
 *
 * Names are matched on a window of up to GeoDatabase::maxNameWords() words, longest first, so
 * "Rio de Janeiro" and "Charles de Gaulle" stay whole. A city gives its city code (Paris ->
 * PAR), an airport its own code; the likelier reading (most populous city, then best ranked
 * airport) wins and the others become alternatives. IATA codes count in capitals ("LHR"), or in
 * lower case when they are not English words ("lhr", but never "the", "for", "man", "can").
 * Names that are common words ("Nice", "Reading", "Bath") need a capital or a role word before
 * them. Roles: "from X to Y", "X to Y", "X-Y", "X → Y", "X > Y", "to Y from X", "leaving X",
 * "arriving in Y", "via/through/over Z", "stopping in Z"; a single place with no role word is
 * the destination. A word no language table knows, of 5 letters or more, after a role word or
 * capitalised (not at the start of a sentence, 6 letters or more), that names nothing exactly,
 * may be a misspelt city ("Barcelna", "Frankfrut", "Sao Paolo"): see FuzzyNames.
 */
class PlaceFinder {
public:
    /** Every place mentioned, in text order, with the role its context gives it. */
    static QList<PlaceCandidate> find(ParseContext &context);
    /** Sets origin, destination and via of @p request from @p candidates. */
    static void assignRoles(const QList<PlaceCandidate> &candidates, TravelRequest &request);
};
