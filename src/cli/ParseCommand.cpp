// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParseCommand.h"

#include "LineReader.h"
#include "nlp/RequestParser.h"
#include "json/TravelRequestJson.h"

#include <QJsonDocument>

void ParseCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(languageOption());
}

int ParseCommand::run(const CliContext &context) {
    QString error;
    const std::optional<QDateTime> now = nowFrom(context.parser, &error);
    if (!now) {
        printError(error);
        return ExitUsage;
    }
    const std::optional<QString> lang = languageFrom(context.parser, &error);
    if (!lang) {
        printError(error);
        return ExitUsage;
    }
    const RequestParser parser;
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        const TravelRequest request = parser.parse(*line, *now, *lang);
        printLine(QString::fromUtf8(QJsonDocument(TravelRequestJson::toJson(request, *line))
                                        .toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}
