// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkAccess: one QNetworkAccessManager per thread, shared, destroyed with its thread; the
// factory hands it to HTTP providers when no manager is given.
#include "providers/ProviderFactory.h"
#include "providers/duffel/DuffelProvider.h"
#include "providers/http/HttpTransport.h"
#include "util/NetworkAccess.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>
#include <QThread>

class TestNetworkAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneManagerPerThread() {
        QNetworkAccessManager *first = NetworkAccess::forCurrentThread();
        QVERIFY(first);
        QVERIFY(NetworkAccess::hasManagerForCurrentThread());
        QCOMPARE(NetworkAccess::forCurrentThread(), first);
        QCOMPARE(first->thread(), QThread::currentThread());

        QPointer<QNetworkAccessManager> other;
        QNetworkAccessManager *otherAgain = nullptr;
        bool hadOneBefore = true;
        QThread *thread = QThread::create([&] {
            hadOneBefore = NetworkAccess::hasManagerForCurrentThread();
            other = NetworkAccess::forCurrentThread();
            otherAgain = NetworkAccess::forCurrentThread();
        });
        thread->start();
        QVERIFY(thread->wait(60000)); // a wait for the thread to end, not a performance limit
        QVERIFY(!hadOneBefore);
        QVERIFY(otherAgain);
        QVERIFY(otherAgain != first);
        // The worker thread's manager went with the thread.
        QVERIFY(other.isNull());
        delete thread;
        QCOMPARE(NetworkAccess::forCurrentThread(), first);
    }

    void factorySharesTheThreadsManager() {
        QString error;
        ProviderCredentials credentials;
        credentials.duffelToken = QStringLiteral("duffel_test_x");
        auto a =
            ProviderFactory::create(QStringLiteral("duffel"), QString(), {}, credentials, &error);
        auto b =
            ProviderFactory::create(QStringLiteral("duffel"), QString(), {}, credentials, &error);
        QVERIFY2(a && b, qPrintable(error));
        auto *duffelA = qobject_cast<DuffelProvider *>(a.get());
        auto *duffelB = qobject_cast<DuffelProvider *>(b.get());
        QVERIFY(duffelA && duffelB);
        QCOMPARE(duffelA->transport()->network(), NetworkAccess::forCurrentThread());
        QCOMPARE(duffelB->transport()->network(), NetworkAccess::forCurrentThread());
        // Destroying a provider leaves the shared manager alone.
        a.reset();
        QVERIFY(duffelB->transport()->network());

        QNetworkAccessManager own;
        auto c = ProviderFactory::create(QStringLiteral("duffel"), QString(), {}, credentials,
                                         &error, &own);
        QVERIFY(c);
        QCOMPARE(qobject_cast<DuffelProvider *>(c.get())->transport()->network(), &own);
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
