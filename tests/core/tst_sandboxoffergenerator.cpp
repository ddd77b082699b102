// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxOfferGenerator.h"
#include "providers/sandbox/SandboxRouter.h"

#include <QSet>
#include <QTest>

#include <algorithm>

namespace {
const QDate Travel(2026, 6, 12); // a Friday
const QDate Booking = Travel.addDays(-30);

SearchRequest request(const QString &from, const QString &to, const QDate &date = Travel,
                      const QDate &back = QDate()) {
    SearchRequest r;
    r.slices.append({from, to, date, {}, {}});
    if (back.isValid())
        r.slices.append({to, from, back, {}, {}});
    return r;
}

qint64 medianUnits(const QList<FlightOffer> &offers) {
    QList<qint64> units;
    for (const FlightOffer &o : offers)
        units.append(o.totalAmount.units());
    std::sort(units.begin(), units.end());
    return units.isEmpty() ? 0 : units.at(units.size() / 2);
}

double blockEstimate(const QString &from, const QString &to) {
    const GeoDatabase &geo = GeoDatabase::instance();
    return GeoDatabase::distanceKm(*geo.airport(from), *geo.airport(to)) / 800.0 * 60.0 + 30.0;
}

void addRoutes() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const char *const routes[][2] = {{"LHR", "JFK"}, {"PAR", "ROM"}, {"LIS", "BER"},
                                     {"MUC", "MAD"}, {"SYD", "LAX"}, {"CDG", "NRT"},
                                     {"BES", "SVQ"}, {"NCE", "BOD"}, {"LON", "NYC"}};
    for (const auto &r : routes) {
        QTest::addRow("%s-%s", r[0], r[1])
            << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]);
    }
}
} // namespace

class TestSandboxOfferGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void determinism_data() { addRoutes(); }
    void determinism();
    void offerCount_data() { addRoutes(); }
    void offerCount();
    void timesAndDurations_data() { addRoutes(); }
    void timesAndDurations();
    void connectionsConnect_data() { addRoutes(); }
    void connectionsConnect();
    void nonstopFilter();
    void airlineFilter();
    void lowCostCarriersSellNoBusiness();
    void departureWindow();
    void maxPriceFilter();
    void priceMovesWithCabin();
    void priceMovesWithDaysToDeparture();
    void priceMovesWithWeekday();
    void passengersMultiplyFares();
    void currency_data();
    void currency();
    void roundTrip();
    void cityCodesUseTheirAirports();
    void unknownOrSameCity_data();
    void unknownOrSameCity();
    void noRoute();
};

void TestSandboxOfferGenerator::determinism() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    const SandboxOfferGenerator a;
    const SandboxOfferGenerator b;
    const SearchRequest r = request(from, to, Travel, Travel.addDays(9));
    const QList<FlightOffer> first = a.generate(r, Booking);
    const QList<FlightOffer> second = b.generate(r, Booking);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.size(), second.size());
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).id, second.at(i).id);
        QVERIFY(first.at(i) == second.at(i));
    }
    // Another booking date changes prices, not the flights on offer.
    const QList<FlightOffer> later = a.generate(r, Booking.addDays(20));
    QCOMPARE(later.size(), first.size());
}

void TestSandboxOfferGenerator::offerCount() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    const SandboxOfferGenerator generator;
    const SandboxResult result = generator.generateChecked(request(from, to), Booking);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QVERIFY2(result.offers.size() >= 20 && result.offers.size() <= 100,
             qPrintable(QString::number(result.offers.size())));
    QSet<QString> ids;
    for (const FlightOffer &o : result.offers) {
        QVERIFY(o.id.startsWith(u"sbx_"));
        ids.insert(o.id);
        QCOMPARE(o.provider, QStringLiteral("sandbox"));
        QVERIFY(o.isSandbox());
        QCOMPARE(o.cabin, CabinClass::Economy);
        QCOMPARE(o.slices.size(), 1);
        const Segment &lead = o.slices.first().segments.first();
        QCOMPARE(o.ownerCode, lead.carrier);
        QVERIFY(!o.ownerName.isEmpty());
        QVERIFY(o.totalAmount.isValid());
        QVERIFY(o.totalAmount.units() > 0);
        for (const Segment &s : o.slices.first().segments) {
            QVERIFY(GeoDatabase::instance().airline(s.carrier));
            QCOMPARE(s.carrierName, GeoDatabase::instance().airline(s.carrier)->name);
            QVERIFY(s.flightNumber.size() >= 1 && s.flightNumber.size() <= 4);
            QVERIFY(s.flightNumber.toInt() >= 1);
            QVERIFY(!s.aircraft.isEmpty());
        }
    }
    QCOMPARE(ids.size(), result.offers.size());
    for (int i = 1; i < result.offers.size(); ++i)
        QVERIFY(result.offers.at(i - 1).totalAmount.units() <=
                result.offers.at(i).totalAmount.units());
}

void TestSandboxOfferGenerator::timesAndDurations() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    const GeoDatabase &geo = GeoDatabase::instance();
    const QList<FlightOffer> offers = SandboxOfferGenerator().generate(request(from, to), Booking);
    QVERIFY(!offers.isEmpty());
    for (const FlightOffer &o : offers) {
        QCOMPARE(o.slices.first().departure().date(), Travel);
        for (const Segment &s : o.slices.first().segments) {
            QCOMPARE(s.departure.timeZone().id(), geo.airport(s.origin)->timeZone);
            QCOMPARE(s.arrival.timeZone().id(), geo.airport(s.destination)->timeZone);
            QVERIFY(s.departure < s.arrival);
            const double estimate = blockEstimate(s.origin, s.destination);
            QVERIFY2(s.durationMinutes() >= 0.8 * estimate && s.durationMinutes() <= 1.6 * estimate,
                     qPrintable(s.designator() + u' ' + QString::number(s.durationMinutes())));
            QCOMPARE(s.durationMinutes() % 5, 0);
            const QTime local = s.departure.time();
            QVERIFY(local >= QTime(6, 0) && local <= QTime(22, 30));
        }
    }
}

void TestSandboxOfferGenerator::connectionsConnect() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    const GeoDatabase &geo = GeoDatabase::instance();
    const SandboxOfferGenerator generator;
    const QList<const Airport *> origins = generator.airportsFor(from);
    const QList<const Airport *> destinations = generator.airportsFor(to);
    const QList<FlightOffer> offers = generator.generate(request(from, to), Booking);
    int connecting = 0;
    for (const FlightOffer &o : offers) {
        const Slice &slice = o.slices.first();
        QVERIFY(std::any_of(origins.cbegin(), origins.cend(),
                            [&](const Airport *a) { return a->code == slice.origin(); }));
        QVERIFY(std::any_of(destinations.cbegin(), destinations.cend(),
                            [&](const Airport *a) { return a->code == slice.destination(); }));
        QVERIFY(slice.stops() <= 1);
        const QString originCity = geo.airport(slice.origin())->cityCode;
        const QString destinationCity = geo.airport(slice.destination())->cityCode;
        for (int i = 1; i < slice.segments.size(); ++i) {
            ++connecting;
            const Segment &in = slice.segments.at(i - 1);
            const Segment &out = slice.segments.at(i);
            QCOMPARE(out.origin, in.destination);
            const qint64 layover = in.arrival.secsTo(out.departure) / 60;
            QVERIFY2(layover >= 45 && layover < 8 * 60, qPrintable(QString::number(layover)));
            const QString hubCity = geo.airport(out.origin)->cityCode;
            QVERIFY(hubCity != originCity);
            QVERIFY(hubCity != destinationCity);
        }
    }
    QVERIFY(connecting > 0);
}

void TestSandboxOfferGenerator::nonstopFilter() {
    SearchRequest r = request(QStringLiteral("LHR"), QStringLiteral("JFK"));
    r.maxConnections = 0;
    const QList<FlightOffer> offers = SandboxOfferGenerator().generate(r, Booking);
    QVERIFY(offers.size() >= 5);
    for (const FlightOffer &o : offers)
        QCOMPARE(o.maxStops(), 0);
    // Tiny airports far apart have no non-stop at all.
    SearchRequest thin = request(QStringLiteral("BES"), QStringLiteral("SVQ"));
    thin.maxConnections = 0;
    const SandboxResult result = SandboxOfferGenerator().generateChecked(thin, Booking);
    QVERIFY(result.isOk());
    QVERIFY(result.offers.isEmpty());
}

void TestSandboxOfferGenerator::lowCostCarriersSellNoBusiness() {
    // Europe's low-cost carriers fly PAR-LIS and PAR-ROM in economy, but sell no business seats.
    const QStringList lowCost = {QStringLiteral("FR"), QStringLiteral("U2"), QStringLiteral("W6"),
                                 QStringLiteral("VY"), QStringLiteral("TO")};
    for (const QString &to : {QStringLiteral("LIS"), QStringLiteral("ROM")}) {
        SearchRequest r = request(QStringLiteral("PAR"), to);
        bool economyHasLowCost = false;
        for (const FlightOffer &o : SandboxOfferGenerator().generate(r, Booking))
            economyHasLowCost = economyHasLowCost || lowCost.contains(o.ownerCode);
        QVERIFY(economyHasLowCost);
        r.cabin = CabinClass::Business;
        const QList<FlightOffer> offers = SandboxOfferGenerator().generate(r, Booking);
        QVERIFY(offers.size() >= 20);
        for (const FlightOffer &o : offers) {
            for (const Segment &s : o.slices.first().segments)
                QVERIFY2(!lowCost.contains(s.carrier), qPrintable(s.designator()));
        }
    }
}

void TestSandboxOfferGenerator::airlineFilter() {
    SearchRequest r = request(QStringLiteral("PAR"), QStringLiteral("ROM"));
    r.airlines = {QStringLiteral("AF")};
    const QList<FlightOffer> offers = SandboxOfferGenerator().generate(r, Booking);
    QVERIFY(!offers.isEmpty());
    for (const FlightOffer &o : offers) {
        QCOMPARE(o.ownerCode, QStringLiteral("AF"));
        QCOMPARE(o.ownerName, QStringLiteral("Air France"));
        for (const Segment &s : o.slices.first().segments)
            QCOMPARE(s.carrier, QStringLiteral("AF"));
    }
}

void TestSandboxOfferGenerator::departureWindow() {
    SearchRequest r = request(QStringLiteral("MUC"), QStringLiteral("MAD"));
    r.slices[0].earliestDeparture = QTime(17, 0);
    r.slices[0].latestDeparture = QTime(21, 0);
    const QList<FlightOffer> offers = SandboxOfferGenerator().generate(r, Booking);
    QVERIFY(!offers.isEmpty());
    for (const FlightOffer &o : offers) {
        const QTime t = o.slices.first().departure().time();
        QVERIFY2(t >= QTime(17, 0) && t <= QTime(21, 0), qPrintable(t.toString()));
    }
}

void TestSandboxOfferGenerator::maxPriceFilter() {
    const SandboxOfferGenerator generator;
    SearchRequest r = request(QStringLiteral("LIS"), QStringLiteral("BER"));
    const QList<FlightOffer> all = generator.generate(r, Booking);
    const qint64 median = medianUnits(all);
    r.maxPrice = Money::fromUnits(median, QStringLiteral("EUR"));
    const QList<FlightOffer> cheap = generator.generate(r, Booking);
    QVERIFY(!cheap.isEmpty());
    QVERIFY(cheap.size() < all.size());
    for (const FlightOffer &o : cheap)
        QVERIFY(o.totalAmount.units() <= median);
    // A ceiling in another currency is converted; an unknown currency is refused.
    r.maxPrice = Money::fromUnits(median * 2, QStringLiteral("USD"));
    QVERIFY(!generator.generate(r, Booking).isEmpty());
    r.maxPrice = Money::fromUnits(median, QStringLiteral("XYZ"));
    QCOMPARE(generator.generateChecked(r, Booking).status,
             SandboxResult::Status::UnsupportedCurrency);
}

void TestSandboxOfferGenerator::priceMovesWithCabin() {
    const SandboxOfferGenerator generator;
    const QList<QPair<QString, QString>> routes = {{QStringLiteral("LHR"), QStringLiteral("JFK")},
                                                   {QStringLiteral("PAR"), QStringLiteral("ROM")}};
    for (const auto &route : routes) {
        SearchRequest r = request(route.first, route.second);
        const qint64 economy = medianUnits(generator.generate(r, Booking));
        r.cabin = CabinClass::PremiumEconomy;
        const qint64 premium = medianUnits(generator.generate(r, Booking));
        r.cabin = CabinClass::Business;
        const QList<FlightOffer> businessOffers = generator.generate(r, Booking);
        QCOMPARE(businessOffers.first().cabin, CabinClass::Business);
        const qint64 business = medianUnits(businessOffers);
        r.cabin = CabinClass::First;
        const qint64 first = medianUnits(generator.generate(r, Booking));
        QVERIFY(premium > economy);
        QVERIFY(business > 2 * economy);
        QVERIFY(first > business);
    }
}

void TestSandboxOfferGenerator::priceMovesWithDaysToDeparture() {
    const SandboxOfferGenerator generator;
    const SearchRequest r = request(QStringLiteral("MUC"), QStringLiteral("MAD"));
    const qint64 lastMinute = medianUnits(generator.generate(r, Travel.addDays(-1)));
    const qint64 fiveWeeks = medianUnits(generator.generate(r, Travel.addDays(-35)));
    const qint64 tenMonths = medianUnits(generator.generate(r, Travel.addDays(-300)));
    QVERIFY(lastMinute > fiveWeeks * 3 / 2);
    QVERIFY(tenMonths > fiveWeeks);
}

void TestSandboxOfferGenerator::priceMovesWithWeekday() {
    const SandboxOfferGenerator generator;
    qint64 fridays = 0;
    qint64 tuesdays = 0;
    for (int week = 0; week < 4; ++week) {
        const QDate friday = Travel.addDays(7 * week);
        const QDate tuesday = friday.addDays(-3);
        QCOMPARE(tuesday.dayOfWeek(), 2);
        fridays += medianUnits(generator.generate(
            request(QStringLiteral("PAR"), QStringLiteral("LIS"), friday), friday.addDays(-30)));
        tuesdays += medianUnits(generator.generate(
            request(QStringLiteral("PAR"), QStringLiteral("LIS"), tuesday), tuesday.addDays(-30)));
    }
    QVERIFY(fridays > tuesdays * 11 / 10);
}

void TestSandboxOfferGenerator::passengersMultiplyFares() {
    const SandboxOfferGenerator generator;
    SearchRequest r = request(QStringLiteral("ZRH"), QStringLiteral("VIE"));
    const QList<FlightOffer> single = generator.generate(r, Booking);
    r.passengers = Passengers{2, 1, 1};
    const QList<FlightOffer> family = generator.generate(r, Booking);
    QCOMPARE(family.size(), single.size());
    for (const FlightOffer &f : family) {
        const auto same = std::find_if(single.cbegin(), single.cend(),
                                       [&](const FlightOffer &s) { return s.slices == f.slices; });
        QVERIFY(same != single.cend());
        QVERIFY(same->id != f.id);
        // 2 adults + a child at 75% + an infant at 10%, each rounded to minor units.
        const qint64 expected = same->totalAmount.units() * 285 / 100;
        QVERIFY(qAbs(f.totalAmount.units() - expected) <= 200);
    }
}

void TestSandboxOfferGenerator::currency_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("currency");
    QTest::newRow("eurozone") << "CDG"
                              << "JFK"
                              << "EUR";
    QTest::newRow("uk") << "LHR"
                        << "CDG"
                        << "GBP";
    QTest::newRow("us") << "JFK"
                        << "LHR"
                        << "USD";
    QTest::newRow("switzerland") << "ZRH"
                                 << "LHR"
                                 << "CHF";
    QTest::newRow("japan") << "TYO"
                           << "SEL"
                           << "JPY";
    QTest::newRow("elsewhere") << "SYD"
                               << "LAX"
                               << "USD";
}

void TestSandboxOfferGenerator::currency() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, currency);
    const QList<FlightOffer> offers = SandboxOfferGenerator().generate(request(from, to), Booking);
    QVERIFY(!offers.isEmpty());
    const qint64 minorUnit = currency == u"JPY" ? Money::Scale : Money::Scale / 100;
    for (const FlightOffer &o : offers) {
        QCOMPARE(o.totalAmount.currency(), currency);
        QCOMPARE(o.totalAmount.units() % minorUnit, 0);
    }
}

void TestSandboxOfferGenerator::roundTrip() {
    const SandboxOfferGenerator generator;
    const QDate back = Travel.addDays(7);
    const QList<FlightOffer> offers = generator.generate(
        request(QStringLiteral("PAR"), QStringLiteral("ROM"), Travel, back), Booking);
    QVERIFY(offers.size() >= 20 && offers.size() <= 100);
    const QList<const Airport *> rome = generator.airportsFor(u"ROM");
    int sameCarrier = 0;
    for (const FlightOffer &o : offers) {
        QCOMPARE(o.slices.size(), 2);
        QCOMPARE(o.slices.at(0).departure().date(), Travel);
        QCOMPARE(o.slices.at(1).departure().date(), back);
        QCOMPARE(GeoDatabase::instance().airport(o.slices.at(1).destination())->cityCode,
                 QStringLiteral("PAR"));
        QVERIFY(std::any_of(rome.cbegin(), rome.cend(),
                            [&](const Airport *a) { return a->code == o.slices.at(1).origin(); }));
        if (o.slices.at(1).segments.first().carrier == o.ownerCode)
            ++sameCarrier;
    }
    QVERIFY(sameCarrier * 2 > offers.size());
    // A round trip costs more than its outbound alone.
    const QList<FlightOffer> oneWay =
        generator.generate(request(QStringLiteral("PAR"), QStringLiteral("ROM")), Booking);
    QVERIFY(medianUnits(offers) > medianUnits(oneWay));
}

void TestSandboxOfferGenerator::cityCodesUseTheirAirports() {
    const SandboxOfferGenerator generator;
    QStringList paris;
    for (const Airport *a : generator.airportsFor(u"PAR"))
        paris.append(a->code);
    QVERIFY(paris.contains(QStringLiteral("CDG")));
    QVERIFY(paris.contains(QStringLiteral("ORY")));
    QVERIFY(!paris.contains(QStringLiteral("LBG")));
    QCOMPARE(generator.airportsFor(u"lhr").size(), 1);
    QVERIFY(generator.airportsFor(u"QQQ").isEmpty());
    const QList<FlightOffer> offers =
        generator.generate(request(QStringLiteral("PAR"), QStringLiteral("ROM")), Booking);
    QSet<QString> used;
    for (const FlightOffer &o : offers)
        used.insert(o.slices.first().origin());
    QVERIFY(used.contains(QStringLiteral("CDG")));
    QVERIFY(used.contains(QStringLiteral("ORY")));
}

void TestSandboxOfferGenerator::unknownOrSameCity_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown origin") << "QQQ"
                                    << "JFK" << int(SandboxResult::Status::UnknownPlace);
    QTest::newRow("unknown destination") << "LHR"
                                         << "Q1Q" << int(SandboxResult::Status::UnknownPlace);
    QTest::newRow("same city") << "CDG"
                               << "ORY" << int(SandboxResult::Status::SameCity);
    QTest::newRow("city and its airport") << "LON"
                                          << "LGW" << int(SandboxResult::Status::SameCity);
}

void TestSandboxOfferGenerator::unknownOrSameCity() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, status);
    QVERIFY(!GeoDatabase::instance().airport(u"QQQ"));
    const SandboxResult result =
        SandboxOfferGenerator().generateChecked(request(from, to), Booking);
    QCOMPARE(int(result.status), status);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY(result.offers.isEmpty());
}

void TestSandboxOfferGenerator::noRoute() {
    // Two bush airstrips on different continents: no carrier, no hub within reach.
    const GeoDatabase &geo = GeoDatabase::instance();
    QVERIFY(geo.airport(u"AAJ") && geo.airport(u"ABP"));
    const SandboxResult result = SandboxOfferGenerator().generateChecked(
        request(QStringLiteral("AAJ"), QStringLiteral("ABP")), Booking);
    QCOMPARE(result.status, SandboxResult::Status::NoRoute);
    QVERIFY(result.offers.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxOfferGenerator)
#include "tst_sandboxoffergenerator.moc"
