// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatencyRecorder.h"

#include "providers/FlightProvider.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/duffel/DuffelProvider.h"
#include "providers/http/HttpTransport.h"

#include <algorithm>
#include <cmath>

LatencyRecorder::LatencyRecorder(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity)) {
    m_samples.reserve(m_capacity);
}

HttpTransport *LatencyRecorder::transportOf(FlightProvider *provider) {
    if (auto *duffel = qobject_cast<DuffelProvider *>(provider))
        return duffel->transport();
    if (auto *amadeus = qobject_cast<AmadeusProvider *>(provider))
        return amadeus->transport();
    return nullptr;
}

bool LatencyRecorder::attach(FlightProvider *provider) {
    HttpTransport *transport = transportOf(provider);
    attachTransport(transport);
    return transport != nullptr;
}

void LatencyRecorder::attachTransport(HttpTransport *transport) {
    if (m_connection)
        disconnect(m_connection);
    m_transport = transport;
    if (transport)
        m_connection = connect(transport, &HttpTransport::attemptFinished, this,
                               [this](int status, qint64 ms) { record(ms, status); });
}

HttpTransport *LatencyRecorder::transport() const {
    return m_transport.data();
}

void LatencyRecorder::record(qint64 ms, int status) {
    const Sample sample{std::max<qint64>(0, ms), status};
    if (m_samples.size() < m_capacity) {
        m_samples.append(sample);
    } else {
        m_samples[m_next] = sample;
        m_next = (m_next + 1) % m_capacity;
    }
    Q_EMIT recorded();
}

void LatencyRecorder::clear() {
    m_samples.clear();
    m_next = 0;
}

QList<LatencyRecorder::Sample> LatencyRecorder::samples() const {
    QList<Sample> ordered;
    ordered.reserve(m_samples.size());
    for (qsizetype i = 0; i < m_samples.size(); ++i)
        ordered.append(m_samples.at((m_next + i) % m_samples.size()));
    return ordered;
}

int LatencyRecorder::failureCount() const {
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(),
                             [](const Sample &s) { return s.status >= 500 || s.status == 429; }));
}

qint64 LatencyRecorder::percentile(double percent) const {
    QList<qint64> values;
    values.reserve(m_samples.size());
    for (const Sample &sample : m_samples)
        values.append(sample.ms);
    return percentileOf(values, percent);
}

qint64 LatencyRecorder::percentileOf(QList<qint64> values, double percent) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    if (percent <= 0)
        return values.first();
    if (percent >= 100)
        return values.last();
    // Nearest rank: the smallest value with at least percent% of the values at or below it.
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}
