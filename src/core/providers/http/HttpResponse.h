// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

/**
 * What came back for one HttpCall: the last attempt's status, headers and body, or the network
 * failure that ended it. A value.
 */
struct HttpResponse {
    /** HTTP status; 0 when no response arrived (network error, timeout, cancel). */
    int status = 0;
    /** Response headers with lower-case names, in arrival order. */
    QList<QPair<QByteArray, QByteArray>> headers;
    /** The decoded body (gzip already inflated by Qt); may be truncated on a network error. */
    QByteArray body;
    /** QNetworkReply's error for the last attempt; NoError for any complete HTTP response, even a
     * 4xx/5xx one (those are reported through status). */
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;  ///< the last attempt ran past HttpCall::timeoutMs
    bool cancelled = false; ///< HttpExchange::cancel() ended it
    QString errorString;    ///< Qt's description of a network error (no secrets), else empty
    int attempts = 0;       ///< how many times the call was sent
    qint64 elapsedMs = 0;   ///< from send() to the end, waits and retries included
    bool http2 = false;     ///< the last attempt's response came over HTTP/2 (h2 or h2c)

    /** The first header named @p name (any case), or a null QByteArray. */
    QByteArray header(QByteArrayView name) const;
    /** x-request-id (Duffel), or ama-request-id / x-request-id for others; may be empty. */
    QByteArray requestId() const;
    /** 2xx, with no network error. */
    bool isSuccess() const {
        return networkError == QNetworkReply::NoError && !timedOut && !cancelled && status >= 200 &&
               status < 300;
    }
};
