// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchReply.h"

SearchReply::SearchReply(QObject *parent)
    : QObject(parent) {}

void SearchReply::cancel() {
    if (m_finished)
        return;
    Q_EMIT cancelRequested();
    finishWithError({ProviderError::Code::Cancelled, QStringLiteral("cancelled")}, m_elapsedMs);
}

void SearchReply::finishWithOffers(QList<FlightOffer> offers, qint64 elapsedMs) {
    if (m_finished)
        return;
    m_finished = true;
    m_offers = std::move(offers);
    m_elapsedMs = elapsedMs;
    Q_EMIT finished();
}

void SearchReply::finishWithError(const ProviderError &error, qint64 elapsedMs) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_elapsedMs = elapsedMs;
    Q_EMIT finished();
}
