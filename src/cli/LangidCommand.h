// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

/**
 * `langid`: one message per stdin line -> one JSON object per line (DESIGN 5):
 * {"text", "language", "confidence", "scores": {"en": ..., "fr": ..., ...}}; "und" when unsure.
 */
class LangidCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("langid"); }
    QString description() const override {
        return QStringLiteral(
            "Tell the language of messages, one per stdin line (JSON Lines out).");
    }
    QString synopsis() const override { return QStringLiteral("< messages.txt"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;
};
