// SPDX-License-Identifier: GPL-3.0-or-later
#include "LangidCommand.h"

#include "nlp/LanguageIdentifier.h"

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
    printJsonLines([&](const QString &line) {
        const LanguageIdentifier::Result r = identifier.identify(line);
        QJsonObject scores;
        for (int i = 0; i < LanguageIdentifier::LanguageCount; ++i)
            scores.insert(languages.at(i), rounded(r.scores[std::size_t(i)]));
        return QJsonObject{{QStringLiteral("text"), line},
                           {QStringLiteral("language"), r.language},
                           {QStringLiteral("confidence"), rounded(r.confidence)},
                           {QStringLiteral("scores"), scores}};
    });
    return ExitOk;
}
