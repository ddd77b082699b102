// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatesCommand.h"

#include "nlp/DateExpressionFinder.h"

#include <QJsonArray>
#include <QJsonObject>

void DatesCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(languageOption());
}

int DatesCommand::run(const CliContext &context) {
    const std::optional<TextOptions> options = textOptionsFrom(context.parser);
    if (!options)
        return ExitUsage;
    printJsonLines([&options](const QString &line) {
        QJsonArray dates;
        for (const DateExpression &e :
             DateExpressionFinder::find(line, options->now, options->language))
            dates.append(e.toJson());
        return QJsonObject{{QStringLiteral("text"), line}, {QStringLiteral("dates"), dates}};
    });
    return ExitOk;
}
