// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatCommand.h"

#include "LineReader.h"
#include "assistant/ChatController.h"
#include "providers/FlightProvider.h"
#include "storage/SessionStore.h"
#include "json/OfferJson.h"
#include "json/TravelRequestJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

void ChatCommand::addOptions(QCommandLineParser &parser) const {
    addProviderOptions(parser);
    parser.addOption(nowOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("One JSON object per reply.")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-history"),
                                        QStringLiteral("Do not keep the conversation.")));
}

int ChatCommand::run(const CliContext &context) {
    const QCommandLineParser &parser = context.parser;
    QString error;
    const auto now = nowFrom(parser, &error);
    if (!now) {
        printError(error);
        return ExitUsage;
    }
    std::unique_ptr<FlightProvider> provider = providerFrom(parser, now->date(), &error);
    if (!provider) {
        printError(QStringLiteral("booking-cli chat: ") + error);
        return ExitUsage;
    }
    std::unique_ptr<SessionStore> store;
    if (!parser.isSet(QStringLiteral("no-history"))) {
        StoreOpenResult opened;
        store = openHistory(historyConnection(context.dataDir), &opened);
        if (!store)
            printError(QStringLiteral("warning: the conversation will not be kept: ") +
                       opened.error);
    }
    ChatController controller(provider.get(), store.get());
    controller.setSource(QStringLiteral("cli"));
    // Every turn is judged at the given --now, so a scripted conversation is reproducible.
    controller.setClock([now] { return *now; });

    QList<ChatMessage> replies;
    QObject::connect(&controller, &ChatController::messageAdded, &controller,
                     [&replies](const ChatMessage &m) {
                         if (m.role == ChatMessage::Role::Assistant)
                             replies.append(m);
                     });
    const bool json = parser.isSet(QStringLiteral("json"));
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        replies.clear();
        if (line->trimmed().isEmpty()) {
            if (json)
                printLine(QStringLiteral("{\"error\":\"empty message\"}"));
            continue;
        }
        QEventLoop loop;
        QObject::connect(&controller, &ChatController::turnFinished, &loop, &QEventLoop::quit);
        if (controller.submit(*line))
            loop.exec();
        printTurn(controller, replies, json);
    }
    return ExitOk;
}

void ChatCommand::printTurn(const ChatController &controller, const QList<ChatMessage> &replies,
                            bool json) const {
    QStringList texts;
    for (const ChatMessage &m : replies)
        texts << m.text;
    if (!json) {
        for (const QString &text : texts)
            printLine(QStringLiteral("> ") + text);
        return;
    }
    QJsonArray offers;
    const bool searched = controller.lastAction() == QLatin1String("search") ||
                          controller.lastAction() == QLatin1String("refine");
    if (searched) {
        for (const FlightOffer &offer : controller.offers())
            offers.append(OfferJson::toJson(offer));
    }
    const QJsonObject out{
        {QStringLiteral("reply"), texts.join(u'\n')},
        {QStringLiteral("language"), controller.state().language()},
        {QStringLiteral("action"), controller.lastAction()},
        {QStringLiteral("state"), TravelRequestJson::stateToJson(controller.state().settled())},
        {QStringLiteral("offers"), offers},
    };
    printLine(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
}
