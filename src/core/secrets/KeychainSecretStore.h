// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QPointer>

#include <deque>

namespace QKeychain {
class Job;
}

/**
 * The OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet...) on Linux,
 * the Keychain on macOS, the Credential Manager on Windows. Secrets are kept under the service
 * name given (SecretStore::serviceName() for the app; tests use their own).
 *
 * One keychain job runs at a time, in call order. The next one is always started from the event
 * loop (a queued call), never from the previous job's finished signal, which some backends do
 * not survive. A keychain that is missing, unreachable or locked finishes jobs with NoKeychain;
 * a refusal by the person with Denied. Jobs still queued when the store is destroyed finish with
 * Failed.
 */
class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = SecretStore::serviceName(),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    /** Jobs queued or running. */
    int pendingCount() const { return int(m_queue.size()) + (m_running.job ? 1 : 0); }

private:
    struct Pending {
        QPointer<SecretJob> job;
        SecretJob::Operation operation = SecretJob::Operation::Read;
        QString key;
        QString value;
    };

    SecretJob *enqueue(SecretJob::Operation operation, const QString &key,
                       const QString &value = QString());
    void scheduleNext();
    void startNext();
    void onKeychainJobFinished(QKeychain::Job *keychainJob);

    QString m_service;
    std::deque<Pending> m_queue;
    Pending m_running;
    bool m_busy = false;
    bool m_scheduled = false;
};
