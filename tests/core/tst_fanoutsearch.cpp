// SPDX-License-Identifier: GPL-3.0-or-later
// FanOutSearch: several searches at once, merged (tests with fake providers whose replies the
// test finishes, in the order and with the outcome it chooses).
#include "providers/FlightProvider.h"
#include "providers/fanout/FanOutSearch.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {
const QTimeZone Paris("Europe/Paris");

/** A provider whose replies stay pending until the test finishes them. */
class ManualProvider : public FlightProvider {
public:
    explicit ManualProvider(const QString &id)
        : m_id(id) {}
    QString id() const override { return m_id; }
    SearchReply *search(const SearchRequest &request) override {
        requests.append(request);
        auto *reply = new SearchReply;
        connect(reply, &ProviderReply::cancelRequested, this, [this] { ++cancelRequests; });
        replies.append(reply);
        return reply;
    }
    QList<SearchRequest> requests;
    QList<QPointer<SearchReply>> replies;
    int cancelRequests = 0;

private:
    QString m_id;
};

SearchRequest requestOn(const QDate &date) {
    SearchRequest request;
    request.slices.append({QStringLiteral("PAR"), QStringLiteral("LIS"), date, {}, {}});
    return request;
}

FlightOffer offer(const QString &provider, const QString &flight, int hour, const char *price,
                  CabinClass cabin = CabinClass::Economy,
                  const QString &currency = QStringLiteral("EUR")) {
    FlightOffer o;
    o.id = provider + u'-' + flight + u'-' + QString::number(hour);
    o.provider = provider;
    o.totalAmount = *Money::fromString(QString::fromLatin1(price), currency);
    o.ownerCode = flight.left(2);
    o.ownerName = flight.left(2);
    o.cabin = cabin;
    Segment s;
    s.carrier = flight.left(2);
    s.flightNumber = flight.mid(2);
    s.origin = QStringLiteral("ORY");
    s.destination = QStringLiteral("LIS");
    s.departure = QDateTime(QDate(2026, 12, 10), QTime(hour, 0), Paris);
    s.arrival = s.departure.addSecs(2 * 3600 + 40 * 60);
    Slice slice;
    slice.segments.append(s);
    o.slices.append(slice);
    return o;
}

QStringList ids(const QList<FlightOffer> &offers) {
    QStringList list;
    for (const FlightOffer &o : offers)
        list.append(o.id);
    return list;
}
} // namespace

class TestFanOutSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyPartStartsAtOnce() {
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        FanOutSearch search;
        QList<SearchRequest> requests;
        for (int d = 0; d < 3; ++d)
            requests.append(requestOn(QDate(2026, 12, 9 + d)));
        QCOMPARE(search.addParts({&a, &b}, requests), 6);
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        // Every provider was asked inside start(), before any answer.
        QCOMPARE(a.requests.size(), 3);
        QCOMPARE(b.requests.size(), 3);
        QCOMPARE(a.requests.at(2).slices.first().date, QDate(2026, 12, 11));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!search.isFinished());
    }

    void mergesKeepingTheCheapestAndWhoSoldIt() {
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        FanOutSearch search;
        QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search.addPart(&b, requestOn(QDate(2026, 12, 10))));
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        a.replies.at(0)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP433"), 7, "120.00"),
             offer(QStringLiteral("a"), QStringLiteral("AF1024"), 9, "99.50")},
            5);
        b.replies.at(0)->finishWithOffers(
            {// the same TP 433 at the same time, cheaper: replaces a's
             offer(QStringLiteral("b"), QStringLiteral("TP433"), 7, "89.00"),
             // the same AF 1024, dearer: a's stays, b is remembered as a seller
             offer(QStringLiteral("b"), QStringLiteral("AF1024"), 9, "130.00"),
             // same flight number another time, and the same flight in business: other flights
             offer(QStringLiteral("b"), QStringLiteral("TP433"), 19, "95.00"),
             offer(QStringLiteral("b"), QStringLiteral("TP433"), 7, "300.00",
                   CabinClass::Business)},
            5);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!search.error().isError());
        const QList<FlightOffer> offers = search.offers();
        QCOMPARE(ids(offers),
                 (QStringList{QStringLiteral("b-TP433-7"), QStringLiteral("b-TP433-19"),
                              QStringLiteral("a-AF1024-9"), QStringLiteral("b-TP433-7")}));
        QCOMPARE(offers.at(0).totalAmount.amountString(), QStringLiteral("89.00"));
        QCOMPARE(offers.at(3).cabin, CabinClass::Business);
        QCOMPARE(search.providersOf(offers.at(0)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(search.providersOf(offers.at(2)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(search.providersOf(offers.at(1)), QStringList{QStringLiteral("b")});
        QCOMPARE(search.parts().at(0).offerCount, 2);
        QCOMPARE(search.parts().at(1).offerCount, 4);
        QCOMPARE(search.parts().at(1).cheapest->amountString(), QStringLiteral("89.00"));
    }

    void progressComesPartByPartWithAGrowingList() {
        ManualProvider a(QStringLiteral("a"));
        FanOutSearch search;
        for (int d = 0; d < 3; ++d)
            QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 9 + d))));
        QSignalSpy progress(&search, &FanOutSearch::progress);
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        QCOMPARE(progress.count(), 0);
        // Answers in another order than asked.
        a.replies.at(2)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP1"), 8, "200")}, 1);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(finished.count(), 0);
        a.replies.at(0)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP2"), 8, "50"),
             offer(QStringLiteral("a"), QStringLiteral("TP3"), 8, "150")},
            1);
        QCOMPARE(progress.count(), 2);
        a.replies.at(1)->finishWithOffers({}, 1);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(finished.count(), 1);
        QStringList previous;
        for (int i = 0; i < progress.count(); ++i) {
            const QList<QVariant> args = progress.at(i);
            QCOMPARE(args.at(1).toInt(), i + 1);
            QCOMPARE(args.at(2).toInt(), 3);
            const QStringList now = ids(args.at(0).value<QList<FlightOffer>>());
            QCOMPARE(now.mid(0, previous.size()), previous); // extends the previous list
            previous = now;
        }
        QCOMPARE(previous, (QStringList{QStringLiteral("a-TP1-8"), QStringLiteral("a-TP2-8"),
                                        QStringLiteral("a-TP3-8")}));
        // At the end: sorted by price.
        QCOMPARE(ids(search.offers()),
                 (QStringList{QStringLiteral("a-TP2-8"), QStringLiteral("a-TP3-8"),
                              QStringLiteral("a-TP1-8")}));
        const QList<FanOutSearch::DayPrice> days = search.cheapestByDate();
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).date, QDate(2026, 12, 9));
        QCOMPARE(days.at(0).cheapest->amountString(), QStringLiteral("50.00"));
        QVERIFY(!days.at(1).cheapest);
        QCOMPARE(days.at(2).cheapest->amountString(), QStringLiteral("200.00"));
    }

    void aFailingPartDoesNotFailTheWhole() {
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        FanOutSearch search;
        QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search.addPart(&b, requestOn(QDate(2026, 12, 10))));
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        b.replies.at(0)->finishWithError({ProviderError::Code::Timeout, QStringLiteral("slow")}, 9);
        a.replies.at(0)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP1"), 8, "100")}, 3);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!search.error().isError());
        QCOMPARE(search.offers().size(), 1);
        QCOMPARE(search.parts().at(1).error.code, ProviderError::Code::Timeout);
        QVERIFY(search.parts().at(1).finished);
        QVERIFY(!search.parts().at(0).error.isError());
    }

    void everyPartFailingReportsTheFirstError() {
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        FanOutSearch search;
        QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search.addPart(&b, requestOn(QDate(2026, 12, 10))));
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        b.replies.at(0)->finishWithError({ProviderError::Code::RateLimited, QStringLiteral("429")},
                                         2);
        QCOMPARE(finished.count(), 0);
        a.replies.at(0)->finishWithError({ProviderError::Code::Network, QStringLiteral("down")}, 3);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search.error().code, ProviderError::Code::RateLimited);
        QCOMPARE(search.error().detail, QStringLiteral("429"));
        QVERIFY(search.offers().isEmpty());
    }

    void cancelFreesEverything() {
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        auto *search = new FanOutSearch;
        QPointer<FanOutSearch> guard(search);
        QVERIFY(search->addParts({&a, &b}, {requestOn(QDate(2026, 12, 10)),
                                            requestOn(QDate(2026, 12, 11))}) == 4);
        QSignalSpy finished(search, &FanOutSearch::finished);
        QSignalSpy progress(search, &FanOutSearch::progress);
        search->start();
        a.replies.at(0)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP1"), 8, "100")}, 3);
        QCOMPARE(progress.count(), 1);
        search->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search->error().code, ProviderError::Code::Cancelled);
        QCOMPARE(a.cancelRequests + b.cancelRequests, 3); // the three still running
        search->cancel();                                 // no second finish
        QCOMPARE(finished.count(), 1);
        // Every reply is freed, the answered one too.
        QTRY_VERIFY(a.replies.at(0).isNull() && a.replies.at(1).isNull() &&
                    b.replies.at(0).isNull() && b.replies.at(1).isNull());
        delete search;
        QVERIFY(guard.isNull());
    }

    void destroyingARunningSearchFreesItsReplies() {
        ManualProvider a(QStringLiteral("a"));
        auto *search = new FanOutSearch;
        QVERIFY(search->addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search->addPart(&a, requestOn(QDate(2026, 12, 11))));
        search->start();
        QCOMPARE(a.replies.size(), 2);
        delete search;
        QVERIFY(a.replies.at(0).isNull());
        QVERIFY(a.replies.at(1).isNull());
        QCOMPARE(a.cancelRequests, 2);
    }

    void partsAreBounded() {
        ManualProvider p1(QStringLiteral("p1"));
        ManualProvider p2(QStringLiteral("p2"));
        ManualProvider p3(QStringLiteral("p3"));
        ManualProvider p4(QStringLiteral("p4"));
        FanOutSearch search;
        QList<SearchRequest> week;
        for (int d = 0; d < FanOutSearch::MaxDates + 1; ++d)
            week.append(requestOn(QDate(2026, 12, 7 + d)));
        QCOMPARE(search.addParts({&p1, &p2, &p3, &p4}, week), FanOutSearch::MaxParts);
        QCOMPARE(search.partCount(), 21);
        QVERIFY(!search.addPart(&p4, week.first())); // a fourth provider
        QVERIFY(!search.addPart(&p1, week.last()));  // an eighth date
        QVERIFY(!search.addPart(&p1, week.first())); // the same part twice
        QVERIFY(!search.addPart(nullptr, week.first()));
        search.start();
        QVERIFY(!search.addPart(&p1, week.first())); // after start()
        QCOMPARE(p1.requests.size() + p2.requests.size() + p3.requests.size(), 21);
        QCOMPARE(p4.requests.size(), 0);
    }

    void nothingToSearchFinishesFromTheEventLoop() {
        FanOutSearch search;
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10000) || finished.count() == 1);
        QCOMPARE(search.error().code, ProviderError::Code::InvalidRequest);
    }

    void aDeletedProviderFailsItsPartOnly() {
        ManualProvider a(QStringLiteral("a"));
        auto *b = new ManualProvider(QStringLiteral("b"));
        FanOutSearch search;
        QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search.addPart(b, requestOn(QDate(2026, 12, 10))));
        delete b;
        QSignalSpy finished(&search, &FanOutSearch::finished);
        search.start();
        a.replies.at(0)->finishWithOffers(
            {offer(QStringLiteral("a"), QStringLiteral("TP1"), 8, "100")}, 3);
        QVERIFY(finished.wait(10000) || finished.count() == 1);
        QVERIFY(!search.error().isError());
        QCOMPARE(search.parts().at(1).error.code, ProviderError::Code::Network);
    }
    void acrossCurrenciesTheProviderAskedFirstWins_data() {
        QTest::addColumn<bool>("firstAnswersFirst");
        QTest::newRow("in order") << true;
        QTest::newRow("reversed") << false;
    }

    void acrossCurrenciesTheProviderAskedFirstWins() {
        QFETCH(bool, firstAnswersFirst);
        ManualProvider a(QStringLiteral("a"));
        ManualProvider b(QStringLiteral("b"));
        FanOutSearch search;
        QVERIFY(search.addPart(&a, requestOn(QDate(2026, 12, 10))));
        QVERIFY(search.addPart(&b, requestOn(QDate(2026, 12, 10))));
        search.start();
        const auto answerA = [&a] {
            a.replies.at(0)->finishWithOffers(
                {offer(QStringLiteral("a"), QStringLiteral("TP1"), 8, "100.00", CabinClass::Economy,
                       QStringLiteral("EUR"))},
                1);
        };
        const auto answerB = [&b] {
            b.replies.at(0)->finishWithOffers(
                {offer(QStringLiteral("b"), QStringLiteral("TP1"), 8, "80.00", CabinClass::Economy,
                       QStringLiteral("GBP"))},
                1);
        };
        if (firstAnswersFirst) {
            answerA();
            answerB();
        } else {
            answerB();
            answerA();
        }
        QVERIFY(search.isFinished());
        QCOMPARE(search.offers().size(), 1);
        QCOMPARE(search.offers().first().provider, QStringLiteral("a"));
        QCOMPARE(search.offers().first().totalAmount.currency(), QStringLiteral("EUR"));
        QCOMPARE(search.providersOf(search.offers().first()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFanOutSearch)
#include "tst_fanoutsearch.moc"
