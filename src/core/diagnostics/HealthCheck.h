// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HealthReport.h"
#include "providers/ProviderError.h"
#include "storage/HistoryConnection.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class FlightProvider;
class ProviderReply;
class SecretJob;
class SecretStore;

/**
 * Runs the health checks of `booking-cli health` and of the app's diagnostics view,
 * asynchronously: start() returns at once and finished() follows from the event loop (never
 * inside start()). Nothing blocks the calling thread: provider calls are the provider's own
 * asynchronous calls, the database is checked on the thread pool, the keychain through its
 * asynchronous jobs (with a timeout).
 *
 * Checks, each present only when its input was given:
 * - "reachable": one cheap call (Duffel and Amadeus: place suggestions for "lon", which for
 *   Amadeus also fetches a token; the sandbox: an in-process search). Network errors, time-outs
 *   and server errors (5xx, malformed answers) fail it.
 * - "authenticated": whether that call's credentials were accepted (the sandbox needs none).
 *   With setProviderProblem() (the provider could not be built, e.g. no credentials) it fails
 *   with that sentence and "reachable" is a warning (not checked).
 * - "rate_limit": limit, remaining and reset from the provider's last response; a warning when
 *   the budget is spent or nearly so.
 * - "latency": p50/p95 of sampleCount() calls (the first one included), run one after another;
 *   a warning when some failed or p95 is above slowThresholdMs().
 * - "database": PRAGMA quick_check and integrity_check on a read-only connection; a missing
 *   file is fine ("empty"). For a history on PostgreSQL (setHistoryConnection()) instead:
 *   whether the server is reachable and accepts the login, with its version and the history
 *   schema version (HistoryServerProbe).
 * - "keychain": a read of probeKey(): reachable (ok), no keychain (warning), refused or broken
 *   (failed). The value read is never kept, printed or logged.
 *
 * Sentences are in the UI language (tr()). The provider and the store are not owned; a provider
 * destroyed during a run ends its checks as failed.
 */
class HealthCheck : public QObject {
    Q_OBJECT

public:
    explicit HealthCheck(QObject *parent = nullptr);
    ~HealthCheck() override;

    /** The provider to check (not owned; null: no provider checks unless a problem is set). */
    void setProvider(FlightProvider *provider);
    FlightProvider *provider() const;
    /**
     * The provider @p providerId could not be built: "authenticated" fails with @p problem (a
     * sentence) and "reachable" is not checked. Cleared by setProvider().
     */
    void setProviderProblem(const QString &providerId, const QString &problem);
    /** Calls timed for "latency", 1..50 (default 5). */
    void setSampleCount(int count);
    int sampleCount() const { return m_sampleCount; }
    /** p95 above this is a warning (default 3000 ms). */
    void setSlowThresholdMs(int ms) { m_slowMs = ms; }
    int slowThresholdMs() const { return m_slowMs; }
    /** The history database file (empty: no database check). Replaces setHistoryConnection(). */
    void setDatabasePath(const QString &path) {
        m_databasePath = path;
        m_historyServer = HistoryConnection();
    }
    /**
     * Where the history is kept: for SQLite the same as setDatabasePath(connection.sqlitePath);
     * for PostgreSQL the "database" check probes the server with @p connection (its password
     * is used to log in, never reported). Replaces an earlier setDatabasePath().
     */
    void setHistoryConnection(const HistoryConnection &connection);
    /** The keychain to probe (not owned; null: no keychain check). */
    void setSecretStore(SecretStore *store);
    /** How long the keychain may take before it counts as not answering (default 10 s). */
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }
    /** "Today" for the sandbox probe search (default QDate::currentDate()). */
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    /** Starts a run; a run still going is abandoned first. */
    void start();
    /** Abandons the run in progress (no finished()). */
    void cancel();
    bool isRunning() const { return m_running; }
    /** The last finished run's report (empty before). */
    HealthReport report() const { return m_report; }

    /** The key the keychain check reads; nothing is ever written under it. */
    static QString probeKey() { return QStringLiteral("health/probe"); }
    /** The database check itself; blocking (runs on the thread pool in start()). */
    static HealthReport::Check checkDatabase(const QString &path);
    /** The PostgreSQL "database" check itself; blocking (runs on the thread pool in start()). */
    static HealthReport::Check checkHistoryServer(const HistoryConnection &connection);

Q_SIGNALS:
    void finished(const HealthReport &report);

private:
    void startProviderChecks();
    void startProbe();
    void onProbeFinished(ProviderReply *reply, qint64 ms);
    void finishProviderChecks();
    void startKeychainCheck();
    void onKeychainFinished(SecretJob *job);
    void onKeychainTimeout();
    void startDatabaseCheck();
    void addCheck(const HealthReport::Check &check);
    void partDone();
    void dropWork();
    QString providerName() const;
    HealthReport::Check rateLimitCheck() const;
    HealthReport::Check latencyCheck() const;

    QPointer<FlightProvider> m_provider;
    QString m_problemProviderId;
    QString m_problem;
    QPointer<SecretStore> m_store;
    QString m_databasePath;
    HistoryConnection m_historyServer; ///< PostgreSQL only; empty otherwise
    std::function<QDate()> m_today;
    int m_sampleCount = 5;
    int m_slowMs = 3000;
    int m_keychainTimeoutMs = 10000;

    HealthReport m_report;
    QHash<QString, HealthReport::Check> m_checks;
    QObject *m_runContext = nullptr; ///< parent of this run's async work; deleted to abandon it
    QPointer<ProviderReply> m_reply;
    QPointer<SecretJob> m_keychainJob;
    QTimer m_keychainTimer;
    QElapsedTimer m_callTimer;
    QList<qint64> m_latencies;
    int m_callsDone = 0;
    int m_callsFailed = 0;
    int m_pendingParts = 0;
    bool m_running = false;
    QString m_providerId;
};
