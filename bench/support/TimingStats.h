// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

/** Median, 95th percentile and maximum of a set of timings, in microseconds. */
struct TimingStats {
    double median = 0.0;
    double p95 = 0.0;
    double max = 0.0;
    qsizetype samples = 0;

    /** The statistics of @p micros (sorted on a copy); all zero when it is empty. */
    static TimingStats of(QList<double> micros);
};
