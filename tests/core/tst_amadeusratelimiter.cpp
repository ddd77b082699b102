// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/amadeus/AmadeusRateLimiter.h"

#include <QList>
#include <QTest>

#include <memory>

/** Every limiter here runs on a fake clock: spacing is measured in fake milliseconds. */
class TestAmadeusRateLimiter : public QObject {
    Q_OBJECT

private:
    qint64 m_now = 0;
    QList<int> m_order;
    QList<qint64> m_times;

    std::unique_ptr<AmadeusRateLimiter> limiter(int rate, int spacing, int maxQueued = 64) {
        auto l = std::make_unique<AmadeusRateLimiter>(rate, spacing, maxQueued);
        l->setClock([this] { return m_now; });
        return l;
    }
    std::function<void()> record(int i) {
        return [this, i] {
            m_order.append(i);
            m_times.append(m_now);
        };
    }

private Q_SLOTS:
    void init() {
        m_now = 1000;
        m_order.clear();
        m_times.clear();
    }

    void neverGrantsInsideAcquire() {
        auto l = limiter(10, 100);
        QVERIFY(l->acquire(this, record(0)) > 0);
        QCOMPARE(m_order.size(), 0);
        QTRY_COMPARE(m_order.size(), 1);
        QCOMPARE(l->granted(), quint64(1));
    }

    void spacingAndOrder() {
        auto l = limiter(10, 100);
        for (int i = 0; i < 4; ++i)
            l->acquire(this, record(i));
        QTRY_COMPARE(m_order.size(), 1);
        QTest::qWait(250); // the clock stands still: nothing else may pass
        QCOMPARE(m_order.size(), 1);
        m_now += 99;
        QTest::qWait(250);
        QCOMPARE(m_order.size(), 1);
        m_now += 1;
        QTRY_COMPARE(m_order.size(), 2);
        m_now += 100;
        QTRY_COMPARE(m_order.size(), 3);
        m_now += 500;
        QTRY_COMPARE(m_order.size(), 4);
        QCOMPARE(m_order, QList<int>({0, 1, 2, 3}));
        QCOMPARE(m_times, QList<qint64>({1000, 1100, 1200, 1700}));
        QCOMPARE(l->queued(), 0);
    }

    void bucketLimitsTheRate() {
        // 2 a second, no spacing: a burst of two, then one every 500 ms.
        auto l = limiter(2, 0);
        for (int i = 0; i < 4; ++i)
            l->acquire(this, record(i));
        QTRY_COMPARE(m_order.size(), 2);
        QTest::qWait(200);
        QCOMPARE(m_order.size(), 2);
        m_now += 499;
        QTest::qWait(200);
        QCOMPARE(m_order.size(), 2);
        m_now += 1;
        QTRY_COMPARE(m_order.size(), 3);
        m_now += 500;
        QTRY_COMPARE(m_order.size(), 4);
        QCOMPARE(m_times, QList<qint64>({1000, 1000, 1500, 2000}));
    }

    void tenPerSecondAtMost() {
        auto l = limiter(10, 100);
        for (int i = 0; i < 25; ++i)
            l->acquire(this, record(i));
        for (int step = 0; step < 1000 && m_order.size() < 25; ++step) {
            QTest::qWait(20);
            m_now += 25;
        }
        QTRY_COMPARE(m_order.size(), 25);
        for (int i = 1; i < m_times.size(); ++i)
            QVERIFY2(m_times[i] - m_times[i - 1] >= 100, qPrintable(QString::number(i)));
        for (int i = 10; i < m_times.size(); ++i)
            QVERIFY(m_times[i] - m_times[i - 10] >= 1000);
    }

    void cancelDropsATicket() {
        auto l = limiter(10, 100);
        l->acquire(this, record(0));
        const quint64 second = l->acquire(this, record(1));
        l->acquire(this, record(2));
        QVERIFY(l->cancel(second));
        QVERIFY(!l->cancel(second));
        QVERIFY(!l->cancel(987654));
        QTRY_COMPARE(m_order.size(), 1);
        m_now += 100;
        QTRY_COMPARE(m_order.size(), 2);
        QCOMPARE(m_order, QList<int>({0, 2}));
        QCOMPARE(m_times, QList<qint64>({1000, 1100}));
    }

    void deadContextIsSkipped() {
        auto l = limiter(10, 0);
        auto *context = new QObject;
        l->acquire(context, record(0));
        l->acquire(this, record(1));
        delete context;
        QTRY_COMPARE(m_order.size(), 1);
        QCOMPARE(m_order.first(), 1);
        QCOMPARE(l->granted(), quint64(1));
    }

    void offLetsEverythingThroughInOrder() {
        // Rate 0 and spacing 0: no limit, but still FIFO and never inside acquire().
        auto l = limiter(0, 0);
        QVERIFY(!l->isLimiting());
        for (int i = 0; i < 20; ++i)
            QVERIFY(l->acquire(this, record(i)) > 0);
        QCOMPARE(m_order.size(), 0);
        QTRY_COMPARE(m_order.size(), 20); // the clock stands still
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(m_order, expected);
        QCOMPARE(l->queued(), 0);
    }

    void spacingAloneStillSpaces() {
        auto l = limiter(0, 50);
        QVERIFY(l->isLimiting());
        for (int i = 0; i < 3; ++i)
            l->acquire(this, record(i));
        QTRY_COMPARE(m_order.size(), 1);
        QTest::qWait(150);
        QCOMPARE(m_order.size(), 1);
        m_now += 50;
        QTRY_COMPARE(m_order.size(), 2);
        m_now += 50;
        QTRY_COMPARE(m_order.size(), 3);
        QCOMPARE(m_times, QList<qint64>({1000, 1050, 1100}));
    }

    void setLimitsAppliesToQueuedTickets() {
        auto l = limiter(10, 100);
        QVERIFY(l->isLimiting());
        for (int i = 0; i < 5; ++i)
            l->acquire(this, record(i));
        QTRY_COMPARE(m_order.size(), 1);
        QTest::qWait(150);
        QCOMPARE(m_order.size(), 1); // held back by the spacing: the clock stands still
        l->setLimits(0, 0);
        QVERIFY(!l->isLimiting());
        QCOMPARE(l->ratePerSecond(), 0);
        QCOMPARE(l->minSpacingMs(), 0);
        QTRY_COMPARE(m_order.size(), 5);
        QCOMPARE(m_order, QList<int>({0, 1, 2, 3, 4}));
        l->setLimits(10, 100); // and back on: 100 ms after the last request let through
        m_now += 100;
        l->acquire(this, record(5));
        l->acquire(this, record(6));
        QTRY_COMPARE(m_order.size(), 6);
        QTest::qWait(150);
        QCOMPARE(m_order.size(), 6);
        m_now += 100;
        QTRY_COMPARE(m_order.size(), 7);
    }

    void queueIsBounded() {
        auto l = limiter(10, 100, 2);
        QVERIFY(l->acquire(this, record(0)) > 0);
        QVERIFY(l->acquire(this, record(1)) > 0);
        QCOMPARE(l->acquire(this, record(2)), quint64(0));
        QCOMPARE(l->queued(), 2);
        QTRY_COMPARE(m_order.size(), 1);
        QVERIFY(l->acquire(this, record(3)) > 0); // a slot was freed
    }
};

QTEST_GUILESS_MAIN(TestAmadeusRateLimiter)
#include "tst_amadeusratelimiter.moc"
