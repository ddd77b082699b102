// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <functional>
#include <memory>

#include <cstdio>
#include <optional>

class FlightProvider;
class SecretStore;
class SessionStore;
struct HistoryConnection;
struct ProviderCredentials;
struct StoreOpenResult;

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
    /**
     * Where the history of @p dataDir is kept, as the app's settings say (settings.ini of the
     * data folder, HistorySettings): the folder's SQLite file unless a PostgreSQL database was
     * chosen there. Without its password (see historyPassword()).
     */
    static HistoryConnection historyConnection(const QString &dataDir);
    /**
     * The password of a PostgreSQL @p connection: BOOKING_HISTORY_PASSWORD when that variable
     * is set (even to nothing), else what the keychain holds under connection.secretKey()
     * (waiting in a local event loop, the CLI's top level only, at most 20 s); empty when
     * neither has one (the server may still trust the user) and always for SQLite. Never
     * printed nor logged. @p store is the keychain (null: a KeychainSecretStore of the app's
     * service).
     */
    static QString historyPassword(const HistoryConnection &connection,
                                   SecretStore *store = nullptr);
    /**
     * Opens the history where @p connection says, with historyPassword() for PostgreSQL: the
     * open store, or null when it could not be opened. @p opened receives the outcome (its
     * error is a sentence without the password; for a PostgreSQL login refused without any
     * password it names BOOKING_HISTORY_PASSWORD). Blocks until the open is done.
     */
    static std::unique_ptr<SessionStore> openHistory(const HistoryConnection &connection,
                                                     StoreOpenResult *opened,
                                                     SecretStore *store = nullptr);
    /**
     * Runs a local event loop (the CLI's top level only: it blocks no window) until @p sender
     * emits @p signal, or @p timeoutMs passes (<= 0: no limit). True if the signal came. Call it
     * only while the signal is still to come.
     */
    template <typename Sender, typename Signal>
    static bool waitFor(const Sender *sender, Signal signal, int timeoutMs = 0) {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
        if (timeoutMs > 0)
            QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
        return loop.exec() == 0;
    }
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
