// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"

void CliCommand::printLine(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliCommand::printError(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QCommandLineOption CliCommand::nowOption() {
    return QCommandLineOption(QStringLiteral("now"),
                              QStringLiteral("Reference time, ISO 8601 with an offset "
                                             "(default: the current local time)."),
                              QStringLiteral("T"));
}

std::optional<QDateTime> CliCommand::nowFrom(const QCommandLineParser &parser, QString *error) {
    if (!parser.isSet(QStringLiteral("now"))) {
        const QDateTime local = QDateTime::currentDateTime();
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }
    const QString text = parser.value(QStringLiteral("now"));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() != Qt::OffsetFromUTC) {
        if (error)
            *error = QStringLiteral("--now needs an ISO 8601 time with an offset, such as "
                                    "2026-11-29T10:00:00+01:00 (got \"%1\")")
                         .arg(text);
        return std::nullopt;
    }
    return t;
}

void CliCommand::addProviderOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("provider"),
                                        QStringLiteral("sandbox (default), duffel or amadeus."),
                                        QStringLiteral("P"), QStringLiteral("sandbox")));
    parser.addOption(QCommandLineOption(QStringLiteral("endpoint"),
                                        QStringLiteral("Base URL replacing the provider's."),
                                        QStringLiteral("URL")));
}

std::unique_ptr<FlightProvider> CliCommand::providerFrom(const QCommandLineParser &parser,
                                                         const QDate &today, QString *error) {
    return ProviderFactory::create(
        parser.value(QStringLiteral("provider")), parser.value(QStringLiteral("endpoint")),
        [today] { return today; }, error);
}

QCommandLineOption CliCommand::languageOption() {
    return QCommandLineOption(QStringLiteral("lang"),
                              QStringLiteral("Language of the input lines (default auto)."),
                              QStringLiteral("L"), QStringLiteral("auto"));
}

std::optional<QString> CliCommand::languageFrom(const QCommandLineParser &parser, QString *error) {
    static const QStringList known = {
        QStringLiteral("auto"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
        QStringLiteral("es"),   QStringLiteral("it"), QStringLiteral("pt")};
    const QString lang = parser.value(QStringLiteral("lang"));
    if (known.contains(lang))
        return lang;
    if (error)
        *error = QStringLiteral("--lang must be one of auto, en, fr, de, es, it, pt (got \"%1\")")
                     .arg(lang);
    return std::nullopt;
}
