// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderFactory.h"
#include "secrets/SecretJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class SecretStore;

/**
 * Loads the credentials a provider needs, for the app and the CLI alike: first
 * from the SecretStore (the keychain), then, for what the store does not hold,
 * from the environment (BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID,
 * BOOKING_AMADEUS_CLIENT_SECRET) unless that is turned off. Asynchronous:
 * load() returns at once and finished() follows from the event loop, also when
 * nothing is needed ("sandbox") or when the keychain does not answer within the
 * timeout (it then counts as NoKeychain). Nothing it reads is ever logged.
 */
class CredentialLoader : public QObject {
    Q_OBJECT

public:
    enum class Source { None, Keychain, Environment };
    Q_ENUM(Source)

    /** @p store may be null (environment only); it is not owned and must outlive
     * loading. */
    explicit CredentialLoader(SecretStore *store, QObject *parent = nullptr);
    ~CredentialLoader() override;

    /** The secret keys @p providerId needs: none for "sandbox" or an unknown id.
     */
    static QStringList keysFor(const QString &providerId);
    /** The environment variable that may hold @p key ("BOOKING_DUFFEL_TOKEN"...).
     */
    static QString environmentVariableFor(const QString &key);
    /** Whether @p credentials hold everything @p providerId needs. */
    static bool isComplete(const QString &providerId, const ProviderCredentials &credentials);

    /** Whether missing secrets may come from the environment (default: true). */
    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    /** How long to wait for the keychain before going on without it (default 20
     * s). */
    void setKeychainTimeoutMs(int ms) { m_timeoutMs = ms; }

    /** Starts loading for @p providerId; a load still running is abandoned. */
    void load(const QString &providerId);

    QString providerId() const { return m_providerId; }
    bool isLoading() const { return m_loading; }
    ProviderCredentials credentials() const { return m_credentials; }
    /** Whether the last load found everything the provider needs. */
    bool isComplete() const { return isComplete(m_providerId, m_credentials); }
    /** The keys the last load did not find. */
    QStringList missingKeys() const;
    /** Where @p key came from in the last load. */
    Source sourceOf(const QString &key) const { return m_sources.value(key, Source::None); }
    /**
     * How the keychain answered: Ok when it held every key asked, NotFound when
     * some were missing, NoKeychain / Denied / Failed when it could not be used
     * (the worst answer wins), Pending when it was not asked (nothing needed, or
     * no store).
     */
    SecretJob::Status keychainStatus() const { return m_keychainStatus; }
    /** The keychain's error, for logs (never a secret). */
    QString keychainError() const { return m_keychainError; }

Q_SIGNALS:
    void finished();

private:
    void onJobFinished(SecretJob *job);
    void onTimeout();
    void complete();
    void setValue(const QString &key, const QString &value, Source source);
    void abandonJobs();

    QPointer<SecretStore> m_store;
    QString m_providerId;
    ProviderCredentials m_credentials;
    QHash<QString, Source> m_sources;
    QList<QPointer<SecretJob>> m_jobs;
    QTimer m_timeout;
    SecretJob::Status m_keychainStatus = SecretJob::Status::Pending;
    QString m_keychainError;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0;
    bool m_useEnvironment = true;
    bool m_loading = false;
};
