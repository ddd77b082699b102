// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

/**
 * A SecretStore in this process's memory: for tests, and for one run of the app when no keychain
 * works (everything is forgotten on quit). Operations take effect in call order at the time of
 * the call; their jobs finish from the event loop. setFailure() makes it behave like a broken
 * keychain, for tests of the code that handles one.
 */
class MemorySecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return false; }

    /**
     * From now on every job finishes with @p status (NoKeychain, Denied or Failed) and
     * @p errorString, and changes nothing; Ok (the default) makes the store work again.
     */
    void setFailure(SecretJob::Status status, const QString &errorString = QString());
    /** Whether a secret is stored under @p key (for tests; the value is not exposed). */
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int count() const { return int(m_secrets.size()); }
    /** Forgets every secret. */
    void clear();

private:
    SecretJob *finishLater(SecretJob *job, SecretJob::Status status,
                           const QString &value = QString());

    QHash<QString, QString> m_secrets;
    SecretJob::Status m_failure = SecretJob::Status::Ok;
    QString m_failureString;
};
