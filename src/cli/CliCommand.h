// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

#include <cstdio>
#include <optional>

class FlightProvider;
class SecretStore;
struct ProviderCredentials;

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
    /**
     * The provider chosen with --provider/--endpoint, pricing as of @p today, on this thread's
     * shared QNetworkAccessManager; null and @p error if none. Duffel and Amadeus credentials
     * come from loadCredentials() (the keychain, then the environment); the sandbox needs none.
     */
    static std::unique_ptr<FlightProvider> providerFrom(const QCommandLineParser &parser,
                                                        const QDate &today, QString *error);
    /**
     * Loads what @p providerId needs to sign in: from the keychain first, then from
     * BOOKING_DUFFEL_TOKEN / BOOKING_AMADEUS_CLIENT_ID / BOOKING_AMADEUS_CLIENT_SECRET. Waits in
     * a local event loop (the CLI's top level only), at most the loader's keychain timeout.
     * Touches no keychain for a provider that needs nothing ("sandbox"). False and a sentence
     * naming the variables and the app's settings in @p error when something is missing.
     * @p store is the keychain to read (null: a KeychainSecretStore of the app's service).
     */
    static bool loadCredentials(const QString &providerId, ProviderCredentials *credentials,
                                QString *error, SecretStore *store = nullptr);
    /** The --lang option of the text commands: auto (default) or en, fr, de, es, it, pt. */
    static QCommandLineOption languageOption();
    /** Reads --lang; nullopt and a message in @p error when it is not one of the known values. */
    static std::optional<QString> languageFrom(const QCommandLineParser &parser, QString *error);
    /** The --now option every text command takes (ISO 8601 with an offset; default: now, local). */
    static QCommandLineOption nowOption();
    /** Reads --now; an error message in @p error when it is malformed (nullopt returned). */
    static std::optional<QDateTime> nowFrom(const QCommandLineParser &parser, QString *error);

    /** What --now and --lang of a text command asked for. */
    struct TextOptions {
        QDateTime now;
        QString language;
    };
    /** Reads --now and --lang; prints the usage error and returns nullopt when one is bad. */
    static std::optional<TextOptions> textOptionsFrom(const QCommandLineParser &parser);
    /** Reads standard input line by line (LineReader) and prints @p toJson of each line as one
     * JSON Lines object, in input order. */
    static void printJsonLines(const std::function<QJsonObject(const QString &line)> &toJson);
};
