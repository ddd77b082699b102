// SPDX-License-Identifier: GPL-3.0-or-later
// OffersModel behind the window's QSortFilterProxyModel: shape, display strings and sorting.
#include "OfferFormat.h"
#include "OffersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

namespace {
const QTimeZone London("Europe/London");
const QTimeZone NewYork("America/New_York");
const QTimeZone Reykjavik("Atlantic/Reykjavik");

Segment segment(const QString &carrier, const QString &number, const QString &from,
                const QString &to, const QDateTime &departure, const QDateTime &arrival) {
    Segment s;
    s.carrier = carrier;
    s.carrierName = carrier == QLatin1String("BA")   ? QStringLiteral("British Airways")
                    : carrier == QLatin1String("FI") ? QStringLiteral("Icelandair")
                                                     : QStringLiteral("Virgin Atlantic");
    s.flightNumber = number;
    s.origin = from;
    s.destination = to;
    s.departure = departure;
    s.arrival = arrival;
    s.aircraft = QStringLiteral("Boeing 787-9");
    return s;
}

/** LHR 10:25 -> JFK direct, @p minutes long, on Thu 10 Dec 2026. */
FlightOffer direct(const QString &id, qint64 units, const QTime &departure, int minutes,
                   const QString &carrier = QStringLiteral("BA")) {
    FlightOffer offer;
    offer.id = id;
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = Money::fromUnits(units, QStringLiteral("GBP"));
    offer.ownerCode = carrier;
    const QDateTime dep(QDate(2026, 12, 10), departure, London);
    const QDateTime arr = dep.addSecs(qint64(minutes) * 60).toTimeZone(NewYork);
    Segment s = segment(carrier, QStringLiteral("117"), QStringLiteral("LHR"),
                        QStringLiteral("JFK"), dep, arr);
    offer.ownerName = s.carrierName;
    offer.slices.append(Slice{{s}});
    return offer;
}

/** LHR -> KEF -> JFK, leaving late so it lands the next day in New York. */
FlightOffer viaKeflavik(qint64 units) {
    FlightOffer offer;
    offer.id = QStringLiteral("sbx_kef");
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = Money::fromUnits(units, QStringLiteral("GBP"));
    offer.ownerCode = QStringLiteral("FI");
    offer.ownerName = QStringLiteral("Icelandair");
    const QDateTime dep1(QDate(2026, 12, 10), QTime(20, 0), London);
    const QDateTime arr1 = dep1.addSecs(3 * 3600).toTimeZone(Reykjavik);
    const QDateTime dep2 = arr1.addSecs(90 * 60);
    const QDateTime arr2 = dep2.addSecs(6 * 3600).toTimeZone(NewYork);
    offer.slices.append(Slice{{segment(QStringLiteral("FI"), QStringLiteral("451"),
                                       QStringLiteral("LHR"), QStringLiteral("KEF"), dep1, arr1),
                               segment(QStringLiteral("FI"), QStringLiteral("615"),
                                       QStringLiteral("KEF"), QStringLiteral("JFK"), dep2, arr2)}});
    return offer;
}

QStringList columnOrder(const QAbstractItemModel &model, int column = OffersModel::Airline) {
    Q_UNUSED(column)
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(OffersModel::OfferRole).value<FlightOffer>().id;
    return ids;
}
} // namespace

class TestOffersModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapeAndTester();
    void displayStrings();
    void roundTripReturnColumn();
    void sortByPriceExactly();
    void sortByDuration();
    void sortByDeparture();
    void resetWithNewOffers();
    void formatHelpers_data();
    void formatHelpers();
};

void TestOffersModel::shapeAndTester() {
    OffersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OffersModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OffersModel::ColumnCount));
    model.setOffers(
        {direct(QStringLiteral("a"), 4000000, QTime(10, 25), 445), viaKeflavik(3000000)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(model.headerData(OffersModel::Price, Qt::Horizontal).toString(),
             QStringLiteral("Price"));
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.sandboxCount(), 2);
    QVERIFY(!model.hasReturnSlices());
}

void TestOffersModel::displayStrings() {
    OffersModel model;
    model.setOffers(
        {direct(QStringLiteral("a"), 4123500, QTime(10, 25), 445), viaKeflavik(3000000)});
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, OffersModel::Airline), QStringLiteral("British Airways (BA)"));
    QCOMPARE(text(0, OffersModel::Flights), QStringLiteral("BA 117"));
    QCOMPARE(text(0, OffersModel::Depart), QStringLiteral("Thu 10 Dec 10:25 LHR"));
    // 10:25 London + 7h25 = 17:50 London = 12:50 New York, the same day.
    QCOMPARE(text(0, OffersModel::Arrive), QStringLiteral("12:50 JFK"));
    QCOMPARE(text(0, OffersModel::Duration), QStringLiteral("7h 25m"));
    QCOMPARE(text(0, OffersModel::Stops), QStringLiteral("Non-stop"));
    QCOMPARE(text(0, OffersModel::Price),
             Money::fromUnits(4123500, QStringLiteral("GBP")).displayString());
    QVERIFY(text(0, OffersModel::Price).contains(QStringLiteral("412.35")));
    QCOMPARE(text(0, OffersModel::Return), QString());

    QCOMPARE(text(1, OffersModel::Flights), QStringLiteral("FI 451 · FI 615"));
    QCOMPARE(text(1, OffersModel::Depart), QStringLiteral("Thu 10 Dec 20:00 LHR"));
    // 20:00 London + 3h + 1h30 + 6h = 06:30 London next day = 01:30 New York, Fri 11 Dec.
    QCOMPARE(text(1, OffersModel::Arrive), QStringLiteral("01:30 +1 JFK"));
    QCOMPARE(text(1, OffersModel::Duration), QStringLiteral("10h 30m"));
    QCOMPARE(text(1, OffersModel::Stops), QStringLiteral("1 stop (KEF)"));
    QCOMPARE(model.index(1, OffersModel::Price).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(1, 0).data(OffersModel::OfferRole).value<FlightOffer>(),
             viaKeflavik(3000000));
}

void TestOffersModel::roundTripReturnColumn() {
    FlightOffer offer = direct(QStringLiteral("rt"), 5000000, QTime(9, 0), 440);
    Slice back;
    const QDateTime dep(QDate(2026, 12, 20), QTime(18, 0), NewYork);
    back.segments.append(segment(QStringLiteral("BA"), QStringLiteral("112"), QStringLiteral("JFK"),
                                 QStringLiteral("LHR"), dep,
                                 dep.addSecs(410 * 60).toTimeZone(London)));
    offer.slices.append(back);
    OffersModel model;
    model.setOffers({offer});
    QVERIFY(model.hasReturnSlices());
    QCOMPARE(model.index(0, OffersModel::Return).data().toString(),
             QStringLiteral("Sun 20 Dec 18:00 JFK → 05:50 +1 LHR"));
    QCOMPARE(model.index(0, OffersModel::Return).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Sun 20 Dec 18:00 JFK → 05:50 +1 LHR · 6h 50m · Non-stop"));
    QCOMPARE(model.index(0, OffersModel::Return).data(OffersModel::SortRole).toLongLong(),
             dep.toMSecsSinceEpoch());
}

void TestOffersModel::sortByPriceExactly() {
    OffersModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OffersModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Amounts that a double cannot tell apart (beyond 2^53 units) must still sort exactly.
    const qint64 big = (qint64(1) << 53) + 1;
    model.setOffers({direct(QStringLiteral("c"), big + 2, QTime(8, 0), 450),
                     direct(QStringLiteral("a"), big, QTime(9, 0), 450),
                     direct(QStringLiteral("d"), 999999, QTime(10, 0), 450),
                     direct(QStringLiteral("b"), big + 1, QTime(11, 0), 450)});
    proxy.sort(OffersModel::Price, Qt::AscendingOrder);
    QCOMPARE(columnOrder(proxy), (QStringList{QStringLiteral("d"), QStringLiteral("a"),
                                              QStringLiteral("b"), QStringLiteral("c")}));
    proxy.sort(OffersModel::Price, Qt::DescendingOrder);
    QCOMPARE(columnOrder(proxy), (QStringList{QStringLiteral("c"), QStringLiteral("b"),
                                              QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(proxy.index(0, OffersModel::Price).data(OffersModel::SortRole).userType(),
             QMetaType::LongLong);
}

void TestOffersModel::sortByDuration() {
    OffersModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OffersModel::SortRole);
    // 95 minutes must come before 600 (a string sort would put "10h 00m" first).
    model.setOffers({direct(QStringLiteral("long"), 100, QTime(8, 0), 600),
                     direct(QStringLiteral("short"), 100, QTime(9, 0), 95),
                     direct(QStringLiteral("mid"), 100, QTime(10, 0), 445)});
    proxy.sort(OffersModel::Duration, Qt::AscendingOrder);
    QCOMPARE(columnOrder(proxy),
             (QStringList{QStringLiteral("short"), QStringLiteral("mid"), QStringLiteral("long")}));
}

void TestOffersModel::sortByDeparture() {
    OffersModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OffersModel::SortRole);
    // Same wall-clock strings would mislead: compare true instants across time zones.
    FlightOffer early = direct(QStringLiteral("london-09"), 100, QTime(9, 0), 445);
    FlightOffer late = direct(QStringLiteral("london-21"), 100, QTime(21, 0), 445);
    FlightOffer fromNewYork = direct(QStringLiteral("ny-06"), 100, QTime(6, 0), 445);
    // 06:00 New York = 11:00 London: between the two London departures.
    fromNewYork.slices[0].segments[0].departure =
        QDateTime(QDate(2026, 12, 10), QTime(6, 0), NewYork);
    fromNewYork.slices[0].segments[0].arrival =
        fromNewYork.slices[0].segments[0].departure.addSecs(445 * 60).toTimeZone(London);
    model.setOffers({late, fromNewYork, early});
    proxy.sort(OffersModel::Depart, Qt::AscendingOrder);
    QCOMPARE(columnOrder(proxy), (QStringList{QStringLiteral("london-09"), QStringLiteral("ny-06"),
                                              QStringLiteral("london-21")}));
}

void TestOffersModel::resetWithNewOffers() {
    OffersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOffers({direct(QStringLiteral("a"), 100, QTime(8, 0), 60)});
    model.setOffers({direct(QStringLiteral("b"), 200, QTime(8, 0), 60),
                     direct(QStringLiteral("c"), 300, QTime(8, 0), 60)});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.offer(0).id, QStringLiteral("b"));
    QCOMPARE(model.offer(7).id, QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sandboxCount(), 0);
}

void TestOffersModel::formatHelpers_data() {
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0m");
    QTest::newRow("minutes") << qint64(45) << QStringLiteral("45m");
    QTest::newRow("hour") << qint64(60) << QStringLiteral("1h 00m");
    QTest::newRow("hours") << qint64(445) << QStringLiteral("7h 25m");
    QTest::newRow("day") << qint64(26 * 60 + 5) << QStringLiteral("1d 2h 05m");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0m");
}

void TestOffersModel::formatHelpers() {
    QFETCH(qint64, minutes);
    QFETCH(QString, expected);
    QCOMPARE(OfferFormat::duration(minutes), expected);
}

QTEST_GUILESS_MAIN(TestOffersModel)
#include "tst_offersmodel.moc"
