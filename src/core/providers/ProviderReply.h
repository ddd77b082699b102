// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"

#include <QObject>

/**
 * The pending result of one FlightProvider call. It emits finished() exactly once, in the thread
 * it lives in, after which the subclass's payload or error() holds the outcome. cancel() before
 * that makes it finish with ProviderError::Code::Cancelled and lets the provider free the work in
 * flight (cancelRequested()). The caller owns the reply (deleteLater() it after finished()).
 */
class ProviderReply : public QObject {
    Q_OBJECT

public:
    explicit ProviderReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    ProviderError error() const { return m_error; }
    /** Milliseconds from the start of the call to finished(). */
    qint64 elapsedMs() const { return m_elapsedMs; }

    void cancel();
    /** For providers: deliver a failure. Only the first finish has an effect. */
    void finishWithError(const ProviderError &error, qint64 elapsedMs);

Q_SIGNALS:
    void finished();
    /** Emitted when cancel() is called, so that the provider can stop its work. */
    void cancelRequested();

protected:
    /** For subclasses: true (and marks the reply finished) when this is the first finish; the
     * subclass then stores its payload and calls emitFinished(). */
    bool beginFinish(qint64 elapsedMs);
    void emitFinished() { Q_EMIT finished(); }

private:
    bool m_finished = false;
    ProviderError m_error;
    qint64 m_elapsedMs = 0;
};
