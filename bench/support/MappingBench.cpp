// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingBench.h"

#include "SimdjsonProbe.h"
#include "TimingStats.h"
#include "geo/GeoDatabase.h"
#include "providers/amadeus/AmadeusOfferJson.h"
#include "providers/duffel/DuffelOfferJson.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

namespace {

constexpr double BudgetMs = 15.0; // DESIGN section 6: 250 Duffel offers

volatile long long g_sink = 0;

/** Milliseconds per call of @p call: median, p95 and max of @p rounds runs after 2 warm-ups. */
TimingStats timeIt(int rounds, const std::function<long long()> &call) {
    for (int i = 0; i < 2; ++i)
        g_sink = g_sink + call();
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        const long long result = call();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        g_sink = g_sink + result;
    }
    return TimingStats::of(ms);
}

void row(const char *label, const TimingStats &s, const char *note = "") {
    std::printf("  %-46s %8.2f %8.2f %8.2f  %s\n", label, s.median, s.p95, s.max, note);
}

} // namespace

namespace MappingBench {

void run(const ApiBodies &bodies, int rounds) {
    std::printf("\nMapping alone (one thread, %d runs, milliseconds)\n", rounds);
    if (bodies.duffel.isEmpty() && bodies.amadeus.isEmpty()) {
        std::printf("  not measured: no body could be fetched from the sandbox: %s\n",
                    qPrintable(bodies.error));
        return;
    }
    std::printf("  %-46s %8s %8s %8s\n", "", "median", "p95", "max");
    const GeoDatabase &geo = GeoDatabase::instance();
    TimingStats duffelJson;
    TimingStats duffelMap;
    if (!bodies.duffel.isEmpty()) {
        std::printf("  Duffel GET /air/offers body: %d offers, %.2f MB\n", bodies.duffelOffers,
                    double(bodies.duffel.size()) / 1e6);
        duffelJson =
            timeIt(rounds, [&] { return QJsonDocument::fromJson(bodies.duffel).object().size(); });
        row("QJsonDocument::fromJson", duffelJson);
        long long mapped = 0;
        duffelMap = timeIt(rounds, [&] {
            const DuffelOfferJson::OffersPage page =
                DuffelOfferJson::parseOffersPage(bodies.duffel);
            mapped = page.offers.size();
            return mapped;
        });
        char note[96];
        std::snprintf(note, sizeof note, "%lld offers; budget %.0f ms: %s (%.2fx)", mapped,
                      BudgetMs, duffelMap.median <= BudgetMs ? "within" : "OVER",
                      duffelMap.median / BudgetMs);
        row("DuffelOfferJson::parseOffersPage (parse+map)", duffelMap, note);
        std::printf("  %-46s %8.2f  (%.0f%% of the mapping is JSON parsing)\n",
                    "  of which mapping after the parse", duffelMap.median - duffelJson.median,
                    100.0 * duffelJson.median / qMax(duffelMap.median, 1e-9));
    }
    TimingStats amadeusJson;
    if (!bodies.amadeus.isEmpty()) {
        std::printf("  Amadeus GET /v2/shopping/flight-offers body: %d offers, %.2f MB\n",
                    bodies.amadeusOffers, double(bodies.amadeus.size()) / 1e6);
        amadeusJson =
            timeIt(rounds, [&] { return QJsonDocument::fromJson(bodies.amadeus).object().size(); });
        row("QJsonDocument::fromJson", amadeusJson);
        long long mapped = 0;
        const TimingStats amadeusMap = timeIt(rounds, [&] {
            const auto offers =
                AmadeusOfferJson::parseSearch(bodies.amadeus, geo, CabinClass::Economy);
            mapped = offers ? offers->offers.size() : -1;
            return mapped;
        });
        char note[64];
        std::snprintf(note, sizeof note, "%lld offers", mapped);
        row("AmadeusOfferJson::parseSearch (parse+map)", amadeusMap, note);
    }

    const bool close = duffelMap.median > BudgetMs * 0.5;
    std::printf("  %s\n", SimdjsonProbe::description());
    if (!SimdjsonProbe::available())
        return;
    if (!close)
        std::printf("  (the Duffel mapping is well within budget; simdjson measured for the "
                    "record)\n");
    const auto simdRows = [&](const QByteArray &body, const TimingStats &qt, const char *api) {
        if (body.isEmpty())
            return;
        const TimingStats parse = timeIt(rounds, [&] { return SimdjsonProbe::parse(body, false); });
        const TimingStats strings =
            timeIt(rounds, [&] { return SimdjsonProbe::parse(body, true); });
        char label[64];
        char note[96];
        std::snprintf(label, sizeof label, "%s simdjson DOM parse", api);
        std::snprintf(note, sizeof note, "QJsonDocument/simdjson %.1fx",
                      qt.median / qMax(parse.median, 1e-9));
        row(label, parse, note);
        std::snprintf(label, sizeof label, "%s simdjson parse + every string a QString", api);
        std::snprintf(note, sizeof note, "QJsonDocument/this %.1fx",
                      qt.median / qMax(strings.median, 1e-9));
        row(label, strings, note);
    };
    simdRows(bodies.duffel, duffelJson, "Duffel");
    simdRows(bodies.amadeus, amadeusJson, "Amadeus");
    if (!bodies.duffel.isEmpty()) {
        const TimingStats parse =
            timeIt(rounds, [&] { return SimdjsonProbe::parse(bodies.duffel, true); });
        const double projected = duffelMap.median - duffelJson.median + parse.median;
        std::printf("  Duffel mapping projected on simdjson (map time + simdjson walk): %.2f ms "
                    "vs %.2f ms now (%.0f%% saved)\n",
                    projected, duffelMap.median,
                    100.0 * (duffelMap.median - projected) / qMax(duffelMap.median, 1e-9));
    }
}

} // namespace MappingBench
