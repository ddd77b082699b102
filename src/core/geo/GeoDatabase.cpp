// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoDatabase.h"

#include "diagnostics/LoggingCategories.h"
#include "geo/NameKeys.h"

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <system_error>
#include <thread>

namespace {

constexpr double kEarthRadiusKm = 6371.0088;

/** Fields of one table row; the tables have at most 13 columns. */
struct Row {
    static constexpr int kMaxFields = 16;
    QByteArrayView fields[kMaxFields];
    int count = 0;
    QByteArrayView operator[](int i) const { return i < count ? fields[i] : QByteArrayView(); }
};

/** Calls @p handle with the fields of every data row (no comment, no header) of a table. */
template <typename List, typename Handler>
void forEachRow(const QString &path, int minFields, List &list, Handler handle) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGeo) << "cannot open" << path << file.errorString();
        return;
    }
    const QByteArray data = file.readAll();
    list.reserve(list.size() + data.count('\n'));
    const char *pos = data.constData();
    const char *const end = pos + data.size();
    bool headerSeen = false;
    Row row;
    while (pos < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(pos, '\n', end - pos));
        if (!lineEnd)
            lineEnd = end;
        const char *const next = lineEnd + 1;
        if (lineEnd > pos && lineEnd[-1] == '\r')
            --lineEnd;
        if (lineEnd == pos || *pos == '#') {
            pos = next;
            continue;
        }
        if (!headerSeen) {
            headerSeen = true;
            pos = next;
            continue;
        }
        row.count = 0;
        const char *field = pos;
        while (row.count < Row::kMaxFields) {
            const char *tab = static_cast<const char *>(std::memchr(field, '\t', lineEnd - field));
            const char *fieldEnd = tab ? tab : lineEnd;
            row.fields[row.count++] = QByteArrayView(field, fieldEnd - field);
            if (!tab)
                break;
            field = tab + 1;
        }
        if (row.count < minFields)
            qCWarning(lcGeo) << "short row in" << path << QByteArray(pos, lineEnd - pos);
        else
            handle(row);
        pos = next;
    }
}

/** Writes normalised text into a buffer: spaces collapsed and trimmed on the fly. */
class FoldBuffer {
public:
    explicit FoldBuffer(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized) {
        m_out = reinterpret_cast<char16_t *>(m_text.data());
    }
    void space() { m_pendingSpace = m_size > 0; }
    void put(char16_t c) {
        if (m_pendingSpace) {
            m_out[m_size++] = u' ';
            m_pendingSpace = false;
        }
        m_out[m_size++] = c;
    }
    QString take() {
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    QString m_text;
    char16_t *m_out = nullptr;
    qsizetype m_size = 0;
    bool m_pendingSpace = false;
};

/** Appends one character of NFKD-decomposed text, lower-cased and folded. */
void foldNonAscii(FoldBuffer &out, QChar c) {
    if (c.isMark())
        return;
    const char16_t u = c.toLower().unicode();
    switch (u) {
    case u'ß':
        out.put(u's');
        out.put(u's');
        return;
    case u'æ':
        out.put(u'a');
        out.put(u'e');
        return;
    case u'œ':
        out.put(u'o');
        out.put(u'e');
        return;
    case u'þ':
        out.put(u't');
        out.put(u'h');
        return;
    case u'ø':
        out.put(u'o');
        return;
    case u'ł':
        out.put(u'l');
        return;
    case u'đ':
    case u'ð':
        out.put(u'd');
        return;
    case u'ı':
        out.put(u'i');
        return;
    default:
        break;
    }
    if (QChar(u).isLetterOrNumber())
        out.put(u);
    else
        out.space();
}

/** Shares one copy of a value between consecutive rows that repeat it (the tables are sorted,
 * so codes, countries and time zones come in runs). Cheaper than a hash in Debug builds. */
template <typename T> class RunCache {
public:
    template <typename Make> T get(QByteArrayView bytes, Make make) {
        if (!m_hasLast || bytes != QByteArrayView(m_lastKey)) {
            m_lastValue = make(bytes);
            m_lastKey = bytes;
            m_hasLast = true;
        }
        return m_lastValue;
    }

private:
    QByteArrayView m_lastKey; // points into the table being read
    T m_lastValue;
    bool m_hasLast = false;
};

/** Parses a decimal coordinate such as "-23.43779" (the tables' fixed format), fast. */
double parseCoordinate(QByteArrayView text) {
    const char *p = text.data();
    const char *const end = p + text.size();
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+'))
        negative = *p++ == '-';
    double whole = 0;
    while (p != end && *p >= '0' && *p <= '9')
        whole = whole * 10 + (*p++ - '0');
    if (p != end && *p == '.') {
        ++p;
        qint64 fraction = 0;
        double scale = 1;
        while (p != end && *p >= '0' && *p <= '9' && scale < 1e15) {
            fraction = fraction * 10 + (*p++ - '0');
            scale *= 10;
        }
        whole += double(fraction) / scale;
    }
    if (p != end) // not the fixed format: let Qt parse it
        return text.toDouble();
    return negative ? -whole : whole;
}

QString text(QByteArrayView field) {
    return QString::fromUtf8(field);
}

QByteArray bytes(QByteArrayView field) {
    return field.toByteArray();
}

template <typename T>
void addKey(QHash<QString, QList<const T *>> &index, const QString &key, const T *item,
            int &maxWords) {
    if (key.isEmpty())
        return;
    QList<const T *> &list = index[key];
    if (!list.contains(item))
        list.append(item);
    maxWords = std::max(maxWords, int(key.count(u' ')) + 1);
}

/** Runs @p task on a new thread, or right away on this one when no thread can be started. */
template <typename Task> std::thread startThread(Task task) {
    try {
        return std::thread(std::move(task));
    } catch (const std::system_error &error) {
        qCWarning(lcGeo) << "loading on one thread:" << error.what();
        task();
        return {};
    }
}

void join(std::thread &thread) {
    if (thread.joinable())
        thread.join();
}

} // namespace

const GeoDatabase &GeoDatabase::instance() {
    static const GeoDatabase db;
    return db;
}

GeoDatabase::GeoDatabase() {
    load();
}

void GeoDatabase::load() {
    QElapsedTimer timer;
    timer.start();

    // Cities and airports are parsed, and then indexed, on two threads: they touch disjoint
    // members, and the airport index only reads the finished city table.
    std::thread cities = startThread([this] { loadCities(); });
    loadAirports();
    loadAirlines();
    const int airlineWords = buildAirlineIndex();
    join(cities);
    int cityWords = 1;
    std::thread cityIndex = startThread([this, &cityWords] { cityWords = buildCityIndex(); });
    const int airportWords = buildAirportIndex();
    join(cityIndex);
    const int aliasWords = addAliases();
    m_maxNameWords = std::max({cityWords, airportWords, airlineWords, aliasWords});

    qCDebug(lcGeo) << "loaded" << m_airports.size() << "airports," << m_cities.size() << "cities,"
                   << m_airlines.size() << "airlines in" << timer.elapsed() << "ms";
}

void GeoDatabase::loadAirports() {
    RunCache<QString> cityCodes;
    RunCache<QString> countries;
    RunCache<QByteArray> zones;
    forEachRow(QStringLiteral(":/booking/data/airports.tsv"), 8, m_airports, [&](const Row &f) {
        Airport &a = m_airports.emplaceBack();
        a.code = text(f[0]);
        a.name = text(f[1]);
        a.cityCode = cityCodes.get(f[2], text);
        a.countryCode = countries.get(f[3], text);
        a.latitude = parseCoordinate(f[4]);
        a.longitude = parseCoordinate(f[5]);
        a.timeZone = zones.get(f[6], bytes);
        a.rank = f[7].toInt();
    });
    // The list is complete: from here on the element addresses are stable.
    m_airports.squeeze();
    m_airportByCode.reserve(m_airports.size());
    for (const Airport &a : std::as_const(m_airports)) {
        m_airportByCode.insert(a.code, &a);
        m_airportsByCity[a.cityCode].append(&a);
    }
    const auto byRank = [](const Airport *a, const Airport *b) {
        return a->rank != b->rank ? a->rank > b->rank : a->code < b->code;
    };
    for (auto &list : m_airportsByCity)
        std::sort(list.begin(), list.end(), byRank);
}

void GeoDatabase::loadCities() {
    RunCache<QString> codes;
    RunCache<QString> countries;
    RunCache<QString> regions;
    RunCache<QByteArray> zones;
    forEachRow(QStringLiteral(":/booking/data/cities.tsv"), 13, m_cities, [&](const Row &f) {
        City &c = m_cities.emplaceBack();
        c.code = codes.get(f[0], text);
        c.names[City::En] = text(f[1]);
        for (int lang = 1; lang < City::LangCount; ++lang) {
            // Empty names fall back to English; equal ones share the English string.
            const QByteArrayView name = f[1 + lang];
            c.names[lang] = name.isEmpty() || name == f[1] ? c.names[City::En] : text(name);
        }
        c.countryCode = countries.get(f[7], text);
        c.region = regions.get(f[8], text);
        c.latitude = parseCoordinate(f[9]);
        c.longitude = parseCoordinate(f[10]);
        c.timeZone = zones.get(f[11], bytes);
        c.population = f[12].toLongLong();
    });
    m_cities.squeeze();
    m_cityByCode.reserve(m_cities.size());
    for (const City &c : std::as_const(m_cities)) {
        // The main city of a code is its most populous one.
        const City *&slot = m_cityByCode[c.code];
        if (!slot || c.population > slot->population)
            slot = &c;
    }
}

void GeoDatabase::loadAirlines() {
    forEachRow(QStringLiteral(":/booking/data/airlines.tsv"), 2, m_airlines, [&](const Row &f) {
        Airline a;
        a.code = text(f[0]);
        a.name = text(f[1]);
        a.countryCode = text(f[2]);
        m_airlines.append(std::move(a));
    });
    m_airlines.squeeze();
    m_airlineByCode.reserve(m_airlines.size());
    for (const Airline &a : std::as_const(m_airlines))
        m_airlineByCode.insert(a.code, &a);
}

int GeoDatabase::buildCityIndex() {
    int maxWords = 1;
    m_citiesByName.reserve(2 * m_cities.size());
    for (const City &c : std::as_const(m_cities)) {
        for (int lang = 0; lang < City::LangCount; ++lang) {
            const QString &name = c.names[lang];
            if (std::find(c.names, c.names + lang, name) != c.names + lang)
                continue; // same spelling as in an earlier language
            for (const QString &key : NameKeys::cityKeys(name))
                addKey(m_citiesByName, key, &c, maxWords);
        }
    }
    for (auto &list : m_citiesByName) {
        if (list.size() > 1) {
            std::sort(list.begin(), list.end(), [](const City *a, const City *b) {
                return a->population != b->population ? a->population > b->population
                                                      : a->code < b->code;
            });
            preferBetterServed(list);
        }
    }
    return maxWords;
}

int GeoDatabase::addAliases() {
    int maxWords = 1;
    QList<int> unused; // forEachRow reserves room in a list; aliases need none
    forEachRow(QStringLiteral(":/booking/data/place_aliases.tsv"), 3, unused, [&](const Row &f) {
        const QString key = normalise(text(f[0]));
        const auto putFirst = [&](auto &index, const auto *item) {
            if (!item || key.isEmpty())
                return;
            auto &list = index[key];
            list.removeAll(item);
            list.prepend(item);
            maxWords = std::max(maxWords, int(key.count(u' ')) + 1);
        };
        const QString code = text(f[2]);
        if (f[1] == "city") {
            putFirst(m_citiesByName, m_cityByCode.value(code));
        } else if (const Airport *airport = m_airportByCode.value(code)) {
            // "from Beauvais", "Luton": the airport, not the town it is named after.
            putFirst(m_airportsByName, airport);
            m_citiesByName.remove(key);
        }
    });
    return maxWords;
}

int GeoDatabase::nearbyAirportRank(const City &city) const {
    constexpr double kNearKm = 30;
    int best = 0;
    const auto consider = [&](const Airport *a) {
        if (a && a->rank > best &&
            distanceKm(city.latitude, city.longitude, a->latitude, a->longitude) <= kNearKm)
            best = a->rank;
    };
    for (const Airport *a : m_airportsByCity.value(city.code))
        consider(a);
    consider(m_airportByCode.value(city.code));
    return best;
}

void GeoDatabase::preferBetterServed(QList<const City *> &homonyms) const {
    // A traveller naming a city most likely means the one people fly to. Population decides,
    // unless a comparable city (at least a third as populous, the main city of its code) has a
    // real airport of its own that clearly outranks the other's: Valencia is Spain's (VLC), not
    // Venezuela's larger one; San Juan is Puerto Rico's.
    constexpr int kRealAirportRank = 40;
    constexpr int kMargin = 5;
    const City *first = homonyms.constFirst();
    const int firstRank = nearbyAirportRank(*first);
    qsizetype chosen = 0;
    int chosenRank = firstRank;
    for (qsizetype i = 1; i < homonyms.size(); ++i) {
        const City *c = homonyms.at(i);
        if (c->population * 3 < first->population || m_cityByCode.value(c->code) != c)
            continue;
        const int rank = nearbyAirportRank(*c);
        if (rank >= kRealAirportRank && rank >= firstRank + kMargin && rank > chosenRank) {
            chosen = i;
            chosenRank = rank;
        }
    }
    if (chosen > 0)
        homonyms.move(chosen, 0);
}

int GeoDatabase::buildAirportIndex() {
    int maxWords = 1;
    m_airportsByName.reserve(3 * m_airports.size());
    // The normalised names of each city an airport serves, in every language.
    QHash<const City *, QStringList> cityNames;
    const auto namesOf = [&cityNames](const City *c) {
        auto it = cityNames.find(c);
        if (it == cityNames.end()) {
            QStringList names;
            for (const QString &name : c->names) {
                QString key = normalise(name);
                if (!names.contains(key))
                    names.append(std::move(key));
            }
            it = cityNames.insert(c, names);
        }
        return *it;
    };
    for (const Airport &a : std::as_const(m_airports)) {
        QStringList served;
        if (const City *c = m_cityByCode.value(a.cityCode))
            served = namesOf(c);
        if (a.code != a.cityCode) {
            if (const City *c = m_cityByCode.value(a.code))
                served += namesOf(c);
        }
        for (const QString &key : NameKeys::airportKeys(a.name, served))
            addKey(m_airportsByName, key, &a, maxWords);
    }
    for (auto &list : m_airportsByName) {
        if (list.size() > 1)
            std::sort(list.begin(), list.end(), [](const Airport *a, const Airport *b) {
                return a->rank != b->rank ? a->rank > b->rank : a->code < b->code;
            });
    }
    return maxWords;
}

int GeoDatabase::buildAirlineIndex() {
    int maxWords = 1;
    for (const Airline &a : std::as_const(m_airlines)) {
        for (const QString &key : NameKeys::airlineKeys(a.name))
            addKey(m_airlinesByName, key, &a, maxWords);
    }
    return maxWords;
}

const Airport *GeoDatabase::airport(QStringView iataCode) const {
    return m_airportByCode.value(iataCode.toString().toUpper(), nullptr);
}

const City *GeoDatabase::city(QStringView cityCode) const {
    return m_cityByCode.value(cityCode.toString().toUpper(), nullptr);
}

const Airline *GeoDatabase::airline(QStringView iataCode) const {
    return m_airlineByCode.value(iataCode.toString().toUpper(), nullptr);
}

QList<const City *> GeoDatabase::citiesByName(QStringView name) const {
    return m_citiesByName.value(normalise(name));
}

QList<const Airport *> GeoDatabase::airportsByName(QStringView name) const {
    return m_airportsByName.value(normalise(name));
}

QList<const Airline *> GeoDatabase::airlinesByName(QStringView name) const {
    return m_airlinesByName.value(normalise(name));
}

QList<const Airport *> GeoDatabase::airportsOfCity(QStringView cityCode) const {
    return m_airportsByCity.value(cityCode.toString().toUpper());
}

Place GeoDatabase::placeForCode(QStringView code) const {
    if (const City *c = city(code))
        return placeForCity(*c);
    if (const Airport *a = airport(code))
        return placeForAirport(*a);
    // A metro code no listed city carries (few, remote ones): name it after its main airport.
    const QList<const Airport *> members = airportsOfCity(code);
    if (members.isEmpty())
        return {};
    Place p = placeForAirport(*members.constFirst());
    p.code = p.cityCode;
    p.kind = Place::Kind::City;
    return p;
}

Place GeoDatabase::placeForCity(const City &city) const {
    Place p;
    p.code = city.code;
    p.kind = Place::Kind::City;
    p.name = city.names[City::En];
    p.cityCode = city.code;
    p.countryCode = city.countryCode;
    p.timeZone = city.timeZone;
    return p;
}

Place GeoDatabase::placeForAirport(const Airport &airport) const {
    Place p;
    p.code = airport.code;
    p.kind = Place::Kind::Airport;
    p.name = airport.name;
    p.cityCode = airport.cityCode;
    p.countryCode = airport.countryCode;
    p.timeZone = airport.timeZone;
    return p;
}

QString GeoDatabase::normalise(QStringView input) {
    const char16_t *begin = input.utf16();
    const char16_t *const end = begin + input.size();
    bool ascii = true;
    for (const char16_t *p = begin; p != end; ++p) {
        if (*p >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        FoldBuffer out(input.size());
        for (const char16_t *p = begin; p != end; ++p) {
            const char16_t u = *p;
            if (u >= u'A' && u <= u'Z')
                out.put(char16_t(u + (u'a' - u'A')));
            else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                out.put(u);
            else
                out.space();
        }
        return out.take();
    }
    const QString decomposed = input.toString().normalized(QString::NormalizationForm_KD);
    FoldBuffer out(2 * decomposed.size());
    for (QChar c : decomposed)
        foldNonAscii(out, c);
    return out.take();
}

double GeoDatabase::distanceKm(double lat1, double lon1, double lat2, double lon2) {
    constexpr double toRad = 3.14159265358979323846 / 180.0;
    const double p1 = lat1 * toRad;
    const double p2 = lat2 * toRad;
    const double dp = p2 - p1;
    const double dl = (lon2 - lon1) * toRad;
    const double h = std::sin(dp / 2) * std::sin(dp / 2) +
                     std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double GeoDatabase::distanceKm(const Airport &a, const Airport &b) {
    return distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
}
