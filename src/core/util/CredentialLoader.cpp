// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialLoader.h"

#include "secrets/SecretStore.h"

#include <QMetaObject>

#include <utility>

namespace {
/** Orders the keychain's answers by how bad they are, so that the worst one is
 * reported. */
int severity(SecretJob::Status status) {
    switch (status) {
    case SecretJob::Status::Pending:
        return 0;
    case SecretJob::Status::Ok:
        return 1;
    case SecretJob::Status::NotFound:
        return 2;
    case SecretJob::Status::Failed:
        return 3;
    case SecretJob::Status::Denied:
        return 4;
    case SecretJob::Status::NoKeychain:
        return 5;
    }
    return 0;
}
} // namespace

CredentialLoader::CredentialLoader(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CredentialLoader::onTimeout);
}

CredentialLoader::~CredentialLoader() {
    abandonJobs();
}

QStringList CredentialLoader::keysFor(const QString &providerId) {
    if (providerId == QLatin1String("duffel"))
        return {SecretKeys::duffelToken()};
    if (providerId == QLatin1String("amadeus"))
        return {SecretKeys::amadeusClientId(), SecretKeys::amadeusClientSecret()};
    return {};
}

QString CredentialLoader::environmentVariableFor(const QString &key) {
    if (key == SecretKeys::duffelToken())
        return QStringLiteral("BOOKING_DUFFEL_TOKEN");
    if (key == SecretKeys::amadeusClientId())
        return QStringLiteral("BOOKING_AMADEUS_CLIENT_ID");
    if (key == SecretKeys::amadeusClientSecret())
        return QStringLiteral("BOOKING_AMADEUS_CLIENT_SECRET");
    return QString();
}

bool CredentialLoader::isComplete(const QString &providerId,
                                  const ProviderCredentials &credentials) {
    if (providerId == QLatin1String("duffel"))
        return !credentials.duffelToken.isEmpty();
    if (providerId == QLatin1String("amadeus"))
        return !credentials.amadeusClientId.isEmpty() && !credentials.amadeusClientSecret.isEmpty();
    return true;
}

QStringList CredentialLoader::missingKeys() const {
    QStringList missing;
    for (const QString &key : keysFor(m_providerId)) {
        if (sourceOf(key) == Source::None)
            missing.append(key);
    }
    return missing;
}

void CredentialLoader::load(const QString &providerId) {
    abandonJobs();
    ++m_generation;
    m_providerId = providerId;
    m_credentials = ProviderCredentials();
    m_sources.clear();
    m_keychainStatus = SecretJob::Status::Pending;
    m_keychainError.clear();
    m_loading = true;

    const QStringList keys = keysFor(providerId);
    if (keys.isEmpty() || !m_store) {
        // Nothing to ask the keychain: finish from the event loop all the same.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && m_loading)
                    complete();
            },
            Qt::QueuedConnection);
        return;
    }
    for (const QString &key : keys) {
        SecretJob *job = m_store->read(key);
        job->setParent(this);
        m_jobs.append(job);
        connect(job, &SecretJob::finished, this, [this, job] { onJobFinished(job); });
    }
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
}

void CredentialLoader::onJobFinished(SecretJob *job) {
    job->deleteLater();
    m_jobs.removeAll(job);
    const SecretJob::Status status = job->status();
    if (status == SecretJob::Status::Ok && !job->value().isEmpty())
        setValue(job->key(), job->value(), Source::Keychain);
    // A job the store carried out in memory only means the keychain itself is not there.
    SecretJob::Status counted = status;
    if (job->isInMemoryOnly())
        counted = SecretJob::Status::NoKeychain;
    else if (status == SecretJob::Status::Ok && job->value().isEmpty())
        counted = SecretJob::Status::NotFound;
    if (severity(counted) > severity(m_keychainStatus)) {
        m_keychainStatus = counted;
        if (!job->errorString().isEmpty())
            m_keychainError = job->errorString();
    }
    if (m_jobs.isEmpty() && m_loading)
        complete();
}

void CredentialLoader::onTimeout() {
    if (!m_loading || m_jobs.isEmpty())
        return;
    abandonJobs();
    m_keychainStatus = SecretJob::Status::NoKeychain;
    m_keychainError = QStringLiteral("the keychain did not answer within %1 ms").arg(m_timeoutMs);
    qCWarning(lcSecrets).noquote() << m_keychainError;
    complete();
}

void CredentialLoader::complete() {
    m_timeout.stop();
    if (m_useEnvironment) {
        for (const QString &key : keysFor(m_providerId)) {
            if (sourceOf(key) != Source::None)
                continue;
            const QString value =
                qEnvironmentVariable(environmentVariableFor(key).toLatin1().constData());
            if (!value.trimmed().isEmpty())
                setValue(key, value.trimmed(), Source::Environment);
        }
    }
    m_loading = false;
    qCDebug(lcSecrets) << "credentials for" << m_providerId
                       << (isComplete() ? "complete" : "incomplete") << "missing" << missingKeys()
                       << "keychain" << SecretJob::statusName(m_keychainStatus);
    Q_EMIT finished();
}

void CredentialLoader::setValue(const QString &key, const QString &value, Source source) {
    if (key == SecretKeys::duffelToken())
        m_credentials.duffelToken = value;
    else if (key == SecretKeys::amadeusClientId())
        m_credentials.amadeusClientId = value;
    else if (key == SecretKeys::amadeusClientSecret())
        m_credentials.amadeusClientSecret = value;
    else
        return;
    m_sources.insert(key, source);
}

void CredentialLoader::abandonJobs() {
    m_timeout.stop();
    const QList<QPointer<SecretJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<SecretJob> &job : jobs) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->deleteLater();
        }
    }
}
