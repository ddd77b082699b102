// SPDX-License-Identifier: GPL-3.0-or-later
// The API client benchmark of issue 4, against `booking-cli sandbox` on 127.0.0.1 (100 ms +- 20 ms
// latency, 250 offers a search by default):
//  1. mapping alone: QJsonDocument and our Duffel/Amadeus offer mapping on one 250-offer search
//     (DESIGN budget: 250 Duffel offers under 15 ms), beside simdjson when it is built in;
//  2. the same workload (200 searches: 50 distinct ones x 4, at most 32 in flight) with each
//     client in its own process, on a freshly started sandbox each: ours (DuffelProvider,
//     AmadeusProvider: this program re-executed with --worker), the official Node SDKs
//     (@duffel/api 4.x, amadeus 11.x; bench/package.json) and a Python aiohttp client.
//     Each child's CPU time and peak RSS come from wait4() on its pid; the table shows wall
//     time, CPU time, peak memory and offers mapped per CPU-second, and our ratios to each peer.
// A peer whose runtime is missing is reported as not measured (tools/run-bench.sh installs it).
// Options: --searches N (200), --distinct N (50), --concurrency N (32), --latency MS (100),
// --jitter MS (20), --offers N (250), --rounds N (mapping runs, 30), --cli PATH (booking-cli),
// --only LIST (comma-separated: ours-duffel,node-duffel,py-duffel,ours-amadeus,node-amadeus,
// py-amadeus), --no-mapping, --amadeus-limit auto|off|R/MS (our AmadeusProvider's client-side
// limit; auto: as ProviderFactory sets it, none on the loopback sandbox).
// Worker mode (internal): --worker duffel|amadeus --endpoint URL --workload FILE [--concurrency N]
#include "support/ApiBodies.h"
#include "support/ApiClients.h"
#include "support/ApiWorkload.h"
#include "support/MappingBench.h"
#include "support/OurApiWorker.h"
#include "support/SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace {

QString defaultCli() {
    const QString env = qEnvironmentVariable("BOOKING_CLI");
    if (!env.isEmpty())
        return env;
    const QString built = QStringLiteral(BOOKING_CLI_PATH);
    if (QFileInfo(built).isExecutable())
        return built;
    // Next to the bench binary in a build tree: <build>/bench/bench_api -> <build>/src/cli/.
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../src/cli/booking-cli");
}

int intValue(const QCommandLineParser &parser, const char *name, int fallback, int min, int max) {
    bool ok = false;
    const int value = parser.value(QLatin1String(name)).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // in order with the progress lines on stderr
    QCommandLineParser parser;
    const auto option = [&](const char *name, const char *help, const char *fallback) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                            QStringLiteral("V"), QLatin1String(fallback)));
    };
    option("searches", "Searches per client.", "200");
    option("distinct", "Distinct searches in the workload.", "50");
    option("concurrency", "Searches in flight.", "32");
    option("latency", "Sandbox latency in ms.", "100");
    option("jitter", "Sandbox jitter in ms.", "20");
    option("offers", "Offers per search.", "250");
    option("rounds", "Runs of each mapping timing.", "30");
    option("cli", "booking-cli to start the sandbox with.", "");
    option("only", "Comma-separated clients to run.", "");
    option("worker", "(internal) run our client for this API.", "");
    option("endpoint", "(internal) sandbox URL for --worker.", "");
    option("workload", "(internal) workload JSON file for --worker.", "");
    option("amadeus-limit", "Our Amadeus rate limit: auto, off or R/MS.", "auto");
    parser.addOption(
        QCommandLineOption(QStringLiteral("no-mapping"), QStringLiteral("Skip part 1.")));
    parser.addHelpOption();
    parser.process(app);
    const int concurrency = intValue(parser, "concurrency", 32, 1, 1000);

    if (parser.isSet(QStringLiteral("worker"))) {
        QFile file(parser.value(QStringLiteral("workload")));
        const QList<ApiSearch> searches = file.open(QIODevice::ReadOnly)
                                              ? ApiWorkload::fromJson(file.readAll())
                                              : QList<ApiSearch>();
        if (searches.isEmpty()) {
            std::fprintf(stderr, "bench_api worker: no workload in %s\n",
                         qPrintable(file.fileName()));
            return 2;
        }
        return OurApiWorker::run(parser.value(QStringLiteral("worker")),
                                 QUrl(parser.value(QStringLiteral("endpoint"))), searches,
                                 concurrency, parser.value(QStringLiteral("amadeus-limit")));
    }

    const QString cli = parser.value(QStringLiteral("cli")).isEmpty()
                            ? defaultCli()
                            : parser.value(QStringLiteral("cli"));
    const int offers = intValue(parser, "offers", 250, 0, 10000);
    const QStringList sandboxOptions = {
        QStringLiteral("--latency"), QString::number(intValue(parser, "latency", 100, 0, 60000)),
        QStringLiteral("--jitter"),  QString::number(intValue(parser, "jitter", 20, 0, 60000)),
        QStringLiteral("--offers"),  QString::number(offers)};
    const QList<ApiSearch> searches = ApiWorkload::make(
        QDate::currentDate().addDays(30), intValue(parser, "searches", 200, 1, 100000),
        intValue(parser, "distinct", 50, 1, 1000));
    QTemporaryFile workload;
    if (!workload.open() || workload.write(ApiWorkload::toJson(searches)) < 0 ||
        !workload.flush()) {
        std::fprintf(stderr, "bench_api: cannot write the workload file\n");
        return 1;
    }
    std::printf("bench_api: sandbox %s %s\n", qPrintable(cli),
                qPrintable(sandboxOptions.join(u' ')));

    if (!parser.isSet(QStringLiteral("no-mapping"))) {
        SandboxProcess sandbox;
        if (!sandbox.start(cli, sandboxOptions)) {
            std::fprintf(stderr, "bench_api: %s\n", qPrintable(sandbox.error()));
            return 1;
        }
        const ApiBodies bodies = ApiBodies::fetch(sandbox.endpoint(), searches.constFirst());
        MappingBench::run(bodies, intValue(parser, "rounds", 30, 1, 10000));
    }

    ApiClients::Options clientOptions;
    clientOptions.cli = cli;
    clientOptions.sandboxOptions = sandboxOptions;
    clientOptions.workloadFile = workload.fileName();
    clientOptions.searches = int(searches.size());
    clientOptions.distinct = intValue(parser, "distinct", 50, 1, 1000);
    clientOptions.concurrency = concurrency;
    clientOptions.self = QCoreApplication::applicationFilePath();
    clientOptions.amadeusLimit = parser.value(QStringLiteral("amadeus-limit"));
    const QString only = parser.value(QStringLiteral("only"));
    if (!only.isEmpty())
        clientOptions.only = only.split(u',', Qt::SkipEmptyParts);
    return ApiClients::runAll(clientOptions);
}
