// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

/**
 * What the HTTP sandbox does wrong, and when: random faults with per-request probabilities
 * (drawn from a seeded generator, so a seed replays the same sequence), a scripted queue that
 * tests fill with exact sequences ("the next 2 requests get 503"), latency with jitter, the
 * Amadeus token lifetime and an optional enforced rate limit.
 *
 * Spec grammar (`booking-cli sandbox --faults`): comma-separated `key=value` items, e.g.
 * "rate429=0.1,status503=0.05,truncate=0.05,token_ttl=5". Probabilities (0..1) for rate429,
 * status500, status502, status503, status504, truncate, malformed, stall, huge, reprice; and
 * token_ttl=SECONDS (Amadeus expires_in, default 1799), reset=SECONDS (how long a 429 lasts,
 * default 1), ratelimit=N (enforce N requests a second, answering 429 beyond; default: not
 * enforced, headers still sent), huge_mb=N (size of a huge body, default 4).
 */
struct FaultPlan {
    enum class Fault {
        None,
        RateLimited, ///< 429 with ratelimit-reset (Duffel: HTTP-date) / Retry-After
        Status500,
        Status502,
        Status503,
        Status504,
        Truncate,  ///< Content-Length of the whole body, half of it sent, then closed
        Malformed, ///< a 200 whose JSON body is cut and garbled (Content-Length right)
        Stall,     ///< no response at all; the connection stays open
        Huge,      ///< the real response, grown to several MB of valid JSON
    };

    double rate429 = 0;
    double status500 = 0;
    double status502 = 0;
    double status503 = 0;
    double status504 = 0;
    double truncate = 0;
    double malformed = 0;
    double stall = 0;
    double huge = 0;
    /** Probability that a re-priced offer (Duffel GET /air/offers/{id}, Amadeus pricing) costs
     * 2% more than at search time. */
    double reprice = 0;
    int tokenTtlSeconds = 1799;
    int resetSeconds = 1;
    int rateLimitPerSecond = 0; ///< 0: not enforced
    int hugeMegabytes = 4;
    /** Faults for the next requests, in order, before any random one. */
    QList<Fault> script;

    /** Parses a spec (see above); nullopt and @p error on an unknown key or bad value. */
    static std::optional<FaultPlan> parse(const QString &spec, QString *error);
    /** Appends @p count times @p fault to the script. */
    void scriptNext(Fault fault, int count = 1) {
        for (int i = 0; i < count; ++i)
            script.append(fault);
    }
    /** The spec keys and what they mean, for --help. */
    static QString grammar();
};
