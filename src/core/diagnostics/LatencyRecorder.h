// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

class FlightProvider;
class HttpTransport;

/**
 * The latencies of the most recent HTTP attempts of one provider, in a small ring buffer
 * (capacity() entries, the oldest dropped first), for the diagnostics view: p50/p95 and the
 * share of failed attempts. Fed by HttpTransport::attemptFinished once attach()ed, or by
 * record(). Lives in the thread of the transport it follows.
 */
class LatencyRecorder : public QObject {
    Q_OBJECT

public:
    struct Sample {
        qint64 ms = 0;
        int status = 0; ///< HTTP status of the attempt (0: none)
    };

    explicit LatencyRecorder(int capacity = 100, QObject *parent = nullptr);

    /**
     * Follows @p provider's HTTP attempts from now on (the previous one is let go; the samples
     * are kept unless clear()ed). False, and nothing followed, for a provider without HTTP
     * (the in-process sandbox) or null.
     */
    bool attach(FlightProvider *provider);
    /** Follows @p transport's attempts (null: follows nothing). */
    void attachTransport(HttpTransport *transport);
    /** The transport followed, null if none (or it was destroyed). */
    HttpTransport *transport() const;

    void record(qint64 ms, int status);
    void clear();

    int capacity() const { return m_capacity; }
    int count() const { return int(m_samples.size()); }
    /** Oldest first. */
    QList<Sample> samples() const;
    /** Attempts answered with a status >= 500 or 429, among count(). */
    int failureCount() const;
    /** The @p percent (0..100) percentile of the recorded latencies; -1 when there are none. */
    qint64 percentile(double percent) const;

    /**
     * The nearest-rank @p percent percentile of @p values (need not be sorted); -1 for an empty
     * list. percent <= 0 gives the minimum, >= 100 the maximum.
     */
    static qint64 percentileOf(QList<qint64> values, double percent);
    /** The transport of an HTTP provider (Duffel, Amadeus); null for others. */
    static HttpTransport *transportOf(FlightProvider *provider);

Q_SIGNALS:
    void recorded();

private:
    int m_capacity;
    int m_next = 0; ///< where the next sample goes once the buffer is full
    QList<Sample> m_samples;
    QPointer<HttpTransport> m_transport;
    QMetaObject::Connection m_connection;
};
