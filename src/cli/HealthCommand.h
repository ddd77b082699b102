// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

struct HealthReport;

/**
 * `health [--json] [--provider P] [--endpoint URL] [--samples N]`: is the provider reachable,
 * are the credentials accepted, the rate-limit state, the latency of N sample calls, the history
 * database's integrity and the keychain (HealthCheck). Exit 0 when nothing failed (warnings
 * included), 1 when a check failed, 2 on a bad command line.
 */
class HealthCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("health"); }
    QString description() const override {
        return QStringLiteral("Check the provider, the credentials, the history database and the "
                              "keychain; exit 1 if a check fails.");
    }
    QString synopsis() const override {
        return QStringLiteral("[--provider P] [--endpoint URL] [--samples N] [--json]");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;

private:
    static void printText(const HealthReport &report);
};
