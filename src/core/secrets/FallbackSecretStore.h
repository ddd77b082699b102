// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemorySecretStore.h"
#include "SecretStore.h"

#include <QPointer>

/**
 * The app's store: the keychain while it works, and memory for the rest of the run once it
 * does not. The first job the primary store (the keychain) finishes with NoKeychain switches
 * the store to its MemorySecretStore for good (until the program quits): that job and every
 * later one are carried out in memory and report isInMemoryOnly(), and keychainUnavailable() is
 * emitted once. Other failures (Denied, Failed) are passed on as they are.
 */
class FallbackSecretStore : public SecretStore {
    Q_OBJECT

public:
    /** Takes ownership of @p primary (reparented to this store). */
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    /** True while the keychain is used, false once secrets are kept in memory only. */
    bool isPersistent() const override { return !m_usingMemory; }

    bool isUsingMemory() const { return m_usingMemory; }
    /** Why the keychain is not used (English, for logs), empty while it is. */
    QString keychainError() const { return m_keychainError; }

Q_SIGNALS:
    /** Emitted once, when the keychain proved unavailable and memory took over. */
    void keychainUnavailable();

private:
    SecretJob *forward(SecretJob::Operation operation, const QString &key, const QString &value);
    SecretJob *start(SecretStore *store, SecretJob::Operation operation, const QString &key,
                     const QString &value);
    void switchToMemory(const QString &reason);

    SecretStore *m_primary;
    MemorySecretStore *m_memory;
    bool m_usingMemory = false;
    QString m_keychainError;
};
