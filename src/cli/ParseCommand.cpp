// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParseCommand.h"

#include "nlp/RequestParser.h"
#include "json/TravelRequestJson.h"

void ParseCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(languageOption());
}

int ParseCommand::run(const CliContext &context) {
    const std::optional<TextOptions> options = textOptionsFrom(context.parser);
    if (!options)
        return ExitUsage;
    const RequestParser parser;
    printJsonLines([&](const QString &line) {
        return TravelRequestJson::toJson(parser.parse(line, options->now, options->language), line);
    });
    return ExitOk;
}
