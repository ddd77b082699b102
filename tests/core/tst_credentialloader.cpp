// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialLoader: keychain first, environment for what is missing, asynchronous finish,
// the keychain's state reported, and a keychain that never answers.
#include "secrets/FallbackSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "util/CredentialLoader.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
constexpr int Wait = 20000; // a generous wait, not a performance limit

/** A store whose reads never finish, like a keychain waiting forever on D-Bus. */
class SilentStore : public SecretStore {
public:
    SecretJob *read(const QString &key) override {
        return new SecretJob(SecretJob::Operation::Read, key);
    }
    SecretJob *write(const QString &key, const QString &) override {
        return new SecretJob(SecretJob::Operation::Write, key);
    }
    SecretJob *remove(const QString &key) override {
        return new SecretJob(SecretJob::Operation::Remove, key);
    }
    bool isPersistent() const override { return true; }
};

void put(MemorySecretStore &store, const QString &key, const QString &value) {
    std::unique_ptr<SecretJob> job(store.write(key, value));
}
} // namespace

class TestCredentialLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        qunsetenv("BOOKING_DUFFEL_TOKEN");
        qunsetenv("BOOKING_AMADEUS_CLIENT_ID");
        qunsetenv("BOOKING_AMADEUS_CLIENT_SECRET");
    }

    void keysAndVariables() {
        QCOMPARE(CredentialLoader::keysFor(QStringLiteral("duffel")),
                 QStringList{QStringLiteral("duffel/token")});
        QCOMPARE(CredentialLoader::keysFor(QStringLiteral("amadeus")).size(), 2);
        QVERIFY(CredentialLoader::keysFor(QStringLiteral("sandbox")).isEmpty());
        QCOMPARE(CredentialLoader::environmentVariableFor(QStringLiteral("amadeus/client_secret")),
                 QStringLiteral("BOOKING_AMADEUS_CLIENT_SECRET"));
    }

    void sandboxNeedsNothingAndStillFinishesLater() {
        MemorySecretStore store;
        CredentialLoader loader(&store);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("sandbox"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(Wait));
        QVERIFY(loader.isComplete());
        QCOMPARE(loader.keychainStatus(), SecretJob::Status::Pending);
    }

    void keychainFirst() {
        MemorySecretStore store;
        put(store, QStringLiteral("duffel/token"), QStringLiteral("from-keychain"));
        qputenv("BOOKING_DUFFEL_TOKEN", "from-env");
        CredentialLoader loader(&store);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("duffel"));
        QVERIFY(finished.wait(Wait));
        QCOMPARE(loader.credentials().duffelToken, QStringLiteral("from-keychain"));
        QCOMPARE(loader.sourceOf(QStringLiteral("duffel/token")),
                 CredentialLoader::Source::Keychain);
        QCOMPARE(loader.keychainStatus(), SecretJob::Status::Ok);
    }

    void environmentFillsWhatTheKeychainLacks() {
        MemorySecretStore store;
        put(store, QStringLiteral("amadeus/client_id"), QStringLiteral("id-k"));
        qputenv("BOOKING_AMADEUS_CLIENT_SECRET", " secret-e ");
        CredentialLoader loader(&store);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("amadeus"));
        QVERIFY(finished.wait(Wait));
        QVERIFY(loader.isComplete());
        QCOMPARE(loader.credentials().amadeusClientId, QStringLiteral("id-k"));
        QCOMPARE(loader.credentials().amadeusClientSecret, QStringLiteral("secret-e"));
        QCOMPARE(loader.sourceOf(QStringLiteral("amadeus/client_secret")),
                 CredentialLoader::Source::Environment);
        QCOMPARE(loader.keychainStatus(), SecretJob::Status::NotFound);

        loader.setUseEnvironment(false);
        loader.load(QStringLiteral("amadeus"));
        QVERIFY(finished.wait(Wait));
        QVERIFY(!loader.isComplete());
        QCOMPARE(loader.missingKeys(), QStringList{QStringLiteral("amadeus/client_secret")});
    }

    void noKeychainIsReported() {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(SecretJob::Status::NoKeychain);
        FallbackSecretStore store(keychain);
        qputenv("BOOKING_DUFFEL_TOKEN", "from-env");
        CredentialLoader loader(&store);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("duffel"));
        QVERIFY(finished.wait(Wait));
        QCOMPARE(loader.keychainStatus(), SecretJob::Status::NoKeychain);
        QCOMPARE(loader.credentials().duffelToken, QStringLiteral("from-env"));
    }

    void aSilentKeychainTimesOut() {
        SilentStore store;
        qputenv("BOOKING_DUFFEL_TOKEN", "from-env");
        CredentialLoader loader(&store);
        loader.setKeychainTimeoutMs(50);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("duffel"));
        QVERIFY(finished.wait(Wait));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(loader.keychainStatus(), SecretJob::Status::NoKeychain);
        QCOMPARE(loader.credentials().duffelToken, QStringLiteral("from-env"));
        QVERIFY(!loader.isLoading());
    }

    void aNewLoadAbandonsTheOldOne() {
        MemorySecretStore store;
        put(store, QStringLiteral("duffel/token"), QStringLiteral("t"));
        CredentialLoader loader(&store);
        QSignalSpy finished(&loader, &CredentialLoader::finished);
        loader.load(QStringLiteral("amadeus"));
        loader.load(QStringLiteral("duffel"));
        QVERIFY(finished.wait(Wait));
        QTest::qWait(50); // nothing more arrives from the abandoned load
        QCOMPARE(finished.count(), 1);
        QCOMPARE(loader.providerId(), QStringLiteral("duffel"));
        QCOMPARE(loader.credentials().duffelToken, QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialLoader)
#include "tst_credentialloader.moc"
