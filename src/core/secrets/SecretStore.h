// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretJob.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // booking.secrets: keys and outcomes only, never values

/** The keys the app keeps in a SecretStore. */
namespace SecretKeys {
inline QString duffelToken() {
    return QStringLiteral("duffel/token");
}
inline QString amadeusClientId() {
    return QStringLiteral("amadeus/client_id");
}
inline QString amadeusClientSecret() {
    return QStringLiteral("amadeus/client_secret");
}
} // namespace SecretKeys

/**
 * Where credentials live: a string secret per key ("duffel/token", see SecretKeys) under one
 * service name ("booking-assistant"). Every call returns at once with a SecretJob the caller
 * owns; the job finishes later from the event loop, in call order. Secrets are never written
 * to logs, QSettings or the database by a store. Implementations: KeychainSecretStore (the OS
 * keychain), MemorySecretStore (tests, and one run without a keychain), FallbackSecretStore
 * (the keychain, or memory once the keychain proves unavailable).
 */
class SecretStore : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /** "booking-assistant": the keychain service all the app's secrets are kept under. */
    static QString serviceName() { return QStringLiteral("booking-assistant"); }

    /** Reads @p key: Ok with the value, or NotFound, or a failure status. */
    virtual SecretJob *read(const QString &key) = 0;
    /** Stores @p value under @p key, replacing any previous value. */
    virtual SecretJob *write(const QString &key, const QString &value) = 0;
    /** Forgets @p key; Ok also when nothing was stored. */
    virtual SecretJob *remove(const QString &key) = 0;
    /** True when what is written survives the program (a keychain), false for memory only. */
    virtual bool isPersistent() const = 0;
};
