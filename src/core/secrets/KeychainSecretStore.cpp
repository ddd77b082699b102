// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace {
/** Maps a QtKeychain outcome to ours. @p message is QtKeychain's (never holds the secret). */
SecretJob::Status mapError(QKeychain::Error error, SecretJob::Operation operation,
                           const QString &message) {
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Status::Ok;
    case QKeychain::EntryNotFound:
        return operation == SecretJob::Operation::Remove ? SecretJob::Status::Ok
                                                         : SecretJob::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Status::Denied;
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        return SecretJob::Status::Failed;
    case QKeychain::OtherError:
        break;
    }
    // On Linux, a Secret Service that is not running or cannot be reached over D-Bus (no session
    // bus, no keyring daemon, a keyring that cannot be unlocked) comes back as OtherError with the
    // D-Bus or libsecret message: that is "no keychain" for the person, not a bug to report.
    static const char *const unreachable[] = {"org.freedesktop.DBus.Error",
                                              "org.freedesktop.secrets",
                                              "/org/freedesktop/secrets",
                                              "Object does not exist at path",
                                              "D-Bus",
                                              "DBus",
                                              "dbus",
                                              "Cannot autolaunch",
                                              "No such interface",
                                              "not provided by any .service",
                                              "Could not connect",
                                              "locked",
                                              "prompt",
                                              "Unknown error"};
    for (const char *needle : unreachable) {
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return SecretJob::Status::NoKeychain;
    }
    return SecretJob::Status::Failed;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service) {}

KeychainSecretStore::~KeychainSecretStore() {
    // A running QtKeychain job is not ours to delete (it deletes itself when done); its finished
    // signal no longer reaches us. Every job the callers hold still finishes, from the event loop.
    std::deque<Pending> left = std::move(m_queue);
    if (m_running.job)
        left.push_front(m_running);
    for (Pending &pending : left) {
        pending.value.fill(QChar(u'\0'));
        if (SecretJob *job = pending.job) {
            QMetaObject::invokeMethod(
                job,
                [job] {
                    job->finish(SecretJob::Status::Failed, QString(),
                                QStringLiteral("the keychain store was closed"));
                },
                Qt::QueuedConnection);
        }
    }
}

SecretJob *KeychainSecretStore::read(const QString &key) {
    return enqueue(SecretJob::Operation::Read, key);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &value) {
    return enqueue(SecretJob::Operation::Write, key, value);
}

SecretJob *KeychainSecretStore::remove(const QString &key) {
    return enqueue(SecretJob::Operation::Remove, key);
}

SecretJob *KeychainSecretStore::enqueue(SecretJob::Operation operation, const QString &key,
                                        const QString &value) {
    auto *job = new SecretJob(operation, key);
    m_queue.push_back(Pending{job, operation, key, value});
    scheduleNext();
    return job;
}

void KeychainSecretStore::scheduleNext() {
    if (m_busy || m_scheduled || m_queue.empty())
        return;
    m_scheduled = true;
    // Never start a keychain job from inside a caller's stack or another job's finished signal.
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext() {
    m_scheduled = false;
    if (m_busy)
        return;
    // Skip the jobs their callers deleted before they started: nothing is waiting for them,
    // except writes and removes, which still happen (the caller asked for them).
    while (!m_queue.empty() && !m_queue.front().job &&
           m_queue.front().operation == SecretJob::Operation::Read)
        m_queue.pop_front();
    if (m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;

    QKeychain::Job *keychainJob = nullptr;
    switch (m_running.operation) {
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretJob::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(m_running.value);
        m_running.value.fill(QChar(u'\0'));
        m_running.value.clear();
        keychainJob = writeJob;
        break;
    }
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never a plain-text file
    keychainJob->setKey(m_running.key);
    connect(keychainJob, &QKeychain::Job::finished, this,
            &KeychainSecretStore::onKeychainJobFinished);
    qCDebug(lcSecrets) << "keychain" << m_running.operation << m_running.key;
    keychainJob->start();
}

void KeychainSecretStore::onKeychainJobFinished(QKeychain::Job *keychainJob) {
    const Pending done = std::move(m_running);
    m_running = Pending();
    m_busy = false;

    const SecretJob::Status status =
        mapError(keychainJob->error(), done.operation, keychainJob->errorString());
    QString value;
    if (status == SecretJob::Status::Ok && done.operation == SecretJob::Operation::Read) {
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(keychainJob))
            value = readJob->textData();
    }
    const QString error = status == SecretJob::Status::Ok || status == SecretJob::Status::NotFound
                              ? QString()
                              : keychainJob->errorString();
    qCDebug(lcSecrets) << "keychain" << done.operation << done.key << "->"
                       << SecretJob::statusName(status) << error;
    if (status != SecretJob::Status::Ok && status != SecretJob::Status::NotFound)
        qCWarning(lcSecrets).noquote()
            << "keychain" << SecretJob::statusName(status) << "for" << done.key << ":" << error;

    // The next job starts from the event loop, not from inside this finished signal.
    scheduleNext();
    if (done.job)
        done.job->finish(status, value, error);
    value.fill(QChar(u'\0'));
}
