// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against the real OS keychain. Skips when no keychain is reachable (on
// Linux: no D-Bus session or no Secret Service); CI runs it for real through
// tools/run-keychain-test.sh (gnome-keyring in a throwaway dbus-run-session), as ctest's
// keychain_real, which fails if this test skips. It uses its own service name, so a developer's
// real credentials are never touched.
#include "secrets/KeychainSecretStore.h"

#include "SecretJobWait.h"
#include <QCoreApplication>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Status = SecretJob::Status;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;

    QString key(const char *name) const { return QLatin1String(name); }

private Q_SLOTS:
    void initTestCase() {
        m_service =
            QStringLiteral("booking-assistant-test-%1").arg(QCoreApplication::applicationPid());
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session bus, so no Secret Service (run tools/run-keychain-test.sh)");
#endif
        m_store = std::make_unique<KeychainSecretStore>(m_service);
        QCOMPARE(m_store->service(), m_service);
        QVERIFY(m_store->isPersistent());
        // Probe with a write (a read of a missing key succeeds even without a usable keyring):
        // a keychain that is not there is a skip; anything else must work.
        std::unique_ptr<SecretJob> probe(m_store->write(key("probe"), QStringLiteral("probe")));
        QVERIFY(!probe->isFinished());
        waitFor(probe.get());
        QVERIFY(probe->isFinished());
        if (probe->status() == Status::NoKeychain)
            QSKIP(
                qPrintable(QStringLiteral("no keychain reachable: %1").arg(probe->errorString())));
        QCOMPARE(probe->status(), Status::Ok);
        std::unique_ptr<SecretJob> removeProbe(m_store->remove(key("probe")));
        QCOMPARE(waitFor(removeProbe.get())->status(), Status::Ok);
    }

    void cleanupTestCase() {
        if (!m_store)
            return;
        for (const char *name : {"duffel/token", "amadeus/client_id", "amadeus/client_secret"}) {
            std::unique_ptr<SecretJob> job(m_store->remove(key(name)));
            waitFor(job.get());
        }
    }

    void writeReadOverwriteRemove() {
        const QString secret = QStringLiteral("duffel_test_Zk8 ünïcødé €/\"'");
        std::unique_ptr<SecretJob> write(m_store->write(key("duffel/token"), secret));
        QVERIFY(!write->isFinished());
        QCOMPARE(waitFor(write.get())->status(), Status::Ok);
        QVERIFY(write->errorString().isEmpty());

        std::unique_ptr<SecretJob> read(m_store->read(key("duffel/token")));
        QCOMPARE(waitFor(read.get())->status(), Status::Ok);
        QCOMPARE(read->value(), secret);

        std::unique_ptr<SecretJob> overwrite(
            m_store->write(key("duffel/token"), QStringLiteral("second")));
        std::unique_ptr<SecretJob> reread(m_store->read(key("duffel/token")));
        QCOMPARE(waitFor(overwrite.get())->status(), Status::Ok);
        QCOMPARE(waitFor(reread.get())->value(), QStringLiteral("second"));

        std::unique_ptr<SecretJob> remove(m_store->remove(key("duffel/token")));
        std::unique_ptr<SecretJob> gone(m_store->read(key("duffel/token")));
        QCOMPARE(waitFor(remove.get())->status(), Status::Ok);
        QCOMPARE(waitFor(gone.get())->status(), Status::NotFound);
        QVERIFY(gone->value().isEmpty());

        std::unique_ptr<SecretJob> removeMissing(m_store->remove(key("duffel/token")));
        QCOMPARE(waitFor(removeMissing.get())->status(), Status::Ok);
    }

    void keysAreSeparateAndServicesToo() {
        std::unique_ptr<SecretJob> id(
            m_store->write(key("amadeus/client_id"), QStringLiteral("id-1")));
        std::unique_ptr<SecretJob> secret(
            m_store->write(key("amadeus/client_secret"), QStringLiteral("secret-1")));
        QCOMPARE(waitFor(id.get())->status(), Status::Ok);
        QCOMPARE(waitFor(secret.get())->status(), Status::Ok);
        std::unique_ptr<SecretJob> readId(m_store->read(key("amadeus/client_id")));
        std::unique_ptr<SecretJob> readSecret(m_store->read(key("amadeus/client_secret")));
        QCOMPARE(waitFor(readId.get())->value(), QStringLiteral("id-1"));
        QCOMPARE(waitFor(readSecret.get())->value(), QStringLiteral("secret-1"));

        // Another service does not see them.
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        std::unique_ptr<SecretJob> foreign(other.read(key("amadeus/client_id")));
        QCOMPARE(waitFor(foreign.get())->status(), Status::NotFound);
    }

    void manyQueuedJobsRunOneAtATimeInOrder() {
        QList<int> order;
        std::vector<std::unique_ptr<SecretJob>> jobs;
        for (int i = 0; i < 12; ++i) {
            SecretJob *job = i % 2 == 0
                                 ? m_store->write(key("duffel/token"), QStringLiteral("v%1").arg(i))
                                 : m_store->read(key("duffel/token"));
            connect(job, &SecretJob::finished, this, [&order, i] { order.append(i); });
            jobs.emplace_back(job);
        }
        QCOMPARE(m_store->pendingCount(), 12);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 12, 60000);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(order.at(i), i);
            QCOMPARE(jobs[size_t(i)]->status(), Status::Ok);
            if (i % 2 == 1)
                QCOMPARE(jobs[size_t(i)]->value(), QStringLiteral("v%1").arg(i - 1));
        }
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void aJobStartedFromAnotherJobsFinishedSignalRuns() {
        std::unique_ptr<SecretJob> first(
            m_store->write(key("duffel/token"), QStringLiteral("chain")));
        std::unique_ptr<SecretJob> second;
        std::unique_ptr<SecretJob> third;
        connect(first.get(), &SecretJob::finished, this, [&] {
            second.reset(m_store->read(key("duffel/token")));
            connect(second.get(), &SecretJob::finished, this,
                    [&] { third.reset(m_store->remove(key("duffel/token"))); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(third && third->isFinished(), 60000);
        QCOMPARE(second->value(), QStringLiteral("chain"));
        QCOMPARE(third->status(), Status::Ok);
    }

    void deletingJobsEarlyIsSafe() {
        delete m_store->write(key("duffel/token"), QStringLiteral("dropped-result"));
        delete m_store->read(key("duffel/token"));
        std::unique_ptr<SecretJob> read(m_store->read(key("duffel/token")));
        QCOMPARE(waitFor(read.get())->status(), Status::Ok);
        QCOMPARE(read->value(), QStringLiteral("dropped-result")); // the write still happened
    }

    void destroyingTheStoreFinishesQueuedJobs() {
        auto store = std::make_unique<KeychainSecretStore>(m_service);
        std::unique_ptr<SecretJob> a(store->read(key("duffel/token")));
        std::unique_ptr<SecretJob> b(store->read(key("duffel/token")));
        store.reset();
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
        QCOMPARE(a->status(), Status::Failed);
        QCOMPARE(b->status(), Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
