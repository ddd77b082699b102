// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QTimer;

/**
 * The client-side throttle Amadeus asks for (flight-apis.md section 1.12): a token bucket of
 * ratePerSecond requests a second (burst included), and at least minSpacingMs between two
 * requests. Callers queue with acquire() and are let through in FIFO order from a timer of
 * this object's thread: never inside acquire(), never by sleeping. The queue is bounded;
 * cancelled tickets and tickets whose context object died are dropped without using a slot.
 * A rate of 0 turns the bucket off and a spacing of 0 the spacing; with both off the limiter
 * only keeps the FIFO order and the asynchronous hand-over (one ticket per event-loop turn).
 */
class AmadeusRateLimiter : public QObject {
    Q_OBJECT

public:
    /** Monotonic milliseconds (for tests); default a QElapsedTimer started at construction. */
    using Clock = std::function<qint64()>;

    /** @p ratePerSecond 0: no bucket; @p minSpacingMs 0: no spacing (negative values: 0). */
    explicit AmadeusRateLimiter(int ratePerSecond = 10, int minSpacingMs = 100, int maxQueued = 512,
                                QObject *parent = nullptr);
    ~AmadeusRateLimiter() override;

    /**
     * Queues a request: @p go runs in this object's thread when it may be sent, unless the
     * ticket was cancelled or @p context was destroyed first. Returns the ticket (> 0), or 0
     * when the queue is full (then @p go is never called).
     */
    quint64 acquire(QObject *context, std::function<void()> go);
    /** Drops a queued ticket; false if it already ran or is unknown. */
    bool cancel(quint64 ticket);

    int queued() const { return int(m_queue.size()); }
    int maxQueued() const { return m_maxQueued; }
    int ratePerSecond() const { return m_rate; }
    int minSpacingMs() const { return m_spacingMs; }
    /**
     * Changes the limits at any time (0 turns a limit off, as in the constructor). Queued
     * tickets are paced by the new limits from now on; a new bucket starts full.
     */
    void setLimits(int ratePerSecond, int minSpacingMs);
    /** False when both limits are off. */
    bool isLimiting() const { return m_rate > 0 || m_spacingMs > 0; }
    /** How many requests were let through so far. */
    quint64 granted() const { return m_granted; }
    /** Replaces the clock; call before the first acquire(). */
    void setClock(Clock clock);

private:
    struct Ticket {
        quint64 id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> go;
    };

    void refill(qint64 now);
    void pump();
    void schedule(qint64 delayMs);

    int m_rate;
    int m_spacingMs;
    int m_maxQueued;
    Clock m_clock;
    QTimer *m_timer;
    std::deque<Ticket> m_queue;
    quint64 m_nextId = 1;
    quint64 m_granted = 0;
    double m_tokens; ///< available requests (bucket level)
    qint64 m_lastRefill = -1;
    qint64 m_lastGrant = -1; ///< clock time of the last request let through; -1 none yet
};
