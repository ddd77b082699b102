// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatesCommand.h"

#include "LineReader.h"
#include "nlp/DateExpressionFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void DatesCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(languageOption());
}

int DatesCommand::run(const CliContext &context) {
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
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        QJsonArray dates;
        for (const DateExpression &e : DateExpressionFinder::find(*line, *now, *lang))
            dates.append(e.toJson());
        const QJsonObject out{{QStringLiteral("text"), *line}, {QStringLiteral("dates"), dates}};
        printLine(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}
