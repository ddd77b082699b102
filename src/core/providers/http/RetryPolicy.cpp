// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include "RateLimitState.h"

#include <QRandomGenerator>

#include <cmath>

qint64 RetryPolicy::backoffMs(int attempt) const {
    const int exponent = qBound(0, attempt - 1, 20);
    const qint64 base = qMin<qint64>(qint64(baseDelayMs) << exponent, maxDelayMs);
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double factor = 1.0 + jitter * (2.0 * qBound(0.0, r, 1.0) - 1.0);
    return qBound(qint64(0), qint64(std::llround(double(base) * factor)), qint64(maxDelayMs));
}

RetryPolicy::Decision RetryPolicy::decide(const HttpResponse &response, int attempt,
                                          bool idempotent, const QDateTime &now) const {
    if (response.cancelled || attempt >= maxAttempts)
        return {};
    auto allowed = [&](Decision decision) {
        if (allowRetry && !allowRetry(response))
            return Decision{};
        return decision;
    };
    const bool networkFailure =
        response.timedOut ||
        (response.status == 0 && response.networkError != QNetworkReply::NoError);
    if (networkFailure)
        return retryNetworkErrors && idempotent ? allowed({true, backoffMs(attempt)}) : Decision{};
    if (response.status == 429) {
        if (!retryRateLimited)
            return {};
        QDateTime reset = RateLimitState::parseResetValue(response.header("retry-after"), now);
        if (!reset.isValid())
            reset = RateLimitState::parseResetValue(response.header("ratelimit-reset"), now);
        const qint64 wait =
            reset.isValid() ? qMax<qint64>(0, now.msecsTo(reset)) : backoffMs(attempt);
        if (wait > maxRateLimitWaitMs)
            return {};
        return allowed({true, wait});
    }
    if (idempotent && retryStatuses.contains(response.status))
        return allowed({true, backoffMs(attempt)});
    return {};
}

RetryPolicy RetryPolicy::none() {
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}
