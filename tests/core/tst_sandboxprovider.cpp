// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sandbox/SandboxOfferGenerator.h"
#include "providers/sandbox/SandboxProvider.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

namespace {
const QDate Today(2026, 5, 13);

SearchRequest request(const QString &from, const QString &to, const QDate &date) {
    SearchRequest r;
    r.slices.append({from, to, date, {}, {}});
    return r;
}

std::unique_ptr<SandboxProvider> makeProvider() {
    auto provider = std::make_unique<SandboxProvider>();
    provider->setClock([] { return Today; });
    return provider;
}
} // namespace

class TestSandboxProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void id();
    void finishesAsynchronouslyWithOffers();
    void invalidRequests_data();
    void invalidRequests();
    void noRoute();
    void cancel();
    void deleteReplyInFlight();
    void deleteProviderInFlight();
    void simulatedLatency();
    void realisticLatencyIsDeterministic();
};

void TestSandboxProvider::id() {
    QCOMPARE(makeProvider()->id(), QStringLiteral("sandbox"));
}

void TestSandboxProvider::finishesAsynchronouslyWithOffers() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("LHR"), QStringLiteral("JFK"), Today.addDays(30))));
    QVERIFY(reply);
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->error().isError());
    QVERIFY(reply->offers().size() >= 20);
    // Days to departure come from the injected clock: same offers as the generator's.
    QCOMPARE(reply->offers(),
             SandboxOfferGenerator().generate(
                 request(QStringLiteral("LHR"), QStringLiteral("JFK"), Today.addDays(30)), Today));
    QCOMPARE(reply->thread(), QThread::currentThread());
}

void TestSandboxProvider::invalidRequests_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("detail");
    QTest::newRow("same place") << "LHR"
                                << "LHR" << 10 << "same_origin_destination";
    QTest::newRow("in the past") << "LHR"
                                 << "JFK" << -1 << "date_in_past";
    QTest::newRow("bad code") << "LONDON"
                              << "JFK" << 10 << "invalid_place";
    QTest::newRow("unknown code") << "QQQ"
                                  << "JFK" << 10 << "unknown_place: QQQ";
    QTest::newRow("same city") << "CDG"
                               << "ORY" << 10 << "same_city: PAR";
}

void TestSandboxProvider::invalidRequests() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, days);
    QFETCH(QString, detail);
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(provider->search(request(from, to, Today.addDays(days))));
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished()); // never finished inside search()
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::InvalidRequest);
    QCOMPARE(reply->error().detail, detail);
    QVERIFY(reply->offers().isEmpty());
}

void TestSandboxProvider::noRoute() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("AAJ"), QStringLiteral("ABP"), Today.addDays(5))));
    QSignalSpy spy(reply.get(), &SearchReply::finished);
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::NoRoute);
}

void TestSandboxProvider::cancel() {
    auto provider = makeProvider();
    provider->setLatencyMs(100);
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("PAR"), QStringLiteral("ROM"), Today.addDays(9))));
    QSignalSpy finished(reply.get(), &SearchReply::finished);
    QSignalSpy cancelRequested(reply.get(), &SearchReply::cancelRequested);
    reply->cancel();
    QCOMPARE(cancelRequested.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
    // The generator's result, whenever it comes, is dropped.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().code, ProviderError::Code::Cancelled);
    QVERIFY(reply->offers().isEmpty());
}

void TestSandboxProvider::deleteReplyInFlight() {
    auto provider = makeProvider();
    QPointer<SearchReply> reply =
        provider->search(request(QStringLiteral("CDG"), QStringLiteral("NRT"), Today.addDays(40)));
    delete reply.data();
    QVERIFY(reply.isNull());
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    // The provider still works afterwards.
    std::unique_ptr<SearchReply> next(
        provider->search(request(QStringLiteral("CDG"), QStringLiteral("NRT"), Today.addDays(40))));
    QTRY_VERIFY(next->isFinished());
    QVERIFY(!next->offers().isEmpty());
}

void TestSandboxProvider::deleteProviderInFlight() {
    auto provider = makeProvider();
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("MUC"), QStringLiteral("MAD"), Today.addDays(12))));
    provider.reset();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(!reply->offers().isEmpty());
}

void TestSandboxProvider::simulatedLatency() {
    auto provider = makeProvider();
    provider->setLatencyMs(150);
    QCOMPARE(provider->latencyMs(), 150);
    std::unique_ptr<SearchReply> reply(
        provider->search(request(QStringLiteral("LIS"), QStringLiteral("BER"), Today.addDays(3))));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->elapsedMs() >= 150);
    QVERIFY(!reply->offers().isEmpty());
    // Invalid requests wait too, like a real server's error.
    std::unique_ptr<SearchReply> bad(
        provider->search(request(QStringLiteral("LIS"), QStringLiteral("LIS"), Today)));
    QTRY_VERIFY(bad->isFinished());
    QVERIFY(bad->elapsedMs() >= 150);
}

void TestSandboxProvider::realisticLatencyIsDeterministic() {
    const SearchRequest a = request(QStringLiteral("LIS"), QStringLiteral("BER"), Today);
    const SearchRequest b = request(QStringLiteral("LIS"), QStringLiteral("MAD"), Today);
    const int la = SandboxProvider::realisticLatencyMs(a);
    QCOMPARE(SandboxProvider::realisticLatencyMs(a), la);
    QVERIFY(la >= 300 && la <= 600);
    const int lb = SandboxProvider::realisticLatencyMs(b);
    QVERIFY(lb >= 300 && lb <= 600);
    auto provider = makeProvider();
    provider->setLatencyMs(SandboxProvider::RealisticLatency);
    std::unique_ptr<SearchReply> reply(provider->search(a));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->elapsedMs() >= la);
}

QTEST_GUILESS_MAIN(TestSandboxProvider)
#include "tst_sandboxprovider.moc"
