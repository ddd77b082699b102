// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

/**
 * The outcome of one HealthCheck run: one entry per check ("reachable", "authenticated",
 * "rate_limit", "latency", "database", "keychain"), in that order, each with a status, a sentence
 * for the person (in the UI language) and its numbers (such as "p50_ms"). A check that was not
 * asked for is absent. Plain values: copyable, and safe to hand between threads.
 */
struct HealthReport {
    enum class Status { Ok, Warning, Failed };

    struct Check {
        QString name;
        Status status = Status::Ok;
        QString message;
        QVariantMap numbers; ///< name -> integer (or string for a time), e.g. "p95_ms": 120

        bool operator==(const Check &o) const {
            return name == o.name && status == o.status && message == o.message &&
                   numbers == o.numbers;
        }
    };

    QString providerId; ///< the provider checked; empty when none
    QList<Check> checks;

    /** True unless a check failed (warnings are fine). */
    bool ok() const;
    bool hasWarnings() const;
    /** The check named @p name, null if absent. */
    const Check *find(const QString &name) const;
    /**
     * {"ok": bool, "provider": id, "checks": [{"name", "status": "ok"|"warning"|"failed",
     * "message", ...numbers}]}
     */
    QJsonObject toJson() const;

    /** "ok", "warning" or "failed". */
    static QString statusName(Status status);
};

Q_DECLARE_METATYPE(HealthReport)
