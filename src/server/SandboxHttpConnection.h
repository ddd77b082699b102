// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttpRequest.h"
#include "SandboxHttpResponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

/**
 * One client connection of the sandbox server: reads HTTP/1.1 requests (Content-Length or
 * chunked bodies, keep-alive, one request at a time: a pipelined request waits until the
 * previous one is answered) and writes responses, including the broken ones of fault injection.
 *
 * A request line or headers over 64 KiB or garbage get a 400, a body over 32 MiB a 413, a
 * malformed chunked body or one with a Content-Length too a 400, a transfer coding other than
 * chunked a 501; then the connection is closed. The connection deletes itself when the socket
 * closes.
 */
class SandboxHttpConnection : public QObject {
    Q_OBJECT

public:
    /** How a response is delivered. */
    enum class Delivery {
        Normal,   ///< the whole response
        Truncate, ///< headers announce the full length, half the body is sent, then close
        Stall,    ///< nothing is ever sent; the connection stays open until the client gives up
    };

    /** Takes ownership of @p socket. */
    explicit SandboxHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SandboxHttpConnection() override;

    /** Answers the request last emitted by requestReceived(); only once per request. */
    void respond(const SandboxHttpResponse &response, Delivery delivery = Delivery::Normal);
    /** Closes the connection at once (pending data dropped). */
    void abort();

Q_SIGNALS:
    void requestReceived(const SandboxHttpRequest &request);

private:
    void readData();
    /** Parses at most one request out of the buffer; false when more bytes are needed. */
    bool parseOne();
    void fail(int status, const QByteArray &reason);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_busy = false;     ///< a request is waiting for its response
    bool m_keepAlive = true; ///< of the request being answered
    bool m_closing = false;
};
