// SPDX-License-Identifier: GPL-3.0-or-later
// Parses a few hundred varied chat messages on one thread and prints the median and p95 time
// per message in microseconds (DESIGN section 6: median under 50 µs).
#include "nlp/RequestParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

QStringList messages() {
    QStringList list = {
        QStringLiteral("LHR to JFK on 2026-12-10"),
        QStringLiteral("Paris to Lisbon next Friday, 2 adults, back on Sunday"),
        QStringLiteral("I want to fly from New York to Los Angeles tomorrow morning"),
        QStringLiteral("flights from San Francisco to Rio de Janeiro from 3 to 10 June"),
        QStringLiteral("Heathrow to Charles de Gaulle one way business class"),
        QStringLiteral("fly to Nice with my wife under 500€"),
        QStringLiteral("me and my wife and 2 kids to Orlando in two weeks, nonstop please"),
        QStringLiteral("hello"),
        QStringLiteral("make it Tuesday instead"),
        QStringLiteral("cheapest return ticket Berlin-Rome on AF, max 400 EUR"),
        QStringLiteral("to Tokyo from London via Helsinki after 6pm on friday"),
        QStringLiteral("family of four, premium economy, Dec 20 to Jan 3, budget 1,000 GBP"),
        QStringLiteral("what can you do?"),
        QStringLiteral("vuelo de Madrid a Barcelona mañana"),
    };
    // Real user turns, when the development corpus is at hand.
    QFile file(QStringLiteral(BOOKING_SHARED_DIR "/nlp-dev/sgd_flights_dev_user_turns.jsonl"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd() && list.size() < 400) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            list.append(o.value(QStringLiteral("utterance")).toString());
        }
    }
    return list;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-29T10:00:00+01:00"), Qt::ISODate);
    const RequestParser parser; // loads the tables once
    const QStringList texts = messages();
    const int rounds = 20;
    // Warm up.
    int sink = 0;
    for (const QString &t : texts)
        sink += parser.parse(t, now).isEmpty() ? 0 : 1;
    QList<double> micros;
    micros.reserve(texts.size() * rounds);
    QElapsedTimer timer;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &t : texts) {
            timer.start();
            const TravelRequest request = parser.parse(t, now);
            micros.append(double(timer.nsecsElapsed()) / 1000.0);
            sink += request.isEmpty() ? 0 : 1;
        }
    }
    std::sort(micros.begin(), micros.end());
    const double median = micros.at(micros.size() / 2);
    const double p95 = micros.at(qsizetype(double(micros.size()) * 0.95));
    std::printf("bench_parser: %lld messages x %d rounds\n", static_cast<long long>(texts.size()),
                rounds);
    std::printf("parse median %.1f us, p95 %.1f us, max %.1f us (budget: median < 50 us)\n", median,
                p95, micros.constLast());
    std::printf("(%d non-empty results)\n", sink);
    return 0;
}
