// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatesCommand.h"

#include "LineReader.h"
#include "ParseCommand.h"
#include "nlp/DateExpressionFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void DatesCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the texts (default auto)."),
                                        QStringLiteral("L"), QStringLiteral("auto")));
}

int DatesCommand::run(const CliContext &context) {
    QString error;
    const std::optional<QDateTime> now = nowFrom(context.parser, &error);
    if (!now) {
        printError(error);
        return ExitUsage;
    }
    const QString lang = context.parser.value(QStringLiteral("lang"));
    if (!ParseCommand::isKnownLanguage(lang)) {
        printError(QStringLiteral("--lang must be one of auto, en, fr, de, es, it, pt (got \"%1\")")
                       .arg(lang));
        return ExitUsage;
    }
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        QJsonArray dates;
        for (const DateExpression &e : DateExpressionFinder::find(*line, *now, lang))
            dates.append(e.toJson());
        const QJsonObject out{{QStringLiteral("text"), *line}, {QStringLiteral("dates"), dates}};
        printLine(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}
