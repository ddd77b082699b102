// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SearchRequest.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

/** One search of the API benchmark: a one-way (no return) or a round trip, one adult, economy. */
struct ApiSearch {
    QString origin;
    QString destination;
    QDate departure;
    QDate returnDate; ///< invalid for a one-way search

    /** The same search as a SearchRequest for our providers. */
    SearchRequest toRequest() const;
};

/**
 * The workload every client of bench_api runs: @p distinct different searches (routes from a
 * fixed list of airport pairs, dates from @p firstDay on, a third of them round trips), repeated
 * in turn until there are @p total, so no two neighbours are the same request and the server's
 * cache cannot answer from the previous one. Deterministic for a given @p firstDay.
 * It travels to the workers as a JSON file: {"searches": [{"origin", "destination",
 * "departure", "return"?}]}.
 */
namespace ApiWorkload {
QList<ApiSearch> make(const QDate &firstDay, int total = 200, int distinct = 50);
QByteArray toJson(const QList<ApiSearch> &searches);
/** The searches of a toJson() body; empty when it is not one. */
QList<ApiSearch> fromJson(const QByteArray &json);
} // namespace ApiWorkload
