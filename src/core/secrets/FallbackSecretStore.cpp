// SPDX-License-Identifier: GPL-3.0-or-later
#include "FallbackSecretStore.h"

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
    , m_memory(new MemorySecretStore(this)) {
    Q_ASSERT(primary);
    m_primary->setParent(this);
}

SecretJob *FallbackSecretStore::read(const QString &key) {
    return forward(SecretJob::Operation::Read, key, QString());
}

SecretJob *FallbackSecretStore::write(const QString &key, const QString &value) {
    return forward(SecretJob::Operation::Write, key, value);
}

SecretJob *FallbackSecretStore::remove(const QString &key) {
    return forward(SecretJob::Operation::Remove, key, QString());
}

SecretJob *FallbackSecretStore::start(SecretStore *store, SecretJob::Operation operation,
                                      const QString &key, const QString &value) {
    switch (operation) {
    case SecretJob::Operation::Read:
        return store->read(key);
    case SecretJob::Operation::Write:
        return store->write(key, value);
    case SecretJob::Operation::Remove:
        return store->remove(key);
    }
    return nullptr;
}

SecretJob *FallbackSecretStore::forward(SecretJob::Operation operation, const QString &key,
                                        const QString &value) {
    auto *outer = new SecretJob(operation, key);
    QPointer<SecretJob> guard(outer);
    SecretStore *store = m_usingMemory ? static_cast<SecretStore *>(m_memory) : m_primary;
    SecretJob *inner = start(store, operation, key, value);
    inner->setParent(this);
    const bool viaMemory = m_usingMemory;
    // The value is needed again only if the keychain fails and memory has to do the work.
    connect(inner, &SecretJob::finished, this,
            [this, inner, guard, operation, key, value = QString(value), viaMemory]() mutable {
                inner->deleteLater();
                if (!viaMemory && inner->status() == SecretJob::Status::NoKeychain) {
                    switchToMemory(inner->errorString());
                    SecretJob *retry = start(m_memory, operation, key, value);
                    value.fill(QChar(u'\0'));
                    retry->setParent(this);
                    connect(retry, &SecretJob::finished, this, [retry, guard] {
                        retry->deleteLater();
                        if (guard) {
                            guard->setInMemoryOnly(true);
                            guard->finish(retry->status(), retry->value(), retry->errorString());
                        }
                    });
                    return;
                }
                value.fill(QChar(u'\0'));
                if (guard) {
                    guard->setInMemoryOnly(viaMemory);
                    guard->finish(inner->status(), inner->value(), inner->errorString());
                }
            });
    return outer;
}

void FallbackSecretStore::switchToMemory(const QString &reason) {
    if (m_usingMemory)
        return;
    m_usingMemory = true;
    m_keychainError = reason.isEmpty() ? QStringLiteral("no keychain") : reason;
    qCWarning(lcSecrets).noquote()
        << "no keychain works here; credentials are kept in memory for this run:"
        << m_keychainError;
    Q_EMIT keychainUnavailable();
}
