// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttpRequest.h"
#include "SandboxHttpResponse.h"

#include <QByteArray>
#include <QObject>

/**
 * One client connection of the sandbox server, whatever protocol carries it: HTTP/1.1
 * (SandboxHttpConnection) or HTTP/2 cleartext (SandboxHttp2Connection). The server routes every
 * request the same way and answers through respond(); the API handlers only ever see a
 * SandboxHttpRequest and produce a SandboxHttpResponse.
 *
 * A request is named by a stream id: the HTTP/2 stream, or 0 for the one HTTP/1.1 request in
 * progress. Answering a request the client has given up on (a closed stream, a dropped
 * connection) does nothing. The connection deletes itself when its socket closes.
 */
class SandboxConnection : public QObject {
    Q_OBJECT

public:
    /** How a response is delivered. */
    enum class Delivery {
        Normal, ///< the whole response
        /** Headers announce the full length and half the body is sent; then HTTP/1.1 closes the
         * connection and HTTP/2 resets the stream (RST_STREAM INTERNAL_ERROR). */
        Truncate,
        /** Nothing is ever sent: the request stays unanswered (HTTP/1.1: the connection answers
         * nothing more; HTTP/2: only that stream is left open) until the client gives up. */
        Stall,
    };

    using QObject::QObject;

    /** Answers request @p stream; at most once per request. */
    virtual void respond(quint32 stream, const SandboxHttpResponse &response,
                         Delivery delivery = Delivery::Normal) = 0;
    /** Closes the connection at once (pending data dropped). */
    virtual void abort() = 0;
    /** "HTTP/1.1" or "HTTP/2". */
    virtual QByteArray protocol() const = 0;

Q_SIGNALS:
    /** A complete request (body included) arrived on @p stream. */
    void requestReceived(quint32 stream, const SandboxHttpRequest &request);
    /**
     * This connection hands its socket over to @p next (HTTP/1.1 -> HTTP/2): connect to @p next
     * now; it starts (and emits its first requests) right after this signal returns. The old
     * connection deletes itself.
     */
    void replacedBy(SandboxConnection *next);
};
