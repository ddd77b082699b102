// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

/** `parse`: one message per stdin line -> one TravelRequest JSON object per line (DESIGN 5). */
class ParseCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("parse"); }
    QString description() const override {
        return QStringLiteral("Understand travel requests, one per stdin line (JSON Lines out).");
    }
    QString synopsis() const override {
        return QStringLiteral("[--now T] [--lang auto|en|fr|de|es|it|pt] < messages.txt");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;
};
