// SPDX-License-Identifier: GPL-3.0-or-later
// MemorySecretStore: the SecretStore contract (async finish, call order, not found, remove of a
// missing key, a job deleted early) and its simulated keychain failures.
#include "secrets/MemorySecretStore.h"

#include "SecretJobWait.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Status = SecretJob::Status;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeThenReadGivesTheValue() {
        MemorySecretStore store;
        std::unique_ptr<SecretJob> write(
            store.write(QStringLiteral("duffel/token"), QStringLiteral("duffel_test_abc")));
        QVERIFY(!write->isFinished()); // never finished inside the call
        QCOMPARE(write->operation(), SecretJob::Operation::Write);
        QCOMPARE(waitFor(write.get())->status(), Status::Ok);
        QVERIFY(write->value().isEmpty()); // a write never echoes the secret

        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("duffel/token")));
        QVERIFY(!read->isFinished());
        QCOMPARE(waitFor(read.get())->status(), Status::Ok);
        QCOMPARE(read->value(), QStringLiteral("duffel_test_abc"));
        QCOMPARE(read->key(), QStringLiteral("duffel/token"));
        QVERIFY(!read->isInMemoryOnly());
        QVERIFY(!store.isPersistent());
    }

    void readOfMissingKeyIsNotFound() {
        MemorySecretStore store;
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("amadeus/client_id")));
        QCOMPARE(waitFor(read.get())->status(), Status::NotFound);
        QVERIFY(read->value().isEmpty());
        QVERIFY(read->errorString().isEmpty());
    }

    void overwriteReplacesAndRemoveForgets() {
        MemorySecretStore store;
        std::unique_ptr<SecretJob> a(store.write(QStringLiteral("k"), QStringLiteral("one")));
        std::unique_ptr<SecretJob> b(store.write(QStringLiteral("k"), QStringLiteral("two")));
        std::unique_ptr<SecretJob> r1(store.read(QStringLiteral("k")));
        std::unique_ptr<SecretJob> del(store.remove(QStringLiteral("k")));
        std::unique_ptr<SecretJob> r2(store.read(QStringLiteral("k")));
        std::unique_ptr<SecretJob> delAgain(store.remove(QStringLiteral("k")));
        QCOMPARE(waitFor(r1.get())->value(), QStringLiteral("two"));
        QCOMPARE(waitFor(del.get())->status(), Status::Ok);
        QCOMPARE(waitFor(r2.get())->status(), Status::NotFound);
        QCOMPARE(waitFor(delAgain.get())->status(), Status::Ok); // removing nothing is fine
        QCOMPARE(store.count(), 0);
    }

    void jobsFinishInCallOrder() {
        MemorySecretStore store;
        QList<int> order;
        std::vector<std::unique_ptr<SecretJob>> jobs;
        for (int i = 0; i < 20; ++i) {
            SecretJob *job = i % 2 ? store.read(QStringLiteral("key%1").arg(i - 1))
                                   : store.write(QStringLiteral("key%1").arg(i),
                                                 QStringLiteral("value%1").arg(i));
            connect(job, &SecretJob::finished, this, [&order, i] { order.append(i); });
            jobs.emplace_back(job);
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 20, 10000);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
        QCOMPARE(jobs[5]->value(), QStringLiteral("value4"));
    }

    void finishedIsEmittedExactlyOnce() {
        MemorySecretStore store;
        std::unique_ptr<SecretJob> job(store.read(QStringLiteral("x")));
        QSignalSpy spy(job.get(), &SecretJob::finished);
        QVERIFY(spy.wait(10000));
        job->finish(Status::Ok, QStringLiteral("late")); // a second finish has no effect
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->status(), Status::NotFound);
        QVERIFY(job->value().isEmpty());
    }

    void deletingAJobEarlyIsSafeAndTheWriteStillHappens() {
        MemorySecretStore store;
        delete store.write(QStringLiteral("k"), QStringLiteral("v"));
        delete store.read(QStringLiteral("k"));
        QCoreApplication::processEvents();
        QVERIFY(store.contains(QStringLiteral("k")));
    }

    void startingTheNextJobFromFinishedWorks() {
        MemorySecretStore store;
        std::unique_ptr<SecretJob> first(store.write(QStringLiteral("a"), QStringLiteral("1")));
        std::unique_ptr<SecretJob> second;
        connect(first.get(), &SecretJob::finished, this,
                [&] { second.reset(store.read(QStringLiteral("a"))); });
        QTRY_VERIFY_WITH_TIMEOUT(second && second->isFinished(), 10000);
        QCOMPARE(second->value(), QStringLiteral("1"));
    }

    void simulatedFailures_data() {
        QTest::addColumn<Status>("failure");
        QTest::newRow("no keychain") << Status::NoKeychain;
        QTest::newRow("denied") << Status::Denied;
        QTest::newRow("failed") << Status::Failed;
    }
    void simulatedFailures() {
        QFETCH(Status, failure);
        MemorySecretStore store;
        std::unique_ptr<SecretJob> before(store.write(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(waitFor(before.get())->status(), Status::Ok);
        store.setFailure(failure, QStringLiteral("simulated"));
        std::unique_ptr<SecretJob> write(store.write(QStringLiteral("k"), QStringLiteral("w")));
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("k")));
        std::unique_ptr<SecretJob> remove(store.remove(QStringLiteral("k")));
        QCOMPARE(waitFor(write.get())->status(), failure);
        QCOMPARE(waitFor(read.get())->status(), failure);
        QVERIFY(read->value().isEmpty());
        QCOMPARE(read->errorString(), QStringLiteral("simulated"));
        QCOMPARE(waitFor(remove.get())->status(), failure);
        store.setFailure(Status::Ok);
        std::unique_ptr<SecretJob> after(store.read(QStringLiteral("k")));
        QCOMPARE(waitFor(after.get())->status(), Status::Ok);
        QCOMPARE(after->value(), QStringLiteral("v")); // the failed jobs changed nothing
    }

    void keysAndServiceName() {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("booking-assistant"));
        QCOMPARE(SecretKeys::duffelToken(), QStringLiteral("duffel/token"));
        QCOMPARE(SecretKeys::amadeusClientId(), QStringLiteral("amadeus/client_id"));
        QCOMPARE(SecretKeys::amadeusClientSecret(), QStringLiteral("amadeus/client_secret"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
