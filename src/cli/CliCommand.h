// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <QDateTime>

#include <memory>

#include <cstdio>
#include <optional>

class FlightProvider;

/** Exit codes shared by every command. */
enum CliExit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/** What every command gets: the parsed options and the resolved data folder. */
struct CliContext {
    const QCommandLineParser &parser;
    QString dataDir;
};

/**
 * One `booking-cli` sub-command. addOptions() declares its options on the shared parser;
 * run() does the work and returns an exit code. Commands print machine output on stdout and
 * clear messages on stderr; they never crash on bad input.
 */
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    /** e.g. "[--now T] < lines" for the help text. */
    virtual QString synopsis() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(const CliContext &context) = 0;

    /** Writes @p text and a newline, UTF-8, to stdout (flushed, so pipes see it at once). */
    static void printLine(const QString &text);
    static void printError(const QString &text);
    /** --provider and --endpoint, for the commands that search. */
    static void addProviderOptions(QCommandLineParser &parser);
    /** The provider chosen with --provider/--endpoint, pricing as of @p today; null and @p error if
     * none. */
    static std::unique_ptr<FlightProvider> providerFrom(const QCommandLineParser &parser,
                                                        const QDate &today, QString *error);
    /** The --lang option of the text commands: auto (default) or en, fr, de, es, it, pt. */
    static QCommandLineOption languageOption();
    /** Reads --lang; nullopt and a message in @p error when it is not one of the known values. */
    static std::optional<QString> languageFrom(const QCommandLineParser &parser, QString *error);
    /** The --now option every text command takes (ISO 8601 with an offset; default: now, local). */
    static QCommandLineOption nowOption();
    /** Reads --now; an error message in @p error when it is malformed (nullopt returned). */
    static std::optional<QDateTime> nowFrom(const QCommandLineParser &parser, QString *error);
};
