// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthCommand.h"

#include "diagnostics/HealthCheck.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/HistoryConnection.h"
#include "util/CredentialLoader.h"
#include "util/NetworkAccess.h"

#include <QJsonDocument>

void HealthCommand::addOptions(QCommandLineParser &parser) const {
    addProviderOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("samples"),
                                        QStringLiteral("Calls timed for the latency, 1 to 50 "
                                                       "(default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
}

int HealthCommand::run(const CliContext &context) {
    const QCommandLineParser &parser = context.parser;
    bool numeric = false;
    const int samples = parser.value(QStringLiteral("samples")).toInt(&numeric);
    if (!numeric || samples < 1 || samples > 50) {
        printError(QStringLiteral("booking-cli health: --samples needs a whole number from 1 to "
                                  "50 (got \"%1\")")
                       .arg(parser.value(QStringLiteral("samples"))));
        return ExitUsage;
    }
    const QString id = parser.value(QStringLiteral("provider"));
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    const QDate today = QDate::currentDate();

    // One keychain for the credentials and the keychain check: its jobs run one at a time.
    KeychainSecretStore keychain;
    HealthCheck check;
    check.setSampleCount(samples);
    // The history where the app keeps it: the SQLite file, or the PostgreSQL server (probed
    // with its password, which the report never shows).
    HistoryConnection history = historyConnection(context.dataDir);
    history.password = historyPassword(history, &keychain);
    check.setHistoryConnection(history);
    check.setSecretStore(&keychain);
    check.setToday([today] { return today; });

    std::unique_ptr<FlightProvider> provider;
    ProviderCredentials credentials;
    QString problem;
    if (!loadCredentials(id, &credentials, &problem, &keychain)) {
        // Missing credentials are a finding of the health check, not a usage error.
        check.setProviderProblem(id, problem);
    } else {
        QString error;
        provider = ProviderFactory::create(
            id, endpoint, [today] { return today; }, credentials, &error,
            NetworkAccess::forCurrentThread());
        if (!provider) {
            printError(QStringLiteral("booking-cli health: ") + error);
            return ExitUsage;
        }
        check.setProvider(provider.get());
    }

    check.start();
    if (check.isRunning())
        waitFor(&check, &HealthCheck::finished);
    const HealthReport report = check.report();

    if (parser.isSet(QStringLiteral("json")))
        printLine(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    else
        printText(report);
    return report.ok() ? ExitOk : ExitFailure;
}

void HealthCommand::printText(const HealthReport &report) {
    for (const HealthReport::Check &check : report.checks) {
        QStringList numbers;
        for (auto it = check.numbers.cbegin(); it != check.numbers.cend(); ++it)
            numbers.append(QStringLiteral("%1=%2").arg(it.key(), it.value().toString()));
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(HealthReport::statusName(check.status), -7)
                           .arg(check.name, -13)
                           .arg(check.message);
        if (!numbers.isEmpty())
            line += QStringLiteral(" [%1]").arg(numbers.join(QLatin1Char(' ')));
        printLine(line);
    }
    printLine(report.ok() ? (report.hasWarnings() ? QStringLiteral("healthy, with warnings")
                                                  : QStringLiteral("healthy"))
                          : QStringLiteral("unhealthy: a check failed"));
}
