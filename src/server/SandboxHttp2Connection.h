// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxConnection.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <unordered_map>

class QTcpSocket;
struct nghttp2_session;

/**
 * One HTTP/2 cleartext (h2c) client connection of the sandbox server, on libnghttp2: every
 * request is a stream, answered independently and in any order, so one connection carries all
 * of a client's concurrent requests. Started by SandboxHttpConnection, either after the client's
 * connection preface (prior knowledge) or after an `Upgrade: h2c` request answered with 101
 * (that request becomes stream 1, half-closed, and its response goes out there).
 *
 * The server announces up to 256 concurrent streams. Request bodies over 32 MiB get a 413. What
 * libnghttp2 finds malformed (frames, pseudo-headers, HTTP messaging) resets the stream or ends
 * the connection with GOAWAY, as RFC 9113 says. Faults per stream (SandboxConnection::Delivery):
 * Truncate sends the headers (content-length of the whole body) and half the body, then
 * RST_STREAM with INTERNAL_ERROR; Stall leaves the stream open and unanswered. A stream the
 * client reset (cancelled) is forgotten, and a late respond() for it does nothing.
 * The connection deletes itself when its socket closes.
 */
class SandboxHttp2Connection : public SandboxConnection {
    Q_OBJECT

public:
    /** Takes ownership of @p socket; nothing happens before one of the start functions. */
    explicit SandboxHttp2Connection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SandboxHttp2Connection() override;

    /** Starts with prior knowledge; @p received holds the bytes read so far (the preface...). */
    void startWithPriorKnowledge(const QByteArray &received);
    /**
     * Starts after a 101 to @p request (its stream 1 is emitted as requestReceived(1, ...)), with
     * the decoded HTTP2-Settings payload @p settings and the bytes read after the request.
     */
    void startUpgraded(const SandboxHttpRequest &request, const QByteArray &settings,
                       const QByteArray &received);

    void respond(quint32 stream, const SandboxHttpResponse &response,
                 Delivery delivery = Delivery::Normal) override;
    void abort() override;
    QByteArray protocol() const override { return QByteArrayLiteral("HTTP/2"); }

    /** Streams open now (requests being received, waiting for or sending their response). */
    int openStreamCount() const { return int(m_streams.size()); }

private:
    struct Stream;
    struct Callbacks;
    friend struct Callbacks;

    bool createSession();
    void readData();
    /** Feeds @p data to the session, then emits the requests it completed and sends. */
    void feed(const QByteArray &data);
    /** Writes whatever the session has to send; closes when the session is done. */
    void flush();
    void emitCompleted();
    Stream *stream(qint32 id) const;
    /** Turns the request of @p s into its final form once END_STREAM arrived. */
    void complete(qint32 id);

    QTcpSocket *m_socket = nullptr;
    nghttp2_session *m_session = nullptr;
    std::unordered_map<qint32, std::unique_ptr<Stream>> m_streams;
    QList<qint32> m_completed; ///< requests complete, to emit once the session returns
    bool m_inSession = false;  ///< inside a libnghttp2 call: no flush now
    bool m_closing = false;
};
