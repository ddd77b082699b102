// SPDX-License-Identifier: GPL-3.0-or-later
// LatencyRecorder: nearest-rank percentiles, the ring buffer, and following a transport.
#include "diagnostics/LatencyRecorder.h"
#include "providers/http/HttpTransport.h"
#include "providers/sandbox/SandboxProvider.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestLatencyRecorder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentileOf_data() {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("percent");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("empty") << QList<qint64>{} << 50.0 << qint64(-1);
        QTest::newRow("one") << QList<qint64>{7} << 95.0 << qint64(7);
        QTest::newRow("median odd") << QList<qint64>{30, 10, 20} << 50.0 << qint64(20);
        QTest::newRow("median even") << QList<qint64>{40, 10, 30, 20} << 50.0 << qint64(20);
        QTest::newRow("p95 of 20")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100}
            << 95.0 << qint64(19);
        QTest::newRow("p95 of 5") << QList<qint64>{5, 1, 4, 2, 3} << 95.0 << qint64(5);
        QTest::newRow("min") << QList<qint64>{5, 1, 4} << 0.0 << qint64(1);
        QTest::newRow("max") << QList<qint64>{5, 1, 4} << 100.0 << qint64(5);
    }

    void percentileOf() {
        QFETCH(QList<qint64>, values);
        QFETCH(double, percent);
        QFETCH(qint64, expected);
        QCOMPARE(LatencyRecorder::percentileOf(values, percent), expected);
    }

    void ringBufferKeepsTheMostRecent() {
        LatencyRecorder recorder(3);
        QCOMPARE(recorder.count(), 0);
        QCOMPARE(recorder.percentile(50), qint64(-1));
        recorder.record(100, 200);
        recorder.record(200, 503);
        recorder.record(300, 200);
        recorder.record(400, 429);
        recorder.record(-5, 200); // a negative time counts as 0
        QCOMPARE(recorder.count(), 3);
        const QList<LatencyRecorder::Sample> samples = recorder.samples();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(0).ms, qint64(300));
        QCOMPARE(samples.at(1).ms, qint64(400));
        QCOMPARE(samples.at(2).ms, qint64(0));
        QCOMPARE(recorder.failureCount(), 1); // the 429; the 503 was dropped
        QCOMPARE(recorder.percentile(50), qint64(300));
        recorder.clear();
        QCOMPARE(recorder.count(), 0);
    }

    void followsATransport() {
        QNetworkAccessManager network;
        HttpTransport transport(&network, QStringLiteral("test"));
        LatencyRecorder recorder;
        recorder.attachTransport(&transport);
        QCOMPARE(recorder.transport(), &transport);
        Q_EMIT transport.attemptFinished(200, 42);
        QCOMPARE(recorder.count(), 1);
        QCOMPARE(recorder.samples().first().ms, qint64(42));
        recorder.attachTransport(nullptr);
        Q_EMIT transport.attemptFinished(200, 43);
        QCOMPARE(recorder.count(), 1);

        SandboxProvider sandbox;
        QVERIFY(!recorder.attach(&sandbox)); // nothing to follow in-process
        QVERIFY(!recorder.transport());
        QVERIFY(!recorder.attach(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestLatencyRecorder)
#include "tst_latencyrecorder.moc"
