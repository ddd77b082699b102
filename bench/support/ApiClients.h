// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Part 2 of bench_api: every client of both APIs, each in its own process on a freshly started
 * sandbox (cold server cache for all), and the comparison table. Clients: "ours-duffel",
 * "node-duffel", "py-duffel", "ours-amadeus", "node-amadeus", "py-amadeus". A client whose
 * runtime is missing (node, bench/node_modules, python3-aiohttp) gets a "not measured" line.
 */
namespace ApiClients {
struct Options {
    QString cli;                ///< booking-cli
    QStringList sandboxOptions; ///< --latency .. --jitter .. --offers ..
    QString workloadFile;       ///< ApiWorkload::toJson
    int searches = 200;
    int distinct = 50;
    int concurrency = 32;
    QString self;                                  ///< this program, re-executed with --worker
    QStringList only;                              ///< empty: every client
    QString amadeusLimit = QStringLiteral("auto"); ///< our worker's --amadeus-limit
};

/** Runs the clients and prints the table; 0 when every measured client completed its run. */
int runAll(const Options &options);
} // namespace ApiClients
