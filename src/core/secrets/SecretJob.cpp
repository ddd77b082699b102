// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJob.h"

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key) {}

SecretJob::~SecretJob() {
    // Overwrite the secret before its memory is released (QString::fill detaches first, so
    // only our own copy is touched; shared copies belong to whoever holds them).
    m_value.fill(QChar(u'\0'));
}

void SecretJob::finish(Status status, const QString &value, const QString &errorString) {
    if (isFinished() || status == Status::Pending)
        return;
    m_status = status;
    m_value = status == Status::Ok && m_operation == Operation::Read ? value : QString();
    m_errorString = errorString;
    Q_EMIT finished();
}

QString SecretJob::statusName(Status status) {
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not found");
    case Status::NoKeychain:
        return QStringLiteral("no keychain");
    case Status::Denied:
        return QStringLiteral("access denied");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}
