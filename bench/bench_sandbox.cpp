// SPDX-License-Identifier: GPL-3.0-or-later
// Times the sandbox offer generator: the reference tables' load time, then the median and p95
// time to generate the offers of one search, per route. With --dump FROM TO DATE [RETURN] it
// prints the offers of that search instead (booking date: 30 days before DATE).
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxOfferGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace {
SearchRequest makeRequest(const QString &from, const QString &to, const QDate &date,
                          const QDate &back) {
    SearchRequest request;
    request.slices.append({from, to, date, {}, {}});
    if (back.isValid())
        request.slices.append({to, from, back, {}, {}});
    return request;
}

int dump(const QStringList &args, QTextStream &out) {
    const QDate date = QDate::fromString(args.value(3), Qt::ISODate);
    const QDate back = QDate::fromString(args.value(4), Qt::ISODate);
    const SandboxOfferGenerator generator;
    const SandboxResult result = generator.generateChecked(
        makeRequest(args.value(1), args.value(2), date, back), date.addDays(-30));
    out << "status " << int(result.status) << ' ' << result.reason << ", " << result.offers.size()
        << " offers\n";
    for (const FlightOffer &offer : result.offers) {
        out << offer.id << ' ' << offer.totalAmount.amountString() << ' '
            << offer.totalAmount.currency() << ' ' << offer.ownerCode << '\n';
        for (const Slice &slice : offer.slices) {
            for (const Segment &s : slice.segments) {
                out << "    " << s.designator() << ' ' << s.origin << ' '
                    << s.departure.toString(Qt::ISODateWithMs) << ' ' << s.destination << ' '
                    << s.arrival.toString(Qt::ISODate) << ' ' << s.durationMinutes() << "min "
                    << s.aircraft << '\n';
            }
        }
    }
    return 0;
}

double percentile(QList<double> values, int pct) {
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, values.size() * pct / 100);
    return values.at(index);
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--dump"))
        return dump(args, out);

    QElapsedTimer timer;
    timer.start();
    const GeoDatabase &geo = GeoDatabase::instance();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const SandboxOfferGenerator generator(geo);
    const double setupMs = timer.nsecsElapsed() / 1e6;
    out << "tables load: " << loadMs << " ms (" << geo.airportCount() << " airports); generator "
        << "setup: " << setupMs << " ms\n";

    const QDate date(2026, 6, 12);
    const QDate booking = date.addDays(-30);
    const char *const routes[][2] = {{"LHR", "JFK"}, {"PAR", "ROM"}, {"LIS", "BER"},
                                     {"MUC", "MAD"}, {"SYD", "LAX"}, {"CDG", "NRT"},
                                     {"BES", "SVQ"}, {"LON", "NYC"}};
    const int runs = 200;
    for (bool roundTrip : {false, true}) {
        for (const auto &route : routes) {
            const SearchRequest request =
                makeRequest(QString::fromLatin1(route[0]), QString::fromLatin1(route[1]), date,
                            roundTrip ? date.addDays(7) : QDate());
            QList<double> times;
            qsizetype offers = 0;
            for (int i = 0; i < runs; ++i) {
                timer.restart();
                offers = generator.generate(request, booking).size();
                times.append(timer.nsecsElapsed() / 1e6);
            }
            out << route[0] << '-' << route[1] << (roundTrip ? " round trip" : " one way   ")
                << ": " << offers << " offers, median " << percentile(times, 50) << " ms, p95 "
                << percentile(times, 95) << " ms\n";
        }
    }
    return 0;
}
