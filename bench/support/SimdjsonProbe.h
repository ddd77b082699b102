// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/**
 * simdjson alone (Debian libsimdjson-dev, which booking_core requires): its raw DOM parse time,
 * so bench_api can put it beside QJsonDocument's and beside the full mapping.
 */
namespace SimdjsonProbe {
/** "simdjson 3.0.1 (haswell)": the version and the implementation chosen for this CPU. */
const char *description();
/**
 * Parses @p json once with the DOM API; with @p toQString, also walks the whole tree turning
 * every string into a QString (what building FlightOffers from it would at least cost).
 * Returns the number of values seen, or -1 on a parse error.
 */
long long parse(const QByteArray &json, bool toQString);
} // namespace SimdjsonProbe
