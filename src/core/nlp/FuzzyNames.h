// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

class GeoDatabase;
struct City;

/**
 * A bounded fuzzy lookup of city names for misspelt places ("Barcelna", "Frankfrut",
 * "Amsterdma", "Müchen").
 *
 * A SymSpell-style deletion index over the normalised names (every language, and their short
 * forms) of the cities with at least minPopulation() inhabitants is built once, on first use of
 * instance(), thread-safely; lookups after that are const and lock-free. A name of 5 to 8
 * letters matches at Damerau-Levenshtein (optimal string alignment) distance 1 at most, a longer
 * one at distance 2; names under 5 letters, and keys whose first letter differs from the name's,
 * never match (typos rarely hit the first letter, and this keeps short common words out).
 * Deciding whether a word may be a misspelt place at all (capitals, role words, common words)
 * is the caller's business.
 */
class FuzzyNames {
public:
    /** The index over GeoDatabase::instance(). */
    static const FuzzyNames &instance();
    explicit FuzzyNames(const GeoDatabase &geo);

    /**
     * The city a misspelt normalised @p key most likely means: the smallest distance within
     * the bound of the name's length, then the most populous city; nullptr when none is close
     * enough, when @p key is shorter than 5 letters, or when @p key is itself an exact name.
     * @p distance, when given, receives the distance of the match.
     */
    const City *bestCity(QStringView key, int *distance = nullptr) const;

    /** The largest distance allowed for a name of @p length letters: 0, 1 or 2. */
    static int maxDistance(qsizetype length);
    /** Optimal-string-alignment distance of @p a and @p b, or @p limit + 1 once it exceeds
     * @p limit. */
    static int distance(QStringView a, QStringView b, int limit);
    /** Cities smaller than this are not in the index. */
    static constexpr qint64 minPopulation() { return 50000; }

private:
    struct Name {
        QString key;
        const City *city;
    };
    std::vector<Name> m_names;
    /** (hash of a deletion variant, index in m_names), sorted. */
    std::vector<std::pair<quint32, quint32>> m_deletes;
};
