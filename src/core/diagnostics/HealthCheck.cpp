// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthCheck.h"

#include "LatencyRecorder.h"
#include "LoggingCategories.h"
#include "providers/FlightProvider.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/amadeus/AmadeusTokenSource.h"
#include "providers/http/HttpTransport.h"
#include "secrets/SecretStore.h"
#include "storage/HistoryServerProbe.h"
#include "util/AsyncTask.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
const QString Reachable = QStringLiteral("reachable");
const QString Authenticated = QStringLiteral("authenticated");
const QString RateLimit = QStringLiteral("rate_limit");
const QString Latency = QStringLiteral("latency");
const QString Database = QStringLiteral("database");
const QString Keychain = QStringLiteral("keychain");

HealthReport::Check makeCheck(const QString &name, HealthReport::Status status,
                              const QString &message, const QVariantMap &numbers = {}) {
    HealthReport::Check check;
    check.name = name;
    check.status = status;
    check.message = message;
    check.numbers = numbers;
    return check;
}

/** The first row of a PRAGMA *_check: "ok", or the first problem; empty and @p error on failure. */
QString pragmaCheck(QSqlDatabase &db, const QString &pragma, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma)) {
        *error = query.lastError().text();
        return QString();
    }
    if (!query.next()) {
        *error = QStringLiteral("no answer");
        return QString();
    }
    return query.value(0).toString();
}
} // namespace

HealthCheck::HealthCheck(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<HealthReport>();
    m_keychainTimer.setSingleShot(true);
    connect(&m_keychainTimer, &QTimer::timeout, this, &HealthCheck::onKeychainTimeout);
}

HealthCheck::~HealthCheck() {
    dropWork();
}

void HealthCheck::setProvider(FlightProvider *provider) {
    m_provider = provider;
    m_problem.clear();
    m_problemProviderId.clear();
}

FlightProvider *HealthCheck::provider() const {
    return m_provider.data();
}

void HealthCheck::setProviderProblem(const QString &providerId, const QString &problem) {
    m_provider = nullptr;
    m_problemProviderId = providerId;
    m_problem = problem;
}

void HealthCheck::setSampleCount(int count) {
    m_sampleCount = std::clamp(count, 1, 50);
}

void HealthCheck::setSecretStore(SecretStore *store) {
    m_store = store;
}

void HealthCheck::start() {
    dropWork();
    m_running = true;
    m_runContext = new QObject(this);
    m_checks.clear();
    m_latencies.clear();
    m_callsDone = 0;
    m_callsFailed = 0;
    m_providerId = m_provider ? m_provider->id() : m_problemProviderId;
    // Every part counts as pending until it is done; the extra one is released below, from the
    // event loop, so that finished() never comes from inside start().
    m_pendingParts = 1;
    if (m_provider || !m_problem.isEmpty()) {
        ++m_pendingParts;
        startProviderChecks();
    }
    if (!m_databasePath.isEmpty() || m_historyServer.isPostgreSql()) {
        ++m_pendingParts;
        startDatabaseCheck();
    }
    if (m_store) {
        ++m_pendingParts;
        startKeychainCheck();
    }
    QTimer::singleShot(0, m_runContext, [this] { partDone(); });
}

void HealthCheck::cancel() {
    dropWork();
}

void HealthCheck::dropWork() {
    m_keychainTimer.stop();
    m_running = false;
    // Deleting the context deletes the reply and the keychain job of the run (which aborts
    // their work) and the database watcher (whose result is then dropped).
    delete m_runContext;
    m_runContext = nullptr;
}

QString HealthCheck::providerName() const {
    if (m_providerId == QLatin1String("duffel"))
        return tr("Duffel");
    if (m_providerId == QLatin1String("amadeus"))
        return tr("Amadeus");
    if (m_providerId == QLatin1String("sandbox"))
        return tr("The sandbox");
    return m_providerId;
}

void HealthCheck::startProviderChecks() {
    if (!m_provider) {
        addCheck(
            makeCheck(Reachable, HealthReport::Status::Warning,
                      tr("%1 was not contacted, as it could not be set up.").arg(providerName())));
        addCheck(makeCheck(Authenticated, HealthReport::Status::Failed, m_problem));
        QTimer::singleShot(0, m_runContext, [this] { partDone(); });
        return;
    }
    // A provider destroyed in the middle of the run ends its checks.
    connect(m_provider, &QObject::destroyed, m_runContext, [this] {
        if (m_reply)
            m_reply->disconnect(m_runContext);
        if (!m_checks.contains(Reachable)) {
            addCheck(makeCheck(Reachable, HealthReport::Status::Failed,
                               tr("The provider was replaced while it was being checked: "
                                  "check again.")));
        }
        finishProviderChecks();
    });
    startProbe();
}

void HealthCheck::startProbe() {
    ProviderReply *reply = nullptr;
    if (m_provider->id() == QLatin1String("sandbox")) {
        // The in-process sandbox has nothing to reach: a search shows it answers.
        const QDate today = m_today ? m_today() : QDate::currentDate();
        SearchRequest request;
        request.slices.append(
            {QStringLiteral("LON"), QStringLiteral("PAR"), today.addDays(30), QTime(), QTime()});
        request.passengers = {1, 0, 0};
        reply = m_provider->search(request);
    } else {
        reply = m_provider->suggestPlaces(QStringLiteral("lon"));
    }
    reply->setParent(m_runContext);
    m_reply = reply;
    m_callTimer.start();
    connect(reply, &ProviderReply::finished, m_runContext,
            [this, reply] { onProbeFinished(reply, m_callTimer.elapsed()); });
}

void HealthCheck::onProbeFinished(ProviderReply *reply, qint64 ms) {
    reply->deleteLater();
    m_reply = nullptr;
    const ProviderError error = reply->error();
    ++m_callsDone;
    using Code = ProviderError::Code;
    const bool answered = error.code == Code::None || error.code == Code::NoRoute ||
                          error.code == Code::Unsupported || error.code == Code::InvalidRequest;
    if (answered)
        m_latencies.append(ms);
    else
        ++m_callsFailed;

    if (m_callsDone == 1) {
        const QString name = providerName();
        QVariantMap numbers{{QStringLiteral("ms"), ms}};
        switch (error.code) {
        case Code::None:
        case Code::NoRoute:
        case Code::Unsupported:
        case Code::InvalidRequest:
        case Code::OfferExpired:
        case Code::Authentication:
        case Code::RateLimited:
            addCheck(makeCheck(Reachable, HealthReport::Status::Ok,
                               tr("%1 answered in %2 ms.").arg(name).arg(ms), numbers));
            break;
        case Code::Network:
            addCheck(makeCheck(Reachable, HealthReport::Status::Failed,
                               tr("%1 could not be reached: check your connection and the "
                                  "endpoint in the settings (%2).")
                                   .arg(name, error.detail),
                               numbers));
            break;
        case Code::Timeout:
            addCheck(makeCheck(Reachable, HealthReport::Status::Failed,
                               tr("%1 did not answer in time: try again later.").arg(name),
                               numbers));
            break;
        case Code::Server:
        case Code::BadResponse:
        case Code::Cancelled:
            addCheck(makeCheck(
                Reachable, HealthReport::Status::Failed,
                tr("%1 answered with an error (%2): try again later.").arg(name, error.detail),
                numbers));
            break;
        }

        if (m_providerId == QLatin1String("sandbox")) {
            addCheck(makeCheck(Authenticated, HealthReport::Status::Ok,
                               tr("The sandbox needs no credentials.")));
        } else if (error.code == Code::Authentication) {
            addCheck(makeCheck(Authenticated, HealthReport::Status::Failed,
                               tr("%1 refused your credentials: enter them again in the "
                                  "settings.")
                                   .arg(name)));
        } else if (answered) {
            QVariantMap authNumbers;
            if (auto *amadeus = qobject_cast<AmadeusProvider *>(m_provider.data())) {
                const AmadeusTokenSource *tokens = amadeus->tokenSource();
                authNumbers.insert(QStringLiteral("token_requests"), tokens->refreshCount());
                if (tokens->hasValidToken())
                    authNumbers.insert(QStringLiteral("token_valid_s"),
                                       QDateTime::currentDateTimeUtc().secsTo(tokens->expiresAt()));
            }
            addCheck(makeCheck(Authenticated, HealthReport::Status::Ok,
                               tr("%1 accepted your credentials.").arg(name), authNumbers));
        } else {
            addCheck(makeCheck(Authenticated, HealthReport::Status::Warning,
                               tr("Your credentials could not be checked, as %1 did not "
                                  "answer properly.")
                                   .arg(name)));
        }
    }
    // Sampling stops at the first failure (a cancelled call included: the provider may be
    // going away).
    if (!answered) {
        finishProviderChecks();
        return;
    }
    if (m_callsDone < m_sampleCount && m_provider) {
        startProbe();
        return;
    }
    finishProviderChecks();
}

void HealthCheck::finishProviderChecks() {
    if (!m_runContext || m_checks.contains(Latency))
        return;
    if (m_provider)
        disconnect(m_provider, nullptr, m_runContext, nullptr);
    addCheck(rateLimitCheck());
    addCheck(latencyCheck());
    partDone();
}

HealthReport::Check HealthCheck::rateLimitCheck() const {
    if (m_providerId == QLatin1String("sandbox"))
        return makeCheck(RateLimit, HealthReport::Status::Ok,
                         tr("The sandbox runs in the app and has no rate limit."));
    HttpTransport *transport = LatencyRecorder::transportOf(m_provider.data());
    if (!transport)
        return makeCheck(RateLimit, HealthReport::Status::Warning,
                         tr("The rate limit is unknown, as the provider could not be checked."));
    const RateLimitState &state = transport->rateLimit();
    const QDateTime now = transport->now();
    QVariantMap numbers;
    if (qobject_cast<AmadeusProvider *>(m_provider.data()))
        numbers.insert(QStringLiteral("client_limit_per_s"), 10);
    if (state.limit() < 0 && state.remaining() < 0 && !state.isPaused(now))
        return makeCheck(RateLimit, HealthReport::Status::Ok,
                         tr("%1 did not report a rate limit.").arg(providerName()), numbers);
    numbers.insert(QStringLiteral("limit"), state.limit());
    numbers.insert(QStringLiteral("remaining"), state.remaining());
    if (state.resetAt().isValid()) {
        numbers.insert(QStringLiteral("reset"), state.resetAt().toString(Qt::ISODate));
        numbers.insert(QStringLiteral("reset_in_s"),
                       std::max<qint64>(0, now.secsTo(state.resetAt())));
    }
    if (state.isPaused(now))
        return makeCheck(RateLimit, HealthReport::Status::Warning,
                         tr("The rate limit of %1 is used up: searches wait %2 s until it "
                            "resets.")
                             .arg(providerName())
                             .arg((state.msUntilReady(now) + 999) / 1000),
                         numbers);
    if (state.limit() > 0 && state.remaining() >= 0 && state.remaining() * 10 < state.limit())
        return makeCheck(RateLimit, HealthReport::Status::Warning,
                         tr("The rate limit of %1 is nearly used up: %2 of %3 requests left.")
                             .arg(providerName())
                             .arg(state.remaining())
                             .arg(state.limit()),
                         numbers);
    if (state.limit() > 0)
        return makeCheck(RateLimit, HealthReport::Status::Ok,
                         tr("%1 of %2 requests left in the current rate-limit window.")
                             .arg(state.remaining())
                             .arg(state.limit()),
                         numbers);
    return makeCheck(
        RateLimit, HealthReport::Status::Ok,
        tr("%1 requests left in the current rate-limit window.").arg(state.remaining()), numbers);
}

HealthReport::Check HealthCheck::latencyCheck() const {
    QVariantMap numbers{{QStringLiteral("samples"), m_callsDone},
                        {QStringLiteral("failed"), m_callsFailed}};
    if (m_latencies.isEmpty())
        return makeCheck(Latency, HealthReport::Status::Warning,
                         tr("No call succeeded, so no latency was measured."), numbers);
    const qint64 p50 = LatencyRecorder::percentileOf(m_latencies, 50);
    const qint64 p95 = LatencyRecorder::percentileOf(m_latencies, 95);
    numbers.insert(QStringLiteral("p50_ms"), p50);
    numbers.insert(QStringLiteral("p95_ms"), p95);
    numbers.insert(QStringLiteral("max_ms"),
                   *std::max_element(m_latencies.cbegin(), m_latencies.cend()));
    if (m_callsFailed > 0)
        return makeCheck(Latency, HealthReport::Status::Warning,
                         tr("%1 of %2 calls failed; the others took %3 ms (median), %4 ms "
                            "(95th percentile).")
                             .arg(m_callsFailed)
                             .arg(m_callsDone)
                             .arg(p50)
                             .arg(p95),
                         numbers);
    if (p95 > m_slowMs)
        return makeCheck(
            Latency, HealthReport::Status::Warning,
            tr("Calls are slow: %1 ms (median), %2 ms (95th percentile).").arg(p50).arg(p95),
            numbers);
    return makeCheck(Latency, HealthReport::Status::Ok,
                     tr("%1 calls took %2 ms (median), %3 ms (95th percentile).")
                         .arg(m_callsDone)
                         .arg(p50)
                         .arg(p95),
                     numbers);
}

void HealthCheck::startKeychainCheck() {
    SecretJob *job = m_store->read(probeKey());
    job->setParent(m_runContext);
    m_keychainJob = job;
    connect(job, &SecretJob::finished, m_runContext, [this, job] { onKeychainFinished(job); });
    if (m_keychainTimeoutMs > 0)
        m_keychainTimer.start(m_keychainTimeoutMs);
}

void HealthCheck::onKeychainFinished(SecretJob *job) {
    m_keychainTimer.stop();
    m_keychainJob = nullptr;
    // Only the status matters: the value, if any, dies with the job (which wipes it).
    const SecretJob::Status status = job->status();
    const bool inMemory = job->isInMemoryOnly();
    const QString error = job->errorString();
    job->deleteLater();
    if (inMemory || status == SecretJob::Status::NoKeychain) {
        addCheck(makeCheck(Keychain, HealthReport::Status::Warning,
                           tr("No keychain is available: credentials entered in the settings "
                              "are kept only until you quit, or can come from the "
                              "BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and "
                              "BOOKING_AMADEUS_CLIENT_SECRET variables.")));
    } else if (status == SecretJob::Status::Ok || status == SecretJob::Status::NotFound) {
        addCheck(makeCheck(Keychain, HealthReport::Status::Ok, tr("The keychain is available.")));
    } else if (status == SecretJob::Status::Denied) {
        addCheck(makeCheck(Keychain, HealthReport::Status::Failed,
                           tr("Access to the keychain was refused: allow Booking Assistant in "
                              "your keychain, then check again.")));
    } else {
        qCWarning(lcApi).noquote() << "keychain check:" << error;
        addCheck(makeCheck(Keychain, HealthReport::Status::Failed,
                           tr("The keychain failed (%1): unlock it or restart your session, "
                              "then check again.")
                               .arg(error)));
    }
    partDone();
}

void HealthCheck::onKeychainTimeout() {
    if (!m_keychainJob)
        return;
    m_keychainJob->disconnect(m_runContext);
    m_keychainJob->deleteLater();
    m_keychainJob = nullptr;
    addCheck(makeCheck(Keychain, HealthReport::Status::Warning,
                       tr("The keychain did not answer within %1 s: it may be locked or "
                          "waiting for you to unlock it.")
                           .arg((m_keychainTimeoutMs + 999) / 1000)));
    partDone();
}

void HealthCheck::setHistoryConnection(const HistoryConnection &connection) {
    m_historyServer = connection.isPostgreSql() ? connection : HistoryConnection();
    m_databasePath = connection.isPostgreSql() ? QString() : connection.sqlitePath;
}

HealthReport::Check HealthCheck::checkHistoryServer(const HistoryConnection &connection) {
    const HistoryProbeResult probe = HistoryServerProbe::probe(connection);
    QVariantMap numbers;
    if (!probe.serverVersion.isEmpty())
        numbers.insert(QStringLiteral("server_version"), probe.serverVersion);
    if (probe.schemaVersion >= 0)
        numbers.insert(QStringLiteral("schema_version"), probe.schemaVersion);
    return makeCheck(Database, probe.ok ? HealthReport::Status::Ok : HealthReport::Status::Failed,
                     probe.message, numbers);
}

void HealthCheck::startDatabaseCheck() {
    AsyncTask::run(
        m_runContext,
        [path = m_databasePath, server = m_historyServer] {
            return server.isPostgreSql() ? checkHistoryServer(server) : checkDatabase(path);
        },
        [this](const HealthReport::Check &check) {
            addCheck(check);
            partDone();
        });
}

HealthReport::Check HealthCheck::checkDatabase(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeCheck(Database, HealthReport::Status::Ok,
                         tr("The history is empty (no database yet)."),
                         {{QStringLiteral("size_bytes"), 0}});
    QVariantMap numbers{{QStringLiteral("size_bytes"), info.size()}};
    static QAtomicInteger<quint64> serial;
    const QString connection =
        QStringLiteral("booking-health-%1").arg(serial.fetchAndAddRelaxed(1));
    HealthReport::Check result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.setDatabaseName(path);
        if (!db.open()) {
            result = makeCheck(
                Database, HealthReport::Status::Failed,
                tr("The history database could not be opened (%1).").arg(db.lastError().text()),
                numbers);
        } else {
            QString error;
            QString quick = pragmaCheck(db, QStringLiteral("quick_check"), &error);
            QString full = error.isEmpty()
                               ? pragmaCheck(db, QStringLiteral("integrity_check"), &error)
                               : QString();
            if (!error.isEmpty() || quick != QLatin1String("ok") || full != QLatin1String("ok")) {
                const QString problem =
                    !error.isEmpty() ? error : (quick != QLatin1String("ok") ? quick : full);
                result = makeCheck(Database, HealthReport::Status::Failed,
                                   tr("The history database is damaged (%1): the app moves it "
                                      "aside and starts a new one when it opens it.")
                                       .arg(problem),
                                   numbers);
            } else {
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM sessions")) && count.next())
                    numbers.insert(QStringLiteral("sessions"), count.value(0).toLongLong());
                result = makeCheck(Database, HealthReport::Status::Ok,
                                   tr("The history database is intact."), numbers);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

void HealthCheck::addCheck(const HealthReport::Check &check) {
    m_checks.insert(check.name, check);
}

void HealthCheck::partDone() {
    if (!m_running || --m_pendingParts > 0)
        return;
    m_running = false;
    HealthReport report;
    report.providerId = m_providerId;
    for (const QString &name : {Reachable, Authenticated, RateLimit, Latency, Database, Keychain}) {
        const auto it = m_checks.constFind(name);
        if (it != m_checks.constEnd())
            report.checks.append(*it);
    }
    m_report = report;
    // The run's leftovers (finished replies and jobs) go with its context, after this call.
    if (m_runContext) {
        m_runContext->deleteLater();
        m_runContext = nullptr;
    }
    qCDebug(lcApi) << "health check done:" << (report.ok() ? "ok" : "failed");
    Q_EMIT finished(report);
}
