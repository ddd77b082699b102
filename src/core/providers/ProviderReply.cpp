// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderReply.h"

ProviderReply::ProviderReply(QObject *parent)
    : QObject(parent) {}

void ProviderReply::cancel() {
    if (m_finished)
        return;
    Q_EMIT cancelRequested();
    finishWithError({ProviderError::Code::Cancelled, QStringLiteral("cancelled")}, m_elapsedMs);
}

void ProviderReply::finishWithError(const ProviderError &error, qint64 elapsedMs) {
    if (!beginFinish(elapsedMs))
        return;
    m_error = error;
    emitFinished();
}

bool ProviderReply::beginFinish(qint64 elapsedMs) {
    if (m_finished)
        return false;
    m_finished = true;
    m_elapsedMs = elapsedMs;
    return true;
}
