// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpConnection.h"

#include "SandboxHttp2Connection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;
/** The HTTP/2 client connection preface (RFC 9113 section 3.4). */
constexpr QByteArrayView Http2Preface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/** True when the comma-separated header @p value lists @p token (case-insensitive). */
bool hasToken(const QByteArray &value, QByteArrayView token) {
    for (const QByteArray &item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
enum class Dechunk { NeedMore, Done, Bad, TooLarge };

/**
 * Decodes a chunked body (RFC 9112 section 7.1) starting at @p from in @p buffer: chunk sizes in
 * hex with optional extensions, then the last chunk ("0"), optional trailer fields (ignored)
 * and the final empty line. On Done, @p body holds the data and @p consumed the offset just
 * past the body in @p buffer. The chunk lines are scanned first and the data copied once, so a
 * body arriving in many reads is not copied again on each.
 */
Dechunk dechunk(const QByteArray &buffer, qsizetype from, QByteArray *body, qsizetype *consumed) {
    constexpr qsizetype MaxLineBytes = 4096;
    QList<std::pair<qsizetype, qsizetype>> spans; // offset, size of each chunk's data
    qsizetype total = 0;
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buffer.indexOf("\r\n", pos);
        if (eol < 0)
            return buffer.size() - pos > MaxLineBytes ? Dechunk::Bad : Dechunk::NeedMore;
        if (eol - pos > MaxLineBytes)
            return Dechunk::Bad;
        QByteArray sizeText = buffer.mid(pos, eol - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions are ignored
        sizeText = sizeText.trimmed();
        if (sizeText.isEmpty() || sizeText.size() > 8)
            return Dechunk::Bad;
        bool ok = false;
        const qsizetype size = qsizetype(sizeText.toLongLong(&ok, 16));
        if (!ok || size < 0 || sizeText.startsWith('+') || sizeText.startsWith('-'))
            return Dechunk::Bad;
        pos = eol + 2;
        if (size == 0) {
            // Trailer fields, each ending in CRLF, then an empty line.
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return buffer.size() - pos > MaxHeaderBytes ? Dechunk::Bad : Dechunk::NeedMore;
                if (lineEnd - from > MaxBodyBytes + MaxHeaderBytes)
                    return Dechunk::TooLarge;
                const bool last = lineEnd == pos;
                pos = lineEnd + 2;
                if (last)
                    break;
            }
            body->clear();
            body->reserve(total);
            for (const auto &[offset, length] : spans)
                body->append(buffer.constData() + offset, length);
            *consumed = pos;
            return Dechunk::Done;
        }
        total += size;
        if (total > MaxBodyBytes)
            return Dechunk::TooLarge;
        if (buffer.size() < pos + size + 2)
            return Dechunk::NeedMore;
        if (buffer.at(pos + size) != '\r' || buffer.at(pos + size + 1) != '\n')
            return Dechunk::Bad;
        spans.append({pos, size});
        pos += size + 2;
    }
}
} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket *socket, QObject *parent)
    : SandboxConnection(parent)
    , m_socket(socket) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readData);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    QTimer::singleShot(0, this, &SandboxHttpConnection::readData);
}

SandboxHttpConnection::~SandboxHttpConnection() = default;

void SandboxHttpConnection::readData() {
    if (m_closing || !m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    if (!m_busy)
        parseOne();
}

bool SandboxHttpConnection::parseOne() {
    if (m_requests == 0 && !m_buffer.isEmpty() && m_buffer.startsWith("PRI ")) {
        // HTTP/2 with prior knowledge: the preface is the first thing on the connection.
        if (m_buffer.size() < Http2Preface.size() &&
            Http2Preface.startsWith(QByteArrayView(m_buffer)))
            return false;
        if (m_buffer.startsWith(Http2Preface)) {
            switchToHttp2(nullptr, {});
            return false;
        }
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(413, "header too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "bad request line");
        return false;
    }
    SandboxHttpRequest request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "bad header");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.insert(name, request.headers.contains(name)
                                         ? request.headers.value(name) + ", " + value
                                         : value);
    }
    if (request.headers.contains("transfer-encoding")) {
        const QByteArray coding = request.header("transfer-encoding").trimmed().toLower();
        if (coding != "chunked") { // gzip, "gzip, chunked", ...: only chunked is understood
            fail(501, "transfer coding " + coding + " is not supported (only chunked)");
            return false;
        }
        if (request.headers.contains("content-length")) { // RFC 9112 6.3: a smuggling risk
            fail(400, "both content-length and transfer-encoding");
            return false;
        }
        qsizetype consumed = 0;
        switch (dechunk(m_buffer, end + 4, &request.body, &consumed)) {
        case Dechunk::NeedMore:
            return false;
        case Dechunk::Bad:
            fail(400, "bad chunked body");
            return false;
        case Dechunk::TooLarge:
            fail(413, "body too large");
            return false;
        case Dechunk::Done:
            break;
        }
        m_buffer.remove(0, consumed);
    } else {
        bool ok = true;
        const qint64 length = request.headers.contains("content-length")
                                  ? request.header("content-length").toLongLong(&ok)
                                  : 0;
        if (!ok || length < 0) {
            fail(400, "bad content-length");
            return false;
        }
        if (length > MaxBodyBytes) {
            fail(413, "body too large");
            return false;
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        request.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
    }

    request.setTarget(requestLine.at(1));
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close")
                                                  : connection.contains("keep-alive");
    ++m_requests;
    if (upgradeToHttp2(request, requestLine.at(2)))
        return false;
    m_busy = true;
    Q_EMIT requestReceived(0, request);
    return true;
}

bool SandboxHttpConnection::upgradeToHttp2(const SandboxHttpRequest &request,
                                           const QByteArray &version) {
    if (version != "HTTP/1.1" || !hasToken(request.header("upgrade"), "h2c"))
        return false;
    const QByteArray connection = request.header("connection");
    if (!hasToken(connection, "upgrade") || !hasToken(connection, "http2-settings"))
        return false;
    // Exactly one HTTP2-Settings: repeated fields were joined with ", ", and base64url has no
    // comma.
    const QByteArray settings = request.header("http2-settings").trimmed();
    if (!request.headers.contains("http2-settings") || settings.contains(','))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        settings, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() % 6 != 0)
        return false;
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n"
                    "Upgrade: h2c\r\n\r\n");
    switchToHttp2(&request, decoded.decoded);
    return true;
}

void SandboxHttpConnection::switchToHttp2(const SandboxHttpRequest *upgraded,
                                          const QByteArray &settings) {
    m_closing = true;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    auto *next = new SandboxHttp2Connection(socket, parent());
    setParent(nullptr);
    Q_EMIT replacedBy(next);
    const QByteArray rest = std::exchange(m_buffer, {});
    if (upgraded)
        next->startUpgraded(*upgraded, settings, rest);
    else
        next->startWithPriorKnowledge(rest);
    deleteLater();
}

void SandboxHttpConnection::respond(quint32, const SandboxHttpResponse &response,
                                    Delivery delivery) {
    if (!m_busy || m_closing)
        return;
    if (delivery == Delivery::Stall) {
        m_closing = true; // never answers again on this connection
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool keepAlive = m_keepAlive && delivery == Delivery::Normal;
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (delivery == Delivery::Truncate)
        m_socket->write(response.body.left(response.body.size() / 2));
    else
        m_socket->write(response.body);
    m_busy = false;
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the bytes are written
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_busy && !m_closing)
                parseOne();
        });
}

void SandboxHttpConnection::abort() {
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}

void SandboxHttpConnection::fail(int status, const QByteArray &reason) {
    SandboxHttpResponse r = SandboxHttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(reason)}});
    m_busy = true;
    m_keepAlive = false;
    respond(r);
}
