// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

/**
 * One HTTP request as a provider describes it to HttpTransport::send(). A value: copy it freely.
 *
 * Headers may carry secrets (Authorization, client secrets in a form body): the transport never
 * logs headers or bodies, only the method, the URL path, the status, the time and x-request-id.
 * Do not set Accept-Encoding: Qt then asks for gzip/deflate itself and inflates the body (on
 * a loopback endpoint the transport asks for identity instead), so HttpResponse::body is always
 * the decoded payload.
 */
struct HttpCall {
    QByteArray method = QByteArrayLiteral("GET"); ///< GET, POST, PUT, PATCH, DELETE
    QUrl url;                                     ///< absolute, with its query
    QList<QPair<QByteArray, QByteArray>> headers; ///< in order; names as sent
    QByteArray body;                              ///< sent as is (empty: no body)
    /**
     * Milliseconds one attempt may take, from sending to the last byte (and the transfer
     * timeout, the longest silence allowed on the socket). Must be > 0; an attempt past it ends
     * with ProviderError::Code::Timeout (retried only if the policy retries timeouts).
     */
    int timeoutMs = 30000;
    /**
     * True when sending the call twice cannot do harm (searches, reads, a token request): only
     * then are network failures, timeouts and retryable statuses retried. An order creation is
     * not idempotent: it is retried only on 429 (the server did not act on it).
     */
    bool idempotent = true;

    /** Convenience: appends a header. */
    HttpCall &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
        return *this;
    }
};
