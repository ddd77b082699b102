// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCommand.h"

#include "SandboxServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

extern "C" void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#else
extern "C" void onSignal(int) {
    QCoreApplication::quit(); // best effort where there are no self-pipes
}
#endif

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min,
                             int max, QString *error) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 needs a whole number from %2 to %3 (got \"%4\")")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}
} // namespace

QString SandboxCommand::description() const {
    return QStringLiteral("Serve the Duffel v2 and Amadeus APIs from the sandbox on 127.0.0.1, "
                          "with fault injection; prints \"listening on http://127.0.0.1:PORT\" "
                          "first and runs until SIGINT/SIGTERM (any non-empty token or client "
                          "id/secret is accepted).");
}

void SandboxCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(QCommandLineOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1 (0: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("latency"),
                                        QStringLiteral("Delay every response by MS."),
                                        QStringLiteral("MS"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("jitter"),
                                        QStringLiteral("Plus or minus up to MS on the latency."),
                                        QStringLiteral("MS"), QStringLiteral("0")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("faults"), FaultPlan::grammar(), QStringLiteral("SPEC")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the random faults and jitter."),
                                        QStringLiteral("N"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("offers"),
        QStringLiteral("Exactly N offers a search (cut or padded); 0: the generator's count."),
        QStringLiteral("N"), QStringLiteral("0")));
}

int SandboxCommand::run(const CliContext &context) {
    const QCommandLineParser &parser = context.parser;
    QString error;
    const auto port = intOption(parser, QStringLiteral("port"), 0, 65535, &error);
    const auto latency =
        port ? intOption(parser, QStringLiteral("latency"), 0, 600000, &error) : std::nullopt;
    const auto jitter =
        latency ? intOption(parser, QStringLiteral("jitter"), 0, 600000, &error) : std::nullopt;
    const auto offers =
        jitter ? intOption(parser, QStringLiteral("offers"), 0, 10000, &error) : std::nullopt;
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (offers && !seedOk)
        error = QStringLiteral("--seed needs a whole number (got \"%1\")")
                    .arg(parser.value(QStringLiteral("seed")));
    std::optional<FaultPlan> plan = FaultPlan();
    if (error.isEmpty() && parser.isSet(QStringLiteral("faults")))
        plan = FaultPlan::parse(parser.value(QStringLiteral("faults")), &error);
    if (!error.isEmpty()) {
        printError(QStringLiteral("booking-cli sandbox: ") + error);
        return ExitUsage;
    }

    SandboxServer server;
    server.setFaultPlan(*plan);
    server.setSeed(seed);
    server.setLatency(*latency, *jitter);
    server.setOffersPerSearch(*offers);
    if (!server.listen(quint16(*port))) {
        printError(QStringLiteral("booking-cli sandbox: cannot listen on 127.0.0.1:%1: %2")
                       .arg(*port)
                       .arg(server.errorString()));
        return ExitFailure;
    }

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        printError(QStringLiteral("booking-cli sandbox: cannot set up signal handling"));
        return ExitFailure;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
#endif
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    printLine(QStringLiteral("listening on http://127.0.0.1:%1").arg(server.port()));
    QCoreApplication::exec();
    server.close();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return ExitOk;
}
