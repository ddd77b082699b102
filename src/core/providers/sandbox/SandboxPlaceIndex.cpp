// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxPlaceIndex.h"

#include "geo/GeoDatabase.h"

#include <QHash>
#include <QSet>

#include <algorithm>

SandboxPlaceIndex::SandboxPlaceIndex(const GeoDatabase &geo)
    : m_geo(geo) {
    auto addKey = [this](const QString &key, int place, bool isCode) {
        if (!key.isEmpty())
            m_entries.push_back({key, place, isCode});
    };
    // Cities: the main city of each code that has at least one airport.
    for (const City &city : geo.cities()) {
        if (geo.city(city.code) != &city)
            continue;
        const QList<const Airport *> airports = geo.airportsOfCity(city.code);
        if (airports.isEmpty())
            continue;
        const int place = int(m_places.size());
        m_places.push_back({geo.placeForCity(city), airports.first()->rank + 10, city.population});
        QSet<QString> keys;
        for (const QString &name : city.names)
            keys.insert(GeoDatabase::normalise(name));
        for (const QString &key : std::as_const(keys))
            addKey(key, place, false);
        addKey(city.code.toLower(), place, true);
    }
    // Airports: the whole name and every word-suffix of it ("heathrow airport").
    for (const Airport &airport : geo.airports()) {
        const int place = int(m_places.size());
        m_places.push_back({geo.placeForAirport(airport), airport.rank, 0});
        const QString name = GeoDatabase::normalise(airport.name);
        addKey(name, place, false);
        for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
            addKey(name.mid(i + 1), place, false);
        addKey(airport.code.toLower(), place, true);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
}

const SandboxPlaceIndex &SandboxPlaceIndex::instance() {
    static const SandboxPlaceIndex index(GeoDatabase::instance());
    return index;
}

QList<Place> SandboxPlaceIndex::suggest(QStringView query, int limit) const {
    const QString key = GeoDatabase::normalise(query);
    if (key.isEmpty() || limit <= 0)
        return {};
    QHash<int, int> scores; // place -> best score
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                               [](const Entry &e, const QString &k) { return e.key < k; });
    for (; it != m_entries.end() && it->key.startsWith(key); ++it) {
        int score = m_places.at(size_t(it->place)).score;
        if (it->isCode && it->key == key)
            score += 1000;
        else if (it->isCode)
            continue; // a partial code ("lh") is no match
        else if (it->key == key)
            score += 5;
        auto found = scores.find(it->place);
        if (found == scores.end())
            scores.insert(it->place, score);
        else if (*found < score)
            *found = score;
    }
    QList<int> order = scores.keys();
    std::sort(order.begin(), order.end(), [this, &scores](int a, int b) {
        const int sa = scores.value(a);
        const int sb = scores.value(b);
        if (sa != sb)
            return sa > sb;
        const Candidate &ca = m_places.at(size_t(a));
        const Candidate &cb = m_places.at(size_t(b));
        if (ca.population != cb.population)
            return ca.population > cb.population;
        if (ca.place.kind != cb.place.kind)
            return ca.place.kind == Place::Kind::City;
        return ca.place.code < cb.place.code;
    });
    QList<Place> result;
    for (int index : std::as_const(order)) {
        if (result.size() >= limit)
            break;
        result.append(m_places.at(size_t(index)).place);
    }
    return result;
}
