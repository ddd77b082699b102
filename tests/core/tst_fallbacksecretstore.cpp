// SPDX-License-Identifier: GPL-3.0-or-later
// FallbackSecretStore: the keychain while it works; memory for the rest of the run once it
// reports NoKeychain (signalled once); other failures passed on unchanged.
#include "secrets/FallbackSecretStore.h"

#include "SecretJobWait.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Status = SecretJob::Status;

class TestFallbackSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usesTheKeychainWhileItWorks() {
        auto *keychain = new MemorySecretStore;
        FallbackSecretStore store(keychain);
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
        std::unique_ptr<SecretJob> write(store.write(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(!write->isFinished());
        QCOMPARE(waitFor(write.get())->status(), Status::Ok);
        QVERIFY(!write->isInMemoryOnly());
        QVERIFY(keychain->contains(QStringLiteral("k")));
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("k")));
        QCOMPARE(waitFor(read.get())->value(), QStringLiteral("v"));
        QVERIFY(store.isPersistent());
        QCOMPARE(unavailable.count(), 0);
    }

    void switchesToMemoryWhenNoKeychain() {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(Status::NoKeychain, QStringLiteral("no secret service"));
        FallbackSecretStore store(keychain);
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

        std::unique_ptr<SecretJob> write(
            store.write(QStringLiteral("duffel/token"), QStringLiteral("duffel_test_1")));
        QCOMPARE(waitFor(write.get())->status(), Status::Ok);
        QVERIFY(write->isInMemoryOnly());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.isUsingMemory());
        QCOMPARE(store.keychainError(), QStringLiteral("no secret service"));
        QVERIFY(!keychain->contains(QStringLiteral("duffel/token")));

        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("duffel/token")));
        QCOMPARE(waitFor(read.get())->status(), Status::Ok);
        QCOMPARE(read->value(), QStringLiteral("duffel_test_1"));
        QVERIFY(read->isInMemoryOnly());

        // Even a keychain that comes back later is not used again in this run.
        keychain->setFailure(Status::Ok);
        std::unique_ptr<SecretJob> again(store.write(QStringLiteral("x"), QStringLiteral("y")));
        QCOMPARE(waitFor(again.get())->status(), Status::Ok);
        QVERIFY(!keychain->contains(QStringLiteral("x")));
        QCOMPARE(unavailable.count(), 1);
    }

    void aFirstReadWithoutKeychainIsNotFoundInMemory() {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(Status::NoKeychain);
        FallbackSecretStore store(keychain);
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("amadeus/client_id")));
        QCOMPARE(waitFor(read.get())->status(), Status::NotFound);
        QVERIFY(read->isInMemoryOnly());
        QVERIFY(store.isUsingMemory());
    }

    void otherFailuresArePassedOn_data() {
        QTest::addColumn<Status>("failure");
        QTest::newRow("denied") << Status::Denied;
        QTest::newRow("failed") << Status::Failed;
    }
    void otherFailuresArePassedOn() {
        QFETCH(Status, failure);
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(failure, QStringLiteral("boom"));
        FallbackSecretStore store(keychain);
        std::unique_ptr<SecretJob> write(store.write(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(waitFor(write.get())->status(), failure);
        QCOMPARE(write->errorString(), QStringLiteral("boom"));
        QVERIFY(!write->isInMemoryOnly());
        QVERIFY(store.isPersistent());
    }

    void deletingAJobEarlyIsSafe() {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(Status::NoKeychain);
        FallbackSecretStore store(keychain);
        delete store.write(QStringLiteral("k"), QStringLiteral("v"));
        QTRY_VERIFY_WITH_TIMEOUT(store.isUsingMemory(), 10000);
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("k")));
        QCOMPARE(waitFor(read.get())->value(), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "tst_fallbacksecretstore.moc"
