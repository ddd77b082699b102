// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/**
 * simdjson (Debian libsimdjson-dev), bench-only and optional: built in when CMake finds it
 * (BOOKING_HAVE_SIMDJSON), so bench_api can put its parse time beside QJsonDocument's.
 */
namespace SimdjsonProbe {
/** Whether simdjson was built in. */
bool available();
/** "simdjson 3.0.1 (haswell)" or why it is not there. */
const char *description();
/**
 * Parses @p json once with the DOM API; with @p toQString, also walks the whole tree turning
 * every string into a QString (what building FlightOffers from it would at least cost).
 * Returns the number of values seen, or -1 on a parse error (or when unavailable).
 */
long long parse(const QByteArray &json, bool toQString);
} // namespace SimdjsonProbe
