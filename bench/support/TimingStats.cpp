// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimingStats.h"

#include <algorithm>

TimingStats TimingStats::of(QList<double> micros) {
    TimingStats stats;
    if (micros.isEmpty())
        return stats;
    std::sort(micros.begin(), micros.end());
    const qsizetype n = micros.size();
    stats.samples = n;
    stats.median = micros.at(n / 2);
    stats.p95 = micros.at(std::min(n - 1, qsizetype(double(n) * 0.95)));
    stats.max = micros.constLast();
    return stats;
}
