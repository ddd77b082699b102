// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxConnection.h"

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
 *
 * HTTP/2 cleartext starts here both ways a client may ask for it (RFC 9113 section 3 and RFC 7540
 * section 3.2): the connection preface ("PRI * HTTP/2.0", prior knowledge) as the first bytes of
 * the connection, or an HTTP/1.1 request with `Upgrade: h2c`, exactly one `HTTP2-Settings` and
 * `Connection: Upgrade, HTTP2-Settings` (body read in full first), answered with 101 Switching
 * Protocols; its response then goes out on HTTP/2 stream 1. Either way the socket moves to a
 * SandboxHttp2Connection (replacedBy()). An upgrade request missing one of those parts is served
 * as plain HTTP/1.1, as if Upgrade were absent.
 */
class SandboxHttpConnection : public SandboxConnection {
    Q_OBJECT

public:
    /** Takes ownership of @p socket. */
    explicit SandboxHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SandboxHttpConnection() override;

    /** Answers the request last emitted by requestReceived() (@p stream is ignored: HTTP/1.1
     * has one request in progress at a time); only once per request. */
    void respond(quint32 stream, const SandboxHttpResponse &response,
                 Delivery delivery = Delivery::Normal) override;
    void respond(const SandboxHttpResponse &response, Delivery delivery = Delivery::Normal) {
        respond(0, response, delivery);
    }
    void abort() override;
    QByteArray protocol() const override { return QByteArrayLiteral("HTTP/1.1"); }

private:
    void readData();
    /** Parses at most one request out of the buffer; false when more bytes are needed. */
    bool parseOne();
    void fail(int status, const QByteArray &reason);
    /** True (and the switch done) when @p request asks for a valid h2c upgrade. */
    bool upgradeToHttp2(const SandboxHttpRequest &request, const QByteArray &version);
    /** Hands the socket (and the bytes after what was parsed) to a new HTTP/2 connection. */
    void switchToHttp2(const SandboxHttpRequest *upgraded, const QByteArray &settings);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_busy = false;     ///< a request is waiting for its response
    bool m_keepAlive = true; ///< of the request being answered
    bool m_closing = false;
    int m_requests = 0; ///< requests parsed so far (prior knowledge only on a fresh connection)
};
