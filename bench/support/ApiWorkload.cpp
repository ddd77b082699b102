// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiWorkload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SearchRequest ApiSearch::toRequest() const {
    SearchRequest request;
    request.slices.append({origin, destination, departure, {}, {}});
    if (returnDate.isValid())
        request.slices.append({destination, origin, returnDate, {}, {}});
    return request;
}

namespace ApiWorkload {

QList<ApiSearch> make(const QDate &firstDay, int total, int distinct) {
    // Airport pairs the sandbox generator serves with many offers (short, medium and long haul).
    static const char *const routes[][2] = {
        {"LHR", "JFK"}, {"CDG", "FCO"}, {"LIS", "BER"}, {"MUC", "MAD"}, {"SYD", "LAX"},
        {"CDG", "NRT"}, {"AMS", "BCN"}, {"FRA", "ORD"}, {"DUB", "BOS"}, {"ZRH", "ATH"},
        {"VIE", "CPH"}, {"MAN", "DXB"}, {"BRU", "LIS"}, {"OSL", "ARN"}, {"MXP", "LHR"},
        {"YUL", "CDG"}, {"SFO", "HND"}, {"GRU", "EZE"}, {"SIN", "BKK"}, {"JFK", "LAX"},
        {"MAD", "MEX"}, {"IST", "LHR"}, {"HEL", "WAW"}, {"NCE", "GVA"}, {"PRG", "BUD"},
    };
    const int routeCount = int(std::size(routes));
    QList<ApiSearch> distinctSearches;
    for (int i = 0; i < distinct; ++i) {
        const auto &route = routes[i % routeCount];
        ApiSearch search;
        // The second lap over the routes flies the other way, on other days.
        const bool reversed = (i / routeCount) % 2 == 1;
        search.origin = QString::fromLatin1(route[reversed ? 1 : 0]);
        search.destination = QString::fromLatin1(route[reversed ? 0 : 1]);
        search.departure = firstDay.addDays(7 * (i % 5) + i / routeCount * 3);
        if (i % 3 == 2)
            search.returnDate = search.departure.addDays(4 + i % 7);
        distinctSearches.append(search);
    }
    QList<ApiSearch> searches;
    for (int i = 0; i < total && !distinctSearches.isEmpty(); ++i)
        searches.append(distinctSearches.at(i % distinctSearches.size()));
    return searches;
}

QByteArray toJson(const QList<ApiSearch> &searches) {
    QJsonArray array;
    for (const ApiSearch &s : searches) {
        QJsonObject object{{QStringLiteral("origin"), s.origin},
                           {QStringLiteral("destination"), s.destination},
                           {QStringLiteral("departure"), s.departure.toString(Qt::ISODate)}};
        if (s.returnDate.isValid())
            object.insert(QStringLiteral("return"), s.returnDate.toString(Qt::ISODate));
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("searches"), array}})
        .toJson(QJsonDocument::Compact);
}

QList<ApiSearch> fromJson(const QByteArray &json) {
    QList<ApiSearch> searches;
    const QJsonArray array =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("searches")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ApiSearch s;
        s.origin = o.value(QStringLiteral("origin")).toString();
        s.destination = o.value(QStringLiteral("destination")).toString();
        s.departure =
            QDate::fromString(o.value(QStringLiteral("departure")).toString(), Qt::ISODate);
        s.returnDate = QDate::fromString(o.value(QStringLiteral("return")).toString(), Qt::ISODate);
        if (s.origin.isEmpty() || s.destination.isEmpty() || !s.departure.isValid())
            return {};
        searches.append(s);
    }
    return searches;
}

} // namespace ApiWorkload
