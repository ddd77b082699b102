// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiWorkload.h"

#include <QList>
#include <QString>
#include <QUrl>

/**
 * The worker side of bench_api for our own clients: runs the workload through DuffelProvider or
 * AmadeusProvider (one QNetworkAccessManager, at most @p concurrency searches in flight) in this
 * process's event loop and prints one JSON line on stdout:
 * {"client", "searches", "offers", "errors", "wall_ms", "limiter", "first_error"?}.
 * @p amadeusLimit sets AmadeusProvider's client-side limit: "auto" (what ProviderFactory does:
 * none on a loopback endpoint, else 10/s and 100 ms), "off", or "R/MS" (R a second, MS apart);
 * "limiter" in the result says which one ran.
 * Amadeus fetches its token before the clock starts (as the peers do). Our log lines are kept at
 * the CLI's level (warnings only). Returns the process exit code (0 even when searches failed:
 * the parent reads the error count).
 */
namespace OurApiWorker {
int run(const QString &api, const QUrl &endpoint, const QList<ApiSearch> &searches, int concurrency,
        const QString &amadeusLimit = QStringLiteral("auto"));
}
