// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingBench.h"

#include "SimdjsonProbe.h"
#include "TimingStats.h"
#include "geo/GeoDatabase.h"
#include "providers/amadeus/AmadeusOfferJson.h"
#include "providers/duffel/DuffelOfferJson.h"

#include <QJsonDocument>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr double BudgetMs = 15.0; // DESIGN section 6: 250 Duffel offers

volatile long long g_sink = 0;

/** CPU time of the calling thread in nanoseconds (not wall time: the machine may be shared). */
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/**
 * CPU milliseconds per call of @p call on this thread: median, p95 and max of @p rounds runs
 * after 2 warm-ups.
 */
TimingStats timeIt(int rounds, const std::function<long long()> &call) {
    for (int i = 0; i < 2; ++i)
        g_sink = g_sink + call();
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        const qint64 start = threadCpuNs();
        const long long result = call();
        ms.append(double(threadCpuNs() - start) / 1e6);
        g_sink = g_sink + result;
    }
    return TimingStats::of(ms);
}

const GeoDatabase &geo() {
    return GeoDatabase::instance();
}

void row(const char *label, const TimingStats &s, const char *note = "") {
    std::printf("  %-46s %8.2f %8.2f %8.2f  %s\n", label, s.median, s.p95, s.max, note);
}

} // namespace

namespace MappingBench {

void run(const ApiBodies &bodies, int rounds) {
    std::printf("\nMapping alone (one thread, %d runs, CPU milliseconds; %s)\n", rounds,
                SimdjsonProbe::description());
    if (bodies.duffel.isEmpty() && bodies.amadeus.isEmpty()) {
        std::printf("  not measured: no body could be fetched from the sandbox: %s\n",
                    qPrintable(bodies.error));
        return;
    }
    std::printf("  %-46s %8s %8s %8s\n", "", "median", "p95", "max");
    // The parse alone with the parser the mappers used before (QJsonDocument) and the one they
    // use now (simdjson DOM, through JsonDom), then the whole parse + map.
    const auto parseRows = [&](const QByteArray &body) {
        const TimingStats qt =
            timeIt(rounds, [&] { return QJsonDocument::fromJson(body).object().size(); });
        row("QJsonDocument::fromJson (the parser before)", qt);
        const TimingStats simd = timeIt(rounds, [&] { return SimdjsonProbe::parse(body, false); });
        char note[96];
        std::snprintf(note, sizeof note, "QJsonDocument/simdjson %.1fx",
                      qt.median / qMax(simd.median, 1e-9));
        row("simdjson DOM parse (the parser now)", simd, note);
        const TimingStats strings =
            timeIt(rounds, [&] { return SimdjsonProbe::parse(body, true); });
        row("  + every string of the body as a QString", strings);
        return simd;
    };
    const auto mappingRow = [](const TimingStats &map, const TimingStats &parse) {
        std::printf("  %-46s %8.2f  (%.0f%% of the mapping is JSON parsing)\n",
                    "  of which mapping after the parse", map.median - parse.median,
                    100.0 * parse.median / qMax(map.median, 1e-9));
    };
    if (!bodies.duffel.isEmpty()) {
        std::printf("  Duffel GET /air/offers body: %d offers, %.2f MB\n", bodies.duffelOffers,
                    double(bodies.duffel.size()) / 1e6);
        const TimingStats parse = parseRows(bodies.duffel);
        long long mapped = 0;
        const TimingStats map = timeIt(rounds, [&] {
            const DuffelOfferJson::OffersPage page =
                DuffelOfferJson::parseOffersPage(bodies.duffel);
            mapped = page.offers.size();
            return mapped;
        });
        char note[96];
        std::snprintf(note, sizeof note, "%lld offers; budget %.0f ms: %s (%.2fx)", mapped,
                      BudgetMs, map.median <= BudgetMs ? "within" : "OVER", map.median / BudgetMs);
        row("DuffelOfferJson::parseOffersPage (parse+map)", map, note);
        mappingRow(map, parse);
    }
    if (!bodies.amadeus.isEmpty()) {
        std::printf("  Amadeus GET /v2/shopping/flight-offers body: %d offers, %.2f MB\n",
                    bodies.amadeusOffers, double(bodies.amadeus.size()) / 1e6);
        const TimingStats parse = parseRows(bodies.amadeus);
        long long mapped = 0;
        const TimingStats map = timeIt(rounds, [&] {
            const auto offers =
                AmadeusOfferJson::parseSearch(bodies.amadeus, geo(), CabinClass::Economy);
            mapped = offers ? offers->offers.size() : -1;
            return mapped;
        });
        char note[64];
        std::snprintf(note, sizeof note, "%lld offers", mapped);
        row("AmadeusOfferJson::parseSearch (parse+map)", map, note);
        mappingRow(map, parse);
    }
}

} // namespace MappingBench
