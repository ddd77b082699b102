// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

class SessionStore;

/**
 * `history list|show ID|search TEXT|export ID|import FILE`: offline review of stored conversations;
 * export and import are HistoryTransfer.
 */
class HistoryCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override {
        return QStringLiteral("Review past conversations offline.");
    }
    QString synopsis() const override {
        return QStringLiteral("list|show ID|search TEXT [--limit N]|export ID --format "
                              "json|csv|ics|import FILE [--json]");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;

private:
    int list(SessionStore &store, bool json) const;
    int show(SessionStore &store, const QString &id, bool json) const;
    int search(SessionStore &store, const QString &text, const QString &limit, bool json) const;
};
