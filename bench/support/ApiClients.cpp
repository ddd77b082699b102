// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClients.h"

#include "ChildRun.h"
#include "SandboxProcess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>

namespace {

constexpr int ChildTimeoutMs = 10 * 60 * 1000;

struct Client {
    QString key;   ///< "ours-duffel"
    QString api;   ///< "duffel" | "amadeus"
    QString label; ///< table row label
    QString program;
    QStringList args; ///< before --endpoint/--workload/--concurrency
    QString missing;  ///< why it cannot run (empty: it can)
    QString limiter;  ///< its client-side rate limit, when the worker does not report one
};

struct Measured {
    Client client;
    bool ok = false;
    QString error;
    int searches = 0;
    qint64 offers = 0;
    int errors = 0;
    double wallMs = 0;    ///< the worker's own timing of the workload
    double processMs = 0; ///< spawn to exit (startup and teardown included)
    double cpuMs = 0;
    qint64 rssKb = 0;
    QString limiter; ///< the client-side rate limit it ran with
    double offersPerCpuSecond() const { return cpuMs > 0 ? double(offers) / (cpuMs / 1000.0) : 0; }
};

QString benchDir() {
    return QStringLiteral(BOOKING_BENCH_DIR);
}

QString findPython(QString *missing) {
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("BOOKING_PYTHON");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        candidates << QStringLiteral("/usr/bin/python3");
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty() && !candidates.contains(onPath))
        candidates << onPath;
    for (const QString &python : candidates) {
        const ChildRun probe =
            ChildRun::run(python, {QStringLiteral("-c"), QStringLiteral("import aiohttp")}, 60000);
        if (probe.started && probe.exitCode == 0)
            return python;
    }
    *missing = candidates.isEmpty() ? QStringLiteral("python3") : QStringLiteral("python3-aiohttp");
    return {};
}

QList<Client> clients(const QString &self) {
    QString pythonMissing;
    const QString python = findPython(&pythonMissing);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const auto nodeMissing = [&](const char *package) -> QString {
        if (node.isEmpty())
            return QStringLiteral("node (Debian nodejs)");
        if (!QFileInfo::exists(benchDir() + QStringLiteral("/node_modules/") +
                               QLatin1String(package) + QStringLiteral("/package.json")))
            return QStringLiteral("npm package %1 (npm ci --prefix bench)")
                .arg(QLatin1String(package));
        return {};
    };
    const QString peers = benchDir() + QStringLiteral("/peers/");
    QList<Client> list;
    for (const QString &api : {QStringLiteral("duffel"), QStringLiteral("amadeus")}) {
        const bool duffel = api == QLatin1String("duffel");
        list.append({QStringLiteral("ours-") + api,
                     api,
                     duffel ? QStringLiteral("ours DuffelProvider")
                            : QStringLiteral("ours AmadeusProvider"),
                     self,
                     {QStringLiteral("--worker"), api},
                     {},
                     {}});
        list.append({QStringLiteral("node-") + api,
                     api,
                     duffel ? QStringLiteral("node @duffel/api") : QStringLiteral("node amadeus"),
                     node,
                     {peers + (duffel ? QStringLiteral("duffel_sdk.mjs")
                                      : QStringLiteral("amadeus_sdk.mjs"))},
                     nodeMissing(duffel ? "@duffel/api" : "amadeus"),
                     QStringLiteral("none (the SDK has none)")});
        list.append({QStringLiteral("py-") + api,
                     api,
                     QStringLiteral("python aiohttp"),
                     python,
                     {peers + QStringLiteral("aiohttp_client.py"), QStringLiteral("--api"), api},
                     python.isEmpty() ? pythonMissing : QString(),
                     QStringLiteral("none")});
    }
    return list;
}

Measured measure(const Client &client, const ApiClients::Options &options) {
    Measured m;
    m.client = client;
    SandboxProcess sandbox;
    if (!sandbox.start(options.cli, options.sandboxOptions)) {
        m.error = sandbox.error();
        return m;
    }
    QStringList args =
        client.args +
        QStringList{QStringLiteral("--endpoint"),    sandbox.endpoint().toString(),
                    QStringLiteral("--workload"),    options.workloadFile,
                    QStringLiteral("--concurrency"), QString::number(options.concurrency)};
    if (client.key.startsWith(QLatin1String("ours-")))
        args << QStringLiteral("--amadeus-limit") << options.amadeusLimit;
    const ChildRun run = ChildRun::run(client.program, args, ChildTimeoutMs);
    m.processMs = run.wallMs;
    m.cpuMs = run.cpuMs;
    m.rssKb = run.maxRssKb;
    if (!run.error.isEmpty()) {
        m.error = run.error;
        return m;
    }
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.constLast()).object();
    if (json.isEmpty()) {
        m.error = QStringLiteral("no result line: %1").arg(QString::fromUtf8(run.out.right(200)));
        return m;
    }
    m.searches = json.value(QStringLiteral("searches")).toInt();
    m.offers = json.value(QStringLiteral("offers")).toInteger();
    m.errors = json.value(QStringLiteral("errors")).toInt();
    m.wallMs = json.value(QStringLiteral("wall_ms")).toDouble();
    m.error = json.value(QStringLiteral("first_error")).toString();
    m.limiter = json.value(QStringLiteral("limiter")).toString(client.limiter);
    m.ok = m.searches == options.searches;
    return m;
}

void printRow(const Measured &m) {
    std::printf("  %-22s %9.0f %9.0f %9.0f %8.1f %8lld %6d %10.0f\n", qPrintable(m.client.label),
                m.wallMs, m.processMs, m.cpuMs, double(m.rssKb) / 1024.0,
                static_cast<long long>(m.offers), m.errors, m.offersPerCpuSecond());
    if (!m.limiter.isEmpty())
        std::printf("  %-22s rate limiter: %s\n", "", qPrintable(m.limiter));
    if (!m.error.isEmpty())
        std::printf("  %-22s first error: %s\n", "", qPrintable(m.error.left(240)));
}

/** "0.42x (leads)": ours/peer where lower is better (@p higherIsBetter false) or higher. */
QString ratio(double ours, double peer, bool higherIsBetter) {
    if (peer <= 0 || ours <= 0)
        return QStringLiteral("n/a");
    const double r = ours / peer;
    const bool leads = higherIsBetter ? r > 1.0 : r < 1.0;
    return QStringLiteral("%1x%2")
        .arg(r, 0, 'f', 2)
        .arg(leads ? QStringLiteral(" lead") : QStringLiteral(" BEHIND"));
}

} // namespace

namespace ApiClients {

int runAll(const Options &options) {
    std::printf("\nClients: %d searches (%d distinct), at most %d in flight, each client in its "
                "own process on a fresh sandbox\n",
                options.searches, options.distinct, options.concurrency);
    int status = 0;
    QList<Measured> results;
    for (const Client &client : clients(options.self)) {
        if (!options.only.isEmpty() && !options.only.contains(client.key))
            continue;
        if (!client.missing.isEmpty()) {
            std::printf("  %s (%s): not measured: %s is missing; install with tools/run-bench.sh\n",
                        qPrintable(client.label), qPrintable(client.api),
                        qPrintable(client.missing));
            continue;
        }
        std::fprintf(stderr, "bench_api: running %s (%s)...\n", qPrintable(client.label),
                     qPrintable(client.api));
        Measured m = measure(client, options);
        if (!m.ok) {
            std::printf("  %s (%s): failed: %s\n", qPrintable(client.label), qPrintable(client.api),
                        qPrintable(m.error.left(300)));
            status = 1;
        }
        results.append(m);
    }

    for (const QString &api : {QStringLiteral("duffel"), QStringLiteral("amadeus")}) {
        QList<Measured> rows;
        for (const Measured &m : results)
            if (m.client.api == api && m.ok)
                rows.append(m);
        if (rows.isEmpty())
            continue;
        std::printf("\n%s API (%s)\n", api == QLatin1String("duffel") ? "Duffel v2" : "Amadeus",
                    api == QLatin1String("duffel") ? "offer request + offer pages of 200"
                                                   : "token once, then GET flight-offers max=250");
        std::printf("  %-22s %9s %9s %9s %8s %8s %6s %10s\n", "client", "wall ms", "proc ms",
                    "CPU ms", "peak MB", "offers", "errors", "offers/CPUs");
        for (const Measured &m : rows)
            printRow(m);
        const Measured *ours = nullptr;
        for (const Measured &m : rows)
            if (m.client.key.startsWith(QLatin1String("ours-")))
                ours = &m;
        if (!ours)
            continue;
        for (const Measured &peer : rows) {
            if (&peer == ours)
                continue;
            std::printf(
                "  ours/%-17s wall %s, CPU %s, peak memory %s, offers per CPU-second %s\n",
                qPrintable(peer.client.label), qPrintable(ratio(ours->wallMs, peer.wallMs, false)),
                qPrintable(ratio(ours->cpuMs, peer.cpuMs, false)),
                qPrintable(ratio(double(ours->rssKb), double(peer.rssKb), false)),
                qPrintable(ratio(ours->offersPerCpuSecond(), peer.offersPerCpuSecond(), true)));
        }
    }
    std::printf("\nwall ms: the worker's own timing of the searches; proc ms: spawn to exit "
                "(runtime start-up included); CPU ms and peak MB: wait4() rusage of that process "
                "(user+system, ru_maxrss), start-up included.\n");
    return status;
}

} // namespace ApiClients
