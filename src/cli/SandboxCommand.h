// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

/**
 * `sandbox [--port N] [--latency MS] [--jitter MS] [--faults SPEC] [--seed N] [--offers N]`:
 * the HTTP sandbox (Duffel v2 and Amadeus on 127.0.0.1, DESIGN sections 4 and 5). The first
 * stdout line is exactly `listening on http://127.0.0.1:PORT` (flushed); runs until SIGINT or
 * SIGTERM, then exits 0. Bad options: a message on stderr and exit 2; a port in use: exit 1.
 */
class SandboxCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString description() const override;
    QString synopsis() const override {
        return QStringLiteral("[--port N] [--latency MS] [--jitter MS] [--faults SPEC] [--seed N] "
                              "[--offers N]");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;
};
