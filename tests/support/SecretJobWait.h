// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QSignalSpy>

/** Waits (bounded, not a time limit on the code) for @p job to finish; returns it for chaining. */
inline SecretJob *waitFor(SecretJob *job) {
    if (!job->isFinished()) {
        QSignalSpy spy(job, &SecretJob::finished);
        spy.wait(10000);
    }
    return job;
}
