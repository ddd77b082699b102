// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "domain/ChatMessage.h"

#include <QList>

class ChatController;

/** `chat`: one user message per stdin line through the same engine as the app. */
class ChatCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("chat"); }
    QString description() const override {
        return QStringLiteral("Talk to the assistant, one message per stdin line.");
    }
    QString synopsis() const override {
        return QStringLiteral("[--provider P] [--now T] [--json] [--no-history] < messages.txt");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;

private:
    void printTurn(const ChatController &controller, const QList<ChatMessage> &replies,
                   bool json) const;
};
