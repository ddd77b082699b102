// SPDX-License-Identifier: GPL-3.0-or-later
// booking-cli: the command-line face of Booking Assistant (DESIGN section 5).
#include "ChatCommand.h"
#include "CliCommand.h"
#include "DatesCommand.h"
#include "HealthCommand.h"
#include "HistoryCommand.h"
#include "LangidCommand.h"
#include "ParseCommand.h"
#include "SandboxCommand.h"
#include "SearchCommand.h"

#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <memory>
#include <vector>

namespace {
void addGlobalOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Where history and settings live."),
                                        QStringLiteral("DIR")));
    parser.addHelpOption();
    parser.addVersionOption();
}

QString overallHelp(const std::vector<std::unique_ptr<CliCommand>> &commands) {
    QString text = QStringLiteral(
        "Usage: booking-cli [--data-dir DIR] COMMAND [options]\n\n"
        "Booking Assistant from the command line: understand travel requests, search flight\n"
        "offers and review the history. Machine output is JSON Lines (UTF-8).\n\nCommands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command->name(), -8)
                    .arg(command->synopsis(), command->description());
    text += QStringLiteral("\nOptions every command takes:\n"
                           "  --data-dir DIR  where history and settings live (default: %1)\n"
                           "  --help          this help, or a command's own with COMMAND --help\n"
                           "  --version       print the version\n")
                .arg(QDir::toNativeSeparators(AppInfo::dataDir()));
    return text;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    AppInfo::configureApplication();
    AppInfo::installTranslations();
    // Keep stderr for what a script needs to read; QT_LOGGING_RULES can turn the details back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("booking.*.debug=false\nbooking.*.info=false"));

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ParseCommand>());
    commands.push_back(std::make_unique<DatesCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ChatCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<LangidCommand>());
    commands.push_back(std::make_unique<SandboxCommand>());
    commands.push_back(std::make_unique<HealthCommand>());

    // First pass: find the command (the first positional argument).
    QCommandLineParser probe;
    addGlobalOptions(probe);
    probe.parse(app.arguments());
    const QString name = probe.positionalArguments().value(0);
    CliCommand *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    if (!command) {
        if (probe.isSet(QStringLiteral("version"))) {
            CliCommand::printLine(QStringLiteral("booking-cli ") + AppInfo::version());
            return ExitOk;
        }
        if (name.isEmpty() || probe.isSet(QStringLiteral("help"))) {
            const QString help = overallHelp(commands);
            if (name.isEmpty() && !probe.isSet(QStringLiteral("help"))) {
                CliCommand::printError(help);
                return ExitUsage;
            }
            CliCommand::printLine(help);
            return ExitOk;
        }
        CliCommand::printError(
            QStringLiteral("booking-cli: unknown command \"%1\"; try booking-cli --help")
                .arg(name));
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    addGlobalOptions(parser);
    parser.addPositionalArgument(command->name(), command->synopsis());
    command->addOptions(parser);
    if (!parser.parse(app.arguments())) {
        CliCommand::printError(QStringLiteral("booking-cli %1: %2; try booking-cli %1 --help")
                                   .arg(command->name(), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliCommand::printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        CliCommand::printLine(QStringLiteral("booking-cli ") + AppInfo::version());
        return ExitOk;
    }
    const CliContext context{parser, AppInfo::dataDir(parser.value(QStringLiteral("data-dir")))};
    return command->run(context);
}
