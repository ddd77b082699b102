// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "LineReader.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/SessionStore.h"
#include "util/CredentialLoader.h"
#include "util/HistorySettings.h"
#include "util/NetworkAccess.h"
#include "util/ProviderSettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
/** How long the CLI waits for the keychain to give the history password (as CredentialLoader). */
constexpr int HistoryPasswordTimeoutMs = 20000;
} // namespace

std::optional<CliCommand::TextOptions>
CliCommand::textOptionsFrom(const QCommandLineParser &parser) {
    QString error;
    const std::optional<QDateTime> now = nowFrom(parser, &error);
    const std::optional<QString> language = now ? languageFrom(parser, &error) : std::nullopt;
    if (!now || !language) {
        printError(error);
        return std::nullopt;
    }
    return TextOptions{*now, *language};
}

void CliCommand::printJsonLines(const std::function<QJsonObject(const QString &line)> &toJson) {
    LineReader reader;
    while (const std::optional<QString> line = reader.next())
        printLine(QString::fromUtf8(QJsonDocument(toJson(*line)).toJson(QJsonDocument::Compact)));
}

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
    const QString id = parser.value(QStringLiteral("provider"));
    ProviderCredentials credentials;
    if (!loadCredentials(id, &credentials, error))
        return nullptr;
    return ProviderFactory::create(
        id, parser.value(QStringLiteral("endpoint")), [today] { return today; }, credentials, error,
        NetworkAccess::forCurrentThread());
}

bool CliCommand::loadCredentials(const QString &providerId, ProviderCredentials *credentials,
                                 QString *error, SecretStore *store) {
    const QStringList keys = CredentialLoader::keysFor(providerId);
    if (keys.isEmpty())
        return true; // the sandbox (or an unknown id, which the factory reports)
    std::unique_ptr<KeychainSecretStore> keychain;
    if (!store) {
        keychain = std::make_unique<KeychainSecretStore>();
        store = keychain.get();
    }
    CredentialLoader loader(store);
    loader.load(providerId);
    if (loader.isLoading())
        waitFor(&loader, &CredentialLoader::finished);
    *credentials = loader.credentials();
    if (loader.isComplete())
        return true;
    QStringList variables;
    for (const QString &key : loader.missingKeys())
        variables.append(CredentialLoader::environmentVariableFor(key));
    if (error) {
        const bool duffel = providerId == QLatin1String("duffel");
        *error = QStringLiteral("the %1 provider needs %2, and none was found in the keychain "
                                "or the environment: enter %3 in the app's settings (File > "
                                "Settings…), or set %4")
                     .arg(providerId,
                          duffel ? QStringLiteral("an access token")
                                 : QStringLiteral("a client id and secret"),
                          duffel ? QStringLiteral("it") : QStringLiteral("them"),
                          variables.join(QStringLiteral(" and ")));
        if (loader.keychainStatus() == SecretJob::Status::NoKeychain)
            *error += QStringLiteral(" (no keychain is available here, so the variables are the "
                                     "way)");
    }
    return false;
}

HistoryConnection CliCommand::historyConnection(const QString &dataDir) {
    const QSettings settings(ProviderSettings::settingsPathFor(dataDir), QSettings::IniFormat);
    return HistorySettings::load(settings, dataDir);
}

QString CliCommand::historyPassword(const HistoryConnection &connection, SecretStore *store) {
    if (!connection.isPostgreSql())
        return QString();
    if (qEnvironmentVariableIsSet("BOOKING_HISTORY_PASSWORD"))
        return qEnvironmentVariable("BOOKING_HISTORY_PASSWORD");
    std::unique_ptr<KeychainSecretStore> keychain;
    if (!store) {
        keychain = std::make_unique<KeychainSecretStore>();
        store = keychain.get();
    }
    // The job is ours: deleted here, which also wipes the value it read.
    const std::unique_ptr<SecretJob> job(store->read(connection.secretKey()));
    if (!job->isFinished())
        waitFor(job.get(), &SecretJob::finished, HistoryPasswordTimeoutMs);
    return job->isOk() ? job->value() : QString();
}

std::unique_ptr<SessionStore> CliCommand::openHistory(const HistoryConnection &connection,
                                                      StoreOpenResult *opened, SecretStore *store) {
    HistoryConnection withPassword = connection;
    withPassword.password = historyPassword(connection, store);
    const bool noPassword = withPassword.password.isEmpty();
    auto history = std::make_unique<SessionStore>(withPassword);
    *opened = history->open().result();
    if (opened->ok)
        return history;
    if (connection.isPostgreSql() && noPassword)
        opened->error += QStringLiteral(" (no password was found for %1: save it in the app's "
                                        "History Storage settings, or set "
                                        "BOOKING_HISTORY_PASSWORD)")
                             .arg(connection.displayName());
    return nullptr;
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
