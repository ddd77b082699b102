// SPDX-License-Identifier: GPL-3.0-or-later
#include "LangidCommand.h"

#include "LineReader.h"
#include "nlp/LanguageIdentifier.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

/** Rounded to four decimals, so the output stays short and stable. */
double rounded(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

} // namespace

void LangidCommand::addOptions(QCommandLineParser &parser) const {
    Q_UNUSED(parser)
}

int LangidCommand::run(const CliContext &context) {
    Q_UNUSED(context)
    const LanguageIdentifier &identifier = LanguageIdentifier::instance();
    const QStringList &languages = LanguageIdentifier::languages();
    LineReader reader;
    while (const std::optional<QString> line = reader.next()) {
        const LanguageIdentifier::Result r = identifier.identify(*line);
        QJsonObject scores;
        for (int i = 0; i < LanguageIdentifier::LanguageCount; ++i)
            scores.insert(languages.at(i), rounded(r.scores[std::size_t(i)]));
        QJsonObject out;
        out.insert(QStringLiteral("text"), *line);
        out.insert(QStringLiteral("language"), r.language);
        out.insert(QStringLiteral("confidence"), rounded(r.confidence));
        out.insert(QStringLiteral("scores"), scores);
        printLine(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}
