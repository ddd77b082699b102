// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"
#include "domain/FlightOffer.h"

#include <QList>
#include <QObject>

/**
 * The pending result of one FlightProvider::search(). It emits finished() exactly once, in
 * the thread it lives in, after which offers() or error() hold the outcome. cancel() before
 * that makes it finish with ProviderError::Code::Cancelled and frees the work in flight.
 * The caller owns the reply (deleteLater() it after finished()).
 */
class SearchReply : public QObject {
    Q_OBJECT

public:
    explicit SearchReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    const QList<FlightOffer> &offers() const { return m_offers; }
    ProviderError error() const { return m_error; }
    /** Milliseconds from the start of the search to finished(). */
    qint64 elapsedMs() const { return m_elapsedMs; }

    void cancel();

    // For providers: deliver the outcome. Only the first call has an effect.
    void finishWithOffers(QList<FlightOffer> offers, qint64 elapsedMs);
    void finishWithError(const ProviderError &error, qint64 elapsedMs);

Q_SIGNALS:
    void finished();
    /** Emitted when cancel() is called, so that the provider can stop its work. */
    void cancelRequested();

private:
    bool m_finished = false;
    QList<FlightOffer> m_offers;
    ProviderError m_error;
    qint64 m_elapsedMs = 0;
};
