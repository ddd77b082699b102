// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

/**
 * The pending result of one SecretStore call (read, write or remove of one key). It emits
 * finished() exactly once, from the event loop of its thread (never inside the store call that
 * created it), after which status() and, for a read, value() hold the outcome. The caller owns
 * the job (deleteLater() it after finished()); deleting it earlier only drops the result, the
 * operation itself may still happen. The value is wiped from memory when the job is destroyed.
 */
class SecretJob : public QObject {
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)
    enum class Status {
        Pending,    ///< not finished yet
        Ok,         ///< done (a remove of a missing key is Ok too)
        NotFound,   ///< read: no secret stored under that key
        NoKeychain, ///< no keychain works on this system (no backend, locked, unreachable)
        Denied,     ///< the person refused access when the keychain asked
        Failed      ///< anything else; errorString() says what, for the logs
    };
    Q_ENUM(Status)

    SecretJob(Operation operation, const QString &key, QObject *parent = nullptr);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_status != Status::Pending; }
    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    /** The secret read; empty unless a read finished Ok. Never log it. */
    QString value() const { return m_value; }
    /** What went wrong, in English, for logs. Never contains a secret. */
    QString errorString() const { return m_errorString; }
    /**
     * True when the operation was carried out in memory only because no keychain works: the
     * secret is forgotten when the program quits.
     */
    bool isInMemoryOnly() const { return m_inMemoryOnly; }

    /**
     * For stores: records the outcome and emits finished(). Only the first call has an effect;
     * @p status must not be Pending. Stores call it from the event loop, never inside read(),
     * write() or remove().
     */
    void finish(Status status, const QString &value = QString(),
                const QString &errorString = QString());
    /** For stores: marks the job as carried out in memory only (before finish()). */
    void setInMemoryOnly(bool inMemoryOnly) { m_inMemoryOnly = inMemoryOnly; }

    /** A short English name of @p status for logs ("ok", "not found", "no keychain"...). */
    static QString statusName(Status status);

Q_SIGNALS:
    void finished();

private:
    Operation m_operation;
    QString m_key;
    Status m_status = Status::Pending;
    QString m_value;
    QString m_errorString;
    bool m_inMemoryOnly = false;
};
