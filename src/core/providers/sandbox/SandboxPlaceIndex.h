// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Place.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

class GeoDatabase;

/**
 * Place suggestions for what a person types ("lis", "Lisbo", "heath", "CDG"): cities (by their
 * names in the six languages and their code) and airports (by name, any word of it, and code),
 * prefix matches after GeoDatabase::normalise().
 *
 * Likeliest first: an exact code match, then by importance (a city ranks just above its best
 * airport, an airport by its rank), then by population and code. Only cities with an airport are
 * offered. Built once (about 100k keys), then const and safe from any thread.
 */
class SandboxPlaceIndex {
public:
    static constexpr int DefaultLimit = 10;

    explicit SandboxPlaceIndex(const GeoDatabase &geo);
    /** The index over GeoDatabase::instance(), built on first use (thread-safe). */
    static const SandboxPlaceIndex &instance();

    /** At most @p limit places; empty for an empty or punctuation-only @p query. */
    QList<Place> suggest(QStringView query, int limit = DefaultLimit) const;

private:
    struct Entry {
        QString key;   ///< normalised name, word-suffix of a name, or lower-case code
        int place = 0; ///< index into m_places
        bool isCode = false;
    };
    struct Candidate {
        Place place;
        int score = 0;
        qint64 population = 0;
    };

    const GeoDatabase &m_geo;
    std::vector<Entry> m_entries; ///< sorted by key
    std::vector<Candidate> m_places;
};
