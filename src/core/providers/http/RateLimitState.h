// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

/**
 * What the server said about its rate limit, from the `ratelimit-limit`, `ratelimit-remaining`
 * and `ratelimit-reset` headers (Duffel: the reset is an HTTP-date; a plain number is taken as
 * seconds from now, as in the IETF draft) and from `Retry-After` on a 429. One per transport,
 * shared by all its calls; not thread-safe (it lives in the transport's thread).
 *
 * While remaining is 0 and the reset lies in the future, new calls wait (msUntilReady() > 0).
 * Headers that are absent or unreadable leave the state unchanged; all times are UTC.
 */
class RateLimitState {
public:
    /** Reads the headers of one response received at @p now (lower-case names). */
    void update(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now);
    /** After a 429: no call before @p resetAt (remaining becomes 0). */
    void blockUntil(const QDateTime &resetAt);

    /** -1 while unknown. */
    int limit() const { return m_limit; }
    /** -1 while unknown. */
    int remaining() const { return m_remaining; }
    /** Invalid while unknown. */
    QDateTime resetAt() const { return m_resetAt; }
    /** Milliseconds a new call must wait at @p now: 0 unless the budget is spent. */
    qint64 msUntilReady(const QDateTime &now) const;
    bool isPaused(const QDateTime &now) const { return msUntilReady(now) > 0; }

    /**
     * The instant a reset/Retry-After header value names, seen at @p now: an HTTP-date
     * ("Sun, 06 Nov 1994 08:49:37 GMT", also the RFC 850 and asctime forms) or a number of
     * seconds from @p now. Invalid for anything else.
     */
    static QDateTime parseResetValue(QByteArrayView value, const QDateTime &now);
    /** An HTTP-date (IMF-fixdate, RFC 850 or asctime) as UTC; invalid if it is not one. */
    static QDateTime parseHttpDate(QByteArrayView value);

private:
    int m_limit = -1;
    int m_remaining = -1;
    QDateTime m_resetAt;
};
