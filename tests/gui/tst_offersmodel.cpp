// SPDX-License-Identifier: GPL-3.0-or-later
// OffersModel behind the window's QSortFilterProxyModel: shape, display strings and sorting.
#include "OfferFormat.h"
#include "OffersModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
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
    void extendAppendsRows();
    void reorderMovesRows();
    void shrinkRemovesRows();
    void replaceInPlace();
    void changedPriceIsUpdated();
    void sameListSignalsNothing();
    void duplicateOffersReset();
    void randomChangesStayConsistent();
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

namespace {
/** A model behind a sorted proxy, both watched by QAbstractItemModelTester. */
struct Watched {
    OffersModel model;
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy resets{&model, &QAbstractItemModel::modelReset};
    QSignalSpy inserted{&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed{&model, &QAbstractItemModel::rowsRemoved};
    QSignalSpy layouts{&model, &QAbstractItemModel::layoutChanged};
    QSignalSpy changed{&model, &QAbstractItemModel::dataChanged};

    Watched() {
        proxy.setSourceModel(&model);
        proxy.setSortRole(OffersModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(OffersModel::Price, Qt::AscendingOrder);
    }
    void clearSpies() {
        resets.clear();
        inserted.clear();
        removed.clear();
        layouts.clear();
        changed.clear();
    }
    /** The proxy row showing offer @p id, -1 if none. */
    int proxyRowOf(const QString &id) const {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, 0).data(OffersModel::OfferRole).value<FlightOffer>().id == id)
                return row;
        }
        return -1;
    }
};

/** Offers "o0".."o<count-1>", priced so that the later ones are cheaper. */
QList<FlightOffer> numbered(int from, int count) {
    QList<FlightOffer> offers;
    for (int i = from; i < from + count; ++i)
        offers.append(direct(QStringLiteral("o%1").arg(i), 100000 - i * 100,
                             QTime(6, 0).addSecs(i * 600), 400 + i));
    return offers;
}

/** Every row shows its offer, with the strings a fresh format gives. */
void verifyRows(const OffersModel &model, const QList<FlightOffer> &expected) {
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.offers(), expected);
    OffersModel fresh;
    fresh.setOffers(expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.offer(row), expected.at(row));
        for (int column = 0; column < OffersModel::ColumnCount; ++column) {
            QCOMPARE(model.index(row, column).data().toString(),
                     fresh.index(row, column).data().toString());
            QCOMPARE(model.index(row, column).data(OffersModel::SortRole),
                     fresh.index(row, column).data(OffersModel::SortRole));
        }
    }
}
} // namespace

void TestOffersModel::extendAppendsRows() {
    Watched w;
    QItemSelectionModel selection(&w.proxy);
    w.model.setOffers(numbered(0, 3));
    QCOMPARE(w.resets.count(), 1); // from empty: a reset
    const int selectedRow = w.proxyRowOf(QStringLiteral("o1"));
    selection.setCurrentIndex(w.proxy.index(selectedRow, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    w.clearSpies();
    // A fan-out search sends the list again, longer: the old rows stay, the new ones come in.
    const QList<FlightOffer> longer = numbered(0, 7);
    w.model.setOffers(longer);
    QCOMPARE(w.resets.count(), 0);
    QCOMPARE(w.inserted.count(), 1);
    QCOMPARE(w.inserted.first().at(1).toInt(), 3);
    QCOMPARE(w.inserted.first().at(2).toInt(), 6);
    QCOMPARE(w.removed.count(), 0);
    QCOMPARE(w.layouts.count(), 0);
    QCOMPARE(w.changed.count(), 0);
    verifyRows(w.model, longer);
    // The selection followed its offer to its new place in the sorted proxy.
    QCOMPARE(w.proxy.rowCount(), 7);
    QCOMPARE(selection.currentIndex().data(OffersModel::OfferRole).value<FlightOffer>().id,
             QStringLiteral("o1"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), w.proxyRowOf(QStringLiteral("o1")));
    QCOMPARE(w.model.sandboxCount(), 7);
}

void TestOffersModel::reorderMovesRows() {
    Watched w;
    const QList<FlightOffer> offers = numbered(0, 5);
    w.model.setOffers(offers);
    const QPersistentModelIndex first(w.model.index(0, OffersModel::Price));
    const QPersistentModelIndex last(w.model.index(4, OffersModel::Flights));
    w.clearSpies();
    // The final list of a fan-out search: the same offers sorted by price.
    QList<FlightOffer> sorted = offers;
    std::reverse(sorted.begin(), sorted.end());
    w.model.setOffers(sorted);
    QCOMPARE(w.resets.count(), 0);
    QCOMPARE(w.inserted.count(), 0);
    QCOMPARE(w.removed.count(), 0);
    QCOMPARE(w.layouts.count(), 1);
    QCOMPARE(w.changed.count(), 0);
    verifyRows(w.model, sorted);
    QCOMPARE(first.row(), 4);
    QCOMPARE(first.column(), int(OffersModel::Price));
    QCOMPARE(last.row(), 0);
    QCOMPARE(w.model.offer(first.row()).id, QStringLiteral("o0"));
    QCOMPARE(w.proxy.index(0, 0).data(OffersModel::OfferRole).value<FlightOffer>().id,
             QStringLiteral("o4"));
}

void TestOffersModel::shrinkRemovesRows() {
    Watched w;
    const QList<FlightOffer> offers = numbered(0, 6);
    w.model.setOffers(offers);
    const QPersistentModelIndex gone(w.model.index(1, 0));
    const QPersistentModelIndex kept(w.model.index(4, 0));
    w.clearSpies();
    const QList<FlightOffer> fewer{offers.at(0), offers.at(3), offers.at(4)};
    w.model.setOffers(fewer);
    QCOMPARE(w.resets.count(), 0);
    // Two ranges: row 5, then rows 1-2.
    QCOMPARE(w.removed.count(), 2);
    QCOMPARE(w.removed.at(0).at(1).toInt(), 5);
    QCOMPARE(w.removed.at(1).at(1).toInt(), 1);
    QCOMPARE(w.removed.at(1).at(2).toInt(), 2);
    QCOMPARE(w.inserted.count(), 0);
    verifyRows(w.model, fewer);
    QVERIFY(!gone.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(w.proxy.rowCount(), 3);
}

void TestOffersModel::replaceInPlace() {
    Watched w;
    QList<FlightOffer> offers = numbered(0, 4);
    w.model.setOffers(offers);
    const QPersistentModelIndex second(w.model.index(1, 0));
    w.clearSpies();
    // Another provider sells the flight of row 1 for less: a new offer in the same place.
    FlightOffer cheaper = offers.at(1);
    cheaper.id = QStringLiteral("duffel-o1");
    cheaper.provider = QStringLiteral("duffel");
    cheaper.totalAmount = Money::fromUnits(1000, QStringLiteral("GBP"));
    offers[1] = cheaper;
    offers.append(numbered(4, 1));
    w.model.setOffers(offers);
    QCOMPARE(w.resets.count(), 0);
    QCOMPARE(w.removed.count(), 0);
    QCOMPARE(w.inserted.count(), 1);
    QCOMPARE(w.changed.count(), 1);
    QCOMPARE(w.changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(w.changed.first().at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(second.row(), 1);
    verifyRows(w.model, offers);
    QCOMPARE(w.model.sandboxCount(), 4);
    QCOMPARE(w.proxy.index(0, 0).data(OffersModel::OfferRole).value<FlightOffer>().id,
             QStringLiteral("duffel-o1"));
}

void TestOffersModel::changedPriceIsUpdated() {
    Watched w;
    QList<FlightOffer> offers = numbered(0, 3);
    w.model.setOffers(offers);
    QVERIFY(w.model.index(2, OffersModel::Price).data().toString().contains(QStringLiteral("9")));
    w.clearSpies();
    offers[2].totalAmount = Money::fromUnits(123400, QStringLiteral("GBP"));
    w.model.setOffers(offers);
    QCOMPARE(w.resets.count(), 0);
    QCOMPARE(w.changed.count(), 1);
    QCOMPARE(w.model.index(2, OffersModel::Price).data().toString(),
             offers.at(2).totalAmount.displayString(QLocale()));
    QCOMPARE(w.model.index(2, OffersModel::Price).data(OffersModel::SortRole).toLongLong(),
             qint64(123400));
    QCOMPARE(w.proxy.index(2, 0).data(OffersModel::OfferRole).value<FlightOffer>().id,
             QStringLiteral("o2")); // now the dearest
}

void TestOffersModel::sameListSignalsNothing() {
    Watched w;
    const QList<FlightOffer> offers = numbered(0, 3);
    w.model.setOffers(offers);
    w.clearSpies();
    w.model.setOffers(offers);
    const QList<FlightOffer> copy = numbered(0, 3); // equal values, another list
    w.model.setOffers(copy);
    w.model.clear();
    w.model.clear();
    QCOMPARE(w.resets.count(), 1); // only clear() did something
    QCOMPARE(w.inserted.count() + w.removed.count() + w.layouts.count() + w.changed.count(), 0);
    QCOMPARE(w.model.rowCount(), 0);
}

void TestOffersModel::duplicateOffersReset() {
    Watched w;
    const QList<FlightOffer> offers = numbered(0, 3);
    w.model.setOffers(offers);
    w.clearSpies();
    // The same offer twice cannot be followed by its id: shown as given, with a reset.
    const QList<FlightOffer> twice{offers.at(0), offers.at(1), offers.at(1)};
    w.model.setOffers(twice);
    QCOMPARE(w.resets.count(), 1);
    verifyRows(w.model, twice);
    w.model.setOffers(offers);
    QCOMPARE(w.resets.count(), 2);
    verifyRows(w.model, offers);
}

void TestOffersModel::randomChangesStayConsistent() {
    Watched w;
    QRandomGenerator random(20261129);
    const QList<FlightOffer> pool = numbered(0, 40);
    QList<FlightOffer> current;
    for (int step = 0; step < 200; ++step) {
        QList<FlightOffer> next;
        switch (random.bounded(4)) {
        case 0: // extend
            next = current;
            for (const FlightOffer &offer : pool) {
                if (!next.contains(offer) && random.bounded(4) == 0)
                    next.append(offer);
            }
            break;
        case 1: // reorder
            next = current;
            std::shuffle(next.begin(), next.end(), random);
            break;
        case 2: // shrink
            for (const FlightOffer &offer : current) {
                if (random.bounded(3) != 0)
                    next.append(offer);
            }
            break;
        default: // anything: keep some, add some, shuffle, change a price
            for (const FlightOffer &offer : pool) {
                if (random.bounded(2) == 0)
                    next.append(offer);
            }
            std::shuffle(next.begin(), next.end(), random);
            if (!next.isEmpty())
                next[0].totalAmount =
                    Money::fromUnits(random.bounded(100000), QStringLiteral("GBP"));
            break;
        }
        w.model.setOffers(next);
        current = next;
        verifyRows(w.model, current);
        QCOMPARE(w.proxy.rowCount(), int(current.size()));
        for (int row = 1; row < w.proxy.rowCount(); ++row) {
            QVERIFY(
                w.proxy.index(row - 1, OffersModel::Price)
                    .data(OffersModel::SortRole)
                    .toLongLong() <=
                w.proxy.index(row, OffersModel::Price).data(OffersModel::SortRole).toLongLong());
        }
    }
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
