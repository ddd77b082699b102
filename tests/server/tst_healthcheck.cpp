// SPDX-License-Identifier: GPL-3.0-or-later
// HealthCheck over real sockets against the HTTP sandbox (Duffel and Amadeus shapes), with
// scripted faults, a closed port, a refusing server (fake QNAM), the history database (intact,
// missing, corrupt) and the keychain (MemorySecretStore with failures).
#include "FakeNetworkAccessManager.h"
#include "FaultPlan.h"
#include "SandboxServer.h"
#include "diagnostics/HealthCheck.h"
#include "providers/ProviderFactory.h"
#include "providers/duffel/DuffelProvider.h"
#include "providers/sandbox/SandboxProvider.h"
#include "secrets/MemorySecretStore.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int Wait = 60000; // a generous wait for asynchronous work, not a performance limit
using Status = HealthReport::Status;

HealthReport run(HealthCheck &check) {
    QSignalSpy spy(&check, &HealthCheck::finished);
    check.start();
    // finished() never comes from inside start().
    if (spy.count() != 0)
        qFatal("finished() was emitted inside start()");
    if (!spy.wait(Wait))
        qFatal("the health check did not finish");
    return spy.first().first().value<HealthReport>();
}

Status statusOf(const HealthReport &report, const QString &name) {
    const HealthReport::Check *check = report.find(name);
    if (!check)
        qFatal("no check %s", qPrintable(name));
    return check->status;
}
} // namespace

class TestHealthCheck : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<FlightProvider> provider(const QString &id, const QUrl &base) {
        ProviderCredentials credentials;
        credentials.duffelToken = QStringLiteral("duffel_test_health");
        credentials.amadeusClientId = QStringLiteral("client");
        credentials.amadeusClientSecret = QStringLiteral("secret");
        QString error;
        auto made =
            ProviderFactory::create(id, base.toString(), {}, credentials, &error, &m_network);
        if (!made)
            qFatal("%s", qPrintable(error));
        return made;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(0));
    }
    void cleanup() { m_server.reset(); }

    void duffelHealthy() {
        auto duffel = provider(QStringLiteral("duffel"), m_server->baseUrl());
        HealthCheck check;
        check.setProvider(duffel.get());
        check.setSampleCount(3);
        const HealthReport report = run(check);
        QVERIFY(report.ok());
        QCOMPARE(report.providerId, QStringLiteral("duffel"));
        QStringList names;
        for (const HealthReport::Check &c : report.checks)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("reachable"), QStringLiteral("authenticated"),
                                     QStringLiteral("rate_limit"), QStringLiteral("latency")}));
        for (const HealthReport::Check &c : report.checks)
            QVERIFY2(!c.message.isEmpty(), qPrintable(c.name));
        QCOMPARE(statusOf(report, QStringLiteral("reachable")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("authenticated")), Status::Ok);
        // The sandbox sends Duffel's ratelimit-* headers.
        const HealthReport::Check *rate = report.find(QStringLiteral("rate_limit"));
        QVERIFY(rate->numbers.value(QStringLiteral("limit")).toInt() > 0);
        QVERIFY(rate->numbers.contains(QStringLiteral("remaining")));
        QVERIFY(rate->numbers.contains(QStringLiteral("reset")));
        const HealthReport::Check *latency = report.find(QStringLiteral("latency"));
        QCOMPARE(latency->status, Status::Ok);
        QCOMPARE(latency->numbers.value(QStringLiteral("samples")).toInt(), 3);
        QCOMPARE(latency->numbers.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(latency->numbers.value(QStringLiteral("p50_ms")).toLongLong() >= 0);
        QVERIFY(latency->numbers.value(QStringLiteral("p95_ms")).toLongLong() >=
                latency->numbers.value(QStringLiteral("p50_ms")).toLongLong());
        QCOMPARE(m_server->requestCount(), 3);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(3).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(checks.at(3).toObject().contains(QStringLiteral("p95_ms")));
    }

    void amadeusHealthyWithOneToken() {
        auto amadeus = provider(QStringLiteral("amadeus"), m_server->baseUrl());
        HealthCheck check;
        check.setProvider(amadeus.get());
        check.setSampleCount(4);
        const HealthReport report = run(check);
        QVERIFY(report.ok());
        const HealthReport::Check *auth = report.find(QStringLiteral("authenticated"));
        QCOMPARE(auth->status, Status::Ok);
        QCOMPARE(auth->numbers.value(QStringLiteral("token_requests")).toInt(), 1);
        QVERIFY(auth->numbers.value(QStringLiteral("token_valid_s")).toLongLong() > 0);
        QCOMPARE(m_server->tokenRequestCount(), 1);
        QCOMPARE(report.find(QStringLiteral("latency"))->numbers.value(QStringLiteral("samples")),
                 QVariant(4));
    }

    void serverErrorsFailReachability() {
        auto duffel = provider(QStringLiteral("duffel"), m_server->baseUrl());
        m_server->faultPlan().scriptNext(FaultPlan::Fault::Status500, 10);
        HealthCheck check;
        check.setProvider(duffel.get());
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("reachable")), Status::Failed);
        QCOMPARE(statusOf(report, QStringLiteral("authenticated")), Status::Warning);
        QCOMPARE(statusOf(report, QStringLiteral("latency")), Status::Warning);
        // Duffel 500 is not retried, and sampling stops at the failure.
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stalledServerTimesOut() {
        auto made = provider(QStringLiteral("duffel"), m_server->baseUrl());
        auto *duffel = qobject_cast<DuffelProvider *>(made.get());
        DuffelProvider::Limits limits = duffel->limits();
        limits.requestTimeoutMs = 300;
        duffel->setLimits(limits);
        m_server->faultPlan().scriptNext(FaultPlan::Fault::Stall, 10);
        HealthCheck check;
        check.setProvider(duffel);
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("reachable")), Status::Failed);
    }

    void closedPortIsUnreachable() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        auto duffel = provider(QStringLiteral("duffel"),
                               QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        HealthCheck check;
        check.setProvider(duffel.get());
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        const HealthReport::Check *reachable = report.find(QStringLiteral("reachable"));
        QCOMPARE(reachable->status, Status::Failed);
        QVERIFY(reachable->message.contains(QStringLiteral("could not be reached")));
        QVERIFY(!reachable->message.contains(QStringLiteral("duffel_test_health")));
    }

    void refusedCredentialsFailAuthentication() {
        FakeNetworkAccessManager fake;
        fake.addReply("GET", QStringLiteral("/places/suggestions"),
                      FakeReplySpec::json(401, R"({"errors":[{"type":"authentication_error",
                          "code":"invalid_token","title":"Invalid token",
                          "message":"The access token used is not recognized"}]})"));
        DuffelProvider duffel(&fake, QStringLiteral("duffel_test_wrong"));
        HealthCheck check;
        check.setProvider(&duffel);
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("reachable")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("authenticated")), Status::Failed);
        QCOMPARE(fake.requests().size(), 1);
    }

    void missingCredentialsFailAuthentication() {
        HealthCheck check;
        check.setProviderProblem(QStringLiteral("duffel"),
                                 QStringLiteral("no token: set BOOKING_DUFFEL_TOKEN"));
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("reachable")), Status::Warning);
        QCOMPARE(report.find(QStringLiteral("authenticated"))->message,
                 QStringLiteral("no token: set BOOKING_DUFFEL_TOKEN"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void sandboxInProcess() {
        SandboxProvider sandbox;
        HealthCheck check;
        check.setProvider(&sandbox);
        check.setSampleCount(2);
        const HealthReport report = run(check);
        QVERIFY(report.ok());
        QVERIFY(!report.hasWarnings());
        QCOMPARE(report.checks.size(), 4);
        QCOMPARE(report.find(QStringLiteral("latency"))->numbers.value(QStringLiteral("samples")),
                 QVariant(2));
    }

    void databaseIntact() {
        const QString path = SessionStore::databasePathFor(m_dir.filePath(QStringLiteral("ok")));
        {
            SessionStore store(path);
            QVERIFY(store.open().result().ok);
            store
                .createSession(QStringLiteral("t"), QStringLiteral("test"),
                               QDateTime::currentDateTimeUtc())
                .waitForFinished();
        }
        HealthCheck check;
        check.setDatabasePath(path);
        const HealthReport report = run(check);
        QVERIFY(report.ok());
        QCOMPARE(report.checks.size(), 1);
        const HealthReport::Check *db = report.find(QStringLiteral("database"));
        QCOMPARE(db->status, Status::Ok);
        QCOMPARE(db->numbers.value(QStringLiteral("sessions")).toInt(), 1);
        QVERIFY(db->numbers.value(QStringLiteral("size_bytes")).toLongLong() > 0);
    }

    void databaseMissingIsEmpty() {
        HealthCheck check;
        check.setDatabasePath(m_dir.filePath(QStringLiteral("none/history.sqlite")));
        const HealthReport report = run(check);
        QVERIFY(report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("database")), Status::Ok);
        QVERIFY(report.find(QStringLiteral("database"))->message.contains(QStringLiteral("empty")));
    }

    void databaseCorrupt_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a database")
            << QByteArray("this is not an SQLite file, at all. ").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("damaged pages") << header + QByteArray(8192, '\xA5');
    }

    void databaseCorrupt() {
        QFETCH(QByteArray, content);
        const QString path =
            m_dir.filePath(QStringLiteral("corrupt-%1.sqlite")
                               .arg(QString::fromLatin1(QTest::currentDataTag())
                                        .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        HealthCheck check;
        check.setDatabasePath(path);
        const HealthReport report = run(check);
        QVERIFY(!report.ok());
        QCOMPARE(statusOf(report, QStringLiteral("database")), Status::Failed);
        // The check never changes the file.
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void keychain_data() {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("expected");
        QTest::newRow("available") << int(SecretJob::Status::Ok) << int(Status::Ok);
        QTest::newRow("no keychain") << int(SecretJob::Status::NoKeychain) << int(Status::Warning);
        QTest::newRow("denied") << int(SecretJob::Status::Denied) << int(Status::Failed);
        QTest::newRow("broken") << int(SecretJob::Status::Failed) << int(Status::Failed);
    }

    void keychain() {
        QFETCH(int, failure);
        QFETCH(int, expected);
        MemorySecretStore store;
        store.setFailure(SecretJob::Status(failure), QStringLiteral("test failure"));
        HealthCheck check;
        check.setSecretStore(&store);
        const HealthReport report = run(check);
        QCOMPARE(int(statusOf(report, QStringLiteral("keychain"))), expected);
        QCOMPARE(report.ok(), expected != int(Status::Failed));
        QCOMPARE(store.count(), 0); // the probe never writes
        QVERIFY(!store.contains(HealthCheck::probeKey()));
    }

    void keychainValueNeverShown() {
        MemorySecretStore store;
        SecretJob *job = store.write(HealthCheck::probeKey(), QStringLiteral("s3cr3t-value"));
        job->setParent(this);
        QSignalSpy written(job, &SecretJob::finished);
        QVERIFY(written.wait(Wait));
        HealthCheck check;
        check.setSecretStore(&store);
        const HealthReport report = run(check);
        QCOMPARE(statusOf(report, QStringLiteral("keychain")), Status::Ok);
        QVERIFY(!QJsonDocument(report.toJson()).toJson().contains("s3cr3t"));
    }

    void restartAndCancel() {
        SandboxProvider sandbox;
        HealthCheck check;
        check.setProvider(&sandbox);
        check.setSampleCount(2);
        QSignalSpy spy(&check, &HealthCheck::finished);
        check.start();
        check.start(); // the first run is abandoned: one finished()
        QVERIFY(spy.wait(Wait));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        check.start();
        check.cancel();
        QVERIFY(!check.isRunning());
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
