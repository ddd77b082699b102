// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <QMetaObject>
#include <QPointer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() {
    clear();
}

void MemorySecretStore::clear() {
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QChar(u'\0'));
    m_secrets.clear();
}

void MemorySecretStore::setFailure(SecretJob::Status status, const QString &errorString) {
    m_failure = status == SecretJob::Status::Pending ? SecretJob::Status::Ok : status;
    m_failureString = errorString;
}

SecretJob *MemorySecretStore::read(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Read, key);
    if (m_failure != SecretJob::Status::Ok)
        return finishLater(job, m_failure);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return finishLater(job, SecretJob::Status::NotFound);
    return finishLater(job, SecretJob::Status::Ok, it.value());
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &value) {
    auto *job = new SecretJob(SecretJob::Operation::Write, key);
    if (m_failure != SecretJob::Status::Ok)
        return finishLater(job, m_failure);
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        it.value().fill(QChar(u'\0'));
    m_secrets.insert(key, value);
    return finishLater(job, SecretJob::Status::Ok);
}

SecretJob *MemorySecretStore::remove(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Remove, key);
    if (m_failure != SecretJob::Status::Ok)
        return finishLater(job, m_failure);
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        it.value().fill(QChar(u'\0'));
        m_secrets.erase(it);
    }
    return finishLater(job, SecretJob::Status::Ok);
}

SecretJob *MemorySecretStore::finishLater(SecretJob *job, SecretJob::Status status,
                                          const QString &value) {
    const QString error =
        status == m_failure && status != SecretJob::Status::Ok
            ? (m_failureString.isEmpty() ? SecretJob::statusName(status) : m_failureString)
            : QString();
    // The job is the context: if the caller deletes it first, nothing is delivered.
    QMetaObject::invokeMethod(
        job, [job, status, value, error] { job->finish(status, value, error); },
        Qt::QueuedConnection);
    return job;
}
