// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/FuzzyNames.h"

#include "geo/GeoDatabase.h"
#include "geo/NameKeys.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace {

constexpr int kMaxKey = 40; ///< longer keys are not indexed nor looked up

quint32 hashOf(QStringView s) {
    return quint32(qHash(s, 0));
}

/** Calls @p f with every string made by deleting up to @p depth characters of @p s (s itself
 * included); duplicates are possible. */
template <typename F> void forEachDeletion(QStringView s, int depth, F &&f) {
    f(s);
    if (depth == 0 || s.size() <= 1)
        return;
    std::array<char16_t, kMaxKey> buffer{};
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i] == s[i - 1])
            continue; // deleting either of two equal letters gives the same string
        qsizetype n = 0;
        for (qsizetype k = 0; k < s.size(); ++k) {
            if (k != i)
                buffer[std::size_t(n++)] = s[k].unicode();
        }
        forEachDeletion(QStringView(buffer.data(), n), depth - 1, f);
    }
}

} // namespace

const FuzzyNames &FuzzyNames::instance() {
    static const FuzzyNames names(GeoDatabase::instance());
    return names;
}

FuzzyNames::FuzzyNames(const GeoDatabase &geo) {
    QHash<QString, const City *> best; // key -> most populous city with that key
    for (const City &c : geo.cities()) {
        if (c.population < minPopulation())
            continue;
        for (const QString &name : c.names) {
            for (const QString &key : NameKeys::cityKeys(name)) {
                if (key.size() < 5 || key.size() > kMaxKey)
                    continue;
                const City *&slot = best[key];
                if (!slot || slot->population < c.population)
                    slot = &c;
            }
        }
    }
    m_names.reserve(best.size());
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        m_names.push_back(Name{it.key(), it.value()});
    // A stable order, so equal candidates resolve the same way on every run.
    std::sort(m_names.begin(), m_names.end(),
              [](const Name &a, const Name &b) { return a.key < b.key; });
    m_deletes.reserve(m_names.size() * 24);
    for (quint32 n = 0; n < m_names.size(); ++n) {
        const QString &key = m_names[n].key;
        forEachDeletion(key, maxDistance(key.size()),
                        [&](QStringView v) { m_deletes.emplace_back(hashOf(v), n); });
    }
    std::sort(m_deletes.begin(), m_deletes.end());
    m_deletes.erase(std::unique(m_deletes.begin(), m_deletes.end()), m_deletes.end());
    m_deletes.shrink_to_fit();
}

int FuzzyNames::maxDistance(qsizetype length) {
    return length < 5 ? 0 : length <= 8 ? 1 : 2;
}

int FuzzyNames::distance(QStringView a, QStringView b, int limit) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n > kMaxKey || m > kMaxKey)
        return limit + 1;
    // Three rows of the optimal-string-alignment matrix.
    std::array<int, kMaxKey + 1> before{}, previous{}, current{};
    for (qsizetype j = 0; j <= m; ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1,
                              previous[std::size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, before[std::size_t(j - 2)] + 1);
            current[std::size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return std::min(previous[std::size_t(m)], limit + 1);
}

const City *FuzzyNames::bestCity(QStringView key, int *distanceOut) const {
    if (key.size() < 5 || key.size() > kMaxKey || m_deletes.empty())
        return nullptr;
    const City *best = nullptr;
    int bestDistance = 3;
    QVarLengthArray<quint32, 64> seen;
    bool exact = false;
    forEachDeletion(key, 2, [&](QStringView v) {
        const quint32 h = hashOf(v);
        auto it = std::lower_bound(m_deletes.cbegin(), m_deletes.cend(),
                                   std::pair<quint32, quint32>(h, 0));
        for (; it != m_deletes.cend() && it->first == h; ++it) {
            if (std::find(seen.cbegin(), seen.cend(), it->second) != seen.cend())
                continue;
            seen.append(it->second);
            const Name &name = m_names[it->second];
            if (name.key.front() != key.front())
                continue;
            const int limit = maxDistance(name.key.size());
            const int d = distance(key, name.key, limit);
            if (d > limit)
                continue;
            if (d == 0) {
                exact = true; // an exact name: not this lookup's business
                continue;
            }
            if (d < bestDistance ||
                (d == bestDistance && name.city->population > best->population)) {
                best = name.city;
                bestDistance = d;
            }
        }
    });
    if (exact)
        return nullptr;
    if (best && distanceOut)
        *distanceOut = bestDistance;
    return best;
}
