// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

class SessionStore;

/** `history list|show ID`: offline review of stored conversations. */
class HistoryCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override {
        return QStringLiteral("Review past conversations offline.");
    }
    QString synopsis() const override { return QStringLiteral("list|show ID [--json]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;

private:
    int list(SessionStore &store, bool json) const;
    int show(SessionStore &store, const QString &id, bool json) const;
};
