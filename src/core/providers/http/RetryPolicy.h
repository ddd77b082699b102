// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QDateTime>
#include <QSet>

#include <functional>

/**
 * When an HTTP call is tried again, and after how long. A value, set per transport (and
 * adjustable per provider). The defaults follow Duffel: 429 waits for `ratelimit-reset` /
 * `Retry-After` (or backs off when neither is given); 503 and 504 are retried with exponential
 * backoff and jitter; 500, 502 and every 4xx are never retried; network failures and timeouts
 * are retried for idempotent calls. At most maxAttempts sends in all (bounded).
 */
class RetryPolicy {
public:
    struct Decision {
        bool retry = false;
        qint64 delayMs = 0; ///< wait before the next attempt
    };

    int maxAttempts = 3;   ///< sends in all, the first included (>= 1)
    int baseDelayMs = 400; ///< backoff before the 2nd attempt; doubles each time
    int maxDelayMs = 8000; ///< backoff cap
    double jitter = 0.25;  ///< +-fraction of each backoff, drawn from random()
    QSet<int> retryStatuses = {503, 504};
    bool retryRateLimited = true; ///< 429: wait for the reset, then retry (any method)
    /** Longest 429 wait accepted; past it the call ends with RateLimited at once. */
    qint64 maxRateLimitWaitMs = 60000;
    bool retryNetworkErrors = true; ///< connection refused/reset, timeouts (idempotent only)
    /**
     * Optional veto/extension from the provider (e.g. Amadeus' 38195 is a 429 never retried):
     * returns true to allow the retry that the rules above allow, false to refuse it. Called only
     * for responses the rules would retry.
     */
    std::function<bool(const HttpResponse &)> allowRetry;
    /** Uniform in [0, 1) for the jitter; default: QRandomGenerator::global(). Tests fix it. */
    std::function<double()> random;

    /**
     * What to do after attempt number @p attempt (1-based) ended with @p response at @p now
     * (for reset headers). @p idempotent is HttpCall::idempotent.
     */
    Decision decide(const HttpResponse &response, int attempt, bool idempotent,
                    const QDateTime &now) const;
    /** The backoff before attempt @p attempt + 1, jitter included, capped at maxDelayMs. */
    qint64 backoffMs(int attempt) const;
    /** A policy that never retries (maxAttempts 1). */
    static RetryPolicy none();
};
