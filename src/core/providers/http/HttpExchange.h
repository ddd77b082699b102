// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpCall.h"
#include "HttpResponse.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;
class QTimer;
class HttpTransport;

/**
 * One HttpCall in flight (with its retries and waits), made by HttpTransport::send(). It lives
 * in the transport's thread, is owned by the caller, and emits finished() exactly once, never
 * inside send(); response() then holds the outcome. cancel() (or deleting it) aborts the
 * QNetworkReply in flight and frees it at once; a cancelled exchange finishes with
 * HttpResponse::cancelled set. If the transport goes away first, the exchange finishes as
 * cancelled.
 */
class HttpExchange : public QObject {
    Q_OBJECT

public:
    ~HttpExchange() override;

    const HttpCall &call() const { return m_call; }
    const HttpResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    /** Stops everything: aborts the reply, stops timers, finishes as cancelled (if not yet). */
    void cancel();
    /** The QNetworkReply of the attempt in flight, or null (for tests: it is freed on cancel). */
    QNetworkReply *currentReply() const { return m_reply.data(); }

    /**
     * Sets the HTTP/2 attributes every request of the transport gets for @p url: https://
     * keeps Qt's default (HTTP/2 by ALPN, HTTP/1.1 otherwise); http:// asks for HTTP/2
     * cleartext, and falls back to HTTP/1.1 with a server that does not speak it. A loopback
     * endpoint is also asked not to compress (Accept-Encoding: identity).
     */
    static void applyHttp2Policy(QNetworkRequest &request, const QUrl &url);

Q_SIGNALS:
    void finished();

private:
    friend class HttpTransport;
    HttpExchange(HttpTransport *transport, HttpCall call, RetryPolicy policy);

    void scheduleAttempt(qint64 delayMs);
    void startAttempt();
    void onReplyFinished();
    void onTimeout();
    void onReplyLost();
    void releaseReply(bool abort);
    void finish();

    QPointer<HttpTransport> m_transport;
    HttpCall m_call;
    RetryPolicy m_policy;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply; ///< null once the QNAM deleted it
    QTimer *m_timer = nullptr;       ///< attempt deadline and waits between attempts
    QElapsedTimer m_clock;
    qint64 m_attemptStartMs = 0;
    bool m_waiting = false; ///< m_timer counts a wait, not an attempt deadline
    bool m_finished = false;
};
