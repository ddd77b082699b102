// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParseCommand.h"

#include "LineReader.h"
#include "nlp/RequestParser.h"
#include "json/TravelRequestJson.h"

#include <QJsonDocument>

bool ParseCommand::isKnownLanguage(const QString &lang) {
    static const QStringList known = {
        QStringLiteral("auto"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
        QStringLiteral("es"),   QStringLiteral("it"), QStringLiteral("pt")};
    return known.contains(lang);
}

void ParseCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(nowOption());
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the messages (default auto)."),
                                        QStringLiteral("L"), QStringLiteral("auto")));
}

int ParseCommand::run(const CliContext &context) {
    QString error;
    const std::optional<QDateTime> now = nowFrom(context.parser, &error);
    if (!now) {
        printError(error);
        return ExitUsage;
    }
    const QString lang = context.parser.value(QStringLiteral("lang"));
    if (!isKnownLanguage(lang)) {
        printError(QStringLiteral("--lang must be one of auto, en, fr, de, es, it, pt (got \"%1\")")
                       .arg(lang));
        return ExitUsage;
    }
    const RequestParser parser;
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        const TravelRequest request = parser.parse(*line, *now, lang);
        printLine(QString::fromUtf8(QJsonDocument(TravelRequestJson::toJson(request, *line))
                                        .toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}
