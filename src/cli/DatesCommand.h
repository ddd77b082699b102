// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

/**
 * `dates`: every date and time expression of each stdin line in Duckling's conventions, one
 * `{"text", "dates": [{"body", "span", "value"}]}` object per line (DESIGN 5).
 */
class DatesCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("dates"); }
    QString description() const override {
        return QStringLiteral("Find date and time expressions, one text per stdin line "
                              "(Duckling-style JSON Lines out).");
    }
    QString synopsis() const override {
        return QStringLiteral("[--now T] [--lang auto|en|fr|de|es|it|pt] < texts.txt");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;
};
