// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttp2Connection.h"

#include "diagnostics/LoggingCategories.h"

#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <nghttp2/nghttp2.h>

#include <cstring>

namespace {
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;
constexpr quint32 MaxConcurrentStreams = 256;

/** Connection-specific fields, forbidden in HTTP/2 (RFC 9113 section 8.2.2). */
bool isConnectionSpecific(const QByteArray &lowerName) {
    return lowerName == "connection" || lowerName == "keep-alive" ||
           lowerName == "proxy-connection" || lowerName == "transfer-encoding" ||
           lowerName == "upgrade";
}

nghttp2_nv makeNv(const QByteArray &name, const QByteArray &value) {
    return {reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
            reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()),
            size_t(value.size()), NGHTTP2_NV_FLAG_NONE};
}
} // namespace

struct SandboxHttp2Connection::Stream {
    SandboxHttpRequest request;
    QByteArray target;     ///< :path
    bool tooLarge = false; ///< the request body passed MaxBodyBytes
    bool answered = false; ///< respond() was called (or a 413 went out)
    QByteArray body;       ///< the response body being sent
    qsizetype offset = 0;  ///< bytes of body handed to the session
    qsizetype limit = 0;   ///< bytes of body to send (half of it when truncating)
    bool truncate = false; ///< reset the stream once limit bytes are out
    bool resetPending = false;
};

/** The libnghttp2 callbacks; user_data is the connection. */
struct SandboxHttp2Connection::Callbacks {
    static SandboxHttp2Connection *self(void *user) {
        return static_cast<SandboxHttp2Connection *>(user);
    }

    static ssize_t send(nghttp2_session *, const uint8_t *data, size_t length, int, void *user) {
        SandboxHttp2Connection *c = self(user);
        if (!c->m_socket)
            return NGHTTP2_ERR_CALLBACK_FAILURE;
        c->m_socket->write(reinterpret_cast<const char *>(data), qint64(length));
        return ssize_t(length);
    }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user) {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
            self(user)->m_streams[frame->hd.stream_id] = std::make_unique<Stream>();
        return 0;
    }

    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name,
                      size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t,
                      void *user) {
        Stream *s = self(user)->stream(frame->hd.stream_id);
        if (!s || frame->hd.type != NGHTTP2_HEADERS)
            return 0; // trailers and unknown streams: ignored
        const QByteArray n(reinterpret_cast<const char *>(name), qsizetype(nameLength));
        const QByteArray v(reinterpret_cast<const char *>(value), qsizetype(valueLength));
        if (n == ":method") {
            s->request.method = v;
        } else if (n == ":path") {
            s->target = v;
        } else if (n == ":authority") {
            s->request.headers.insert("host", v);
        } else if (!n.startsWith(':')) { // names are lower case (libnghttp2 checks)
            auto &headers = s->request.headers;
            const char *separator = n == "cookie" ? "; " : ", ";
            headers.insert(n, headers.contains(n) ? headers.value(n) + separator + v : v);
        }
        return 0;
    }

    static int dataChunk(nghttp2_session *, uint8_t, int32_t id, const uint8_t *data, size_t length,
                         void *user) {
        SandboxHttp2Connection *c = self(user);
        Stream *s = c->stream(id);
        if (!s || s->tooLarge)
            return 0;
        if (s->request.body.size() + qsizetype(length) > MaxBodyBytes) {
            s->tooLarge = true;
            s->request.body.clear();
            s->answered = true;
            SandboxHttpResponse r = SandboxHttpResponse::json(
                413, QJsonObject{{QStringLiteral("error"), QStringLiteral("body too large")}});
            c->respond(quint32(id), r); // submitted now, sent when the session returns
            return 0;
        }
        s->request.body.append(reinterpret_cast<const char *>(data), qsizetype(length));
        return 0;
    }

    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *user) {
        const bool request = frame->hd.type == NGHTTP2_DATA || frame->hd.type == NGHTTP2_HEADERS;
        if (request && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM))
            self(user)->complete(frame->hd.stream_id);
        return 0;
    }

    static int frameSent(nghttp2_session *session, const nghttp2_frame *frame, void *user) {
        Stream *s = self(user)->stream(frame->hd.stream_id);
        if (s && frame->hd.type == NGHTTP2_DATA && s->resetPending) {
            s->resetPending = false;
            nghttp2_submit_rst_stream(session, NGHTTP2_FLAG_NONE, frame->hd.stream_id,
                                      NGHTTP2_INTERNAL_ERROR);
        }
        return 0;
    }

    static int streamClosed(nghttp2_session *, int32_t id, uint32_t, void *user) {
        SandboxHttp2Connection *c = self(user);
        c->m_streams.erase(id);
        c->m_completed.removeAll(id);
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t, uint8_t *buffer, size_t length,
                            uint32_t *flags, nghttp2_data_source *source, void *) {
        auto *s = static_cast<Stream *>(source->ptr);
        const qsizetype n = qMin(qsizetype(length), s->limit - s->offset);
        if (n > 0)
            std::memcpy(buffer, s->body.constData() + s->offset, size_t(n));
        s->offset += n;
        if (s->offset >= s->limit) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            if (s->truncate) {
                *flags |= NGHTTP2_DATA_FLAG_NO_END_STREAM;
                s->resetPending = true;
            }
        }
        return ssize_t(n);
    }
};

SandboxHttp2Connection::SandboxHttp2Connection(QTcpSocket *socket, QObject *parent)
    : SandboxConnection(parent)
    , m_socket(socket) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttp2Connection::readData);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

SandboxHttp2Connection::~SandboxHttp2Connection() {
    if (m_session)
        nghttp2_session_del(m_session);
}

bool SandboxHttp2Connection::createSession() {
    nghttp2_session_callbacks *callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0)
        return false;
    nghttp2_session_callbacks_set_send_callback(callbacks, &Callbacks::send);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Callbacks::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::dataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::frameReceived);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Callbacks::frameSent);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::streamClosed);
    const int rv = nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    if (rv != 0) {
        m_session = nullptr;
        return false;
    }
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, MaxConcurrentStreams},
    };
    return nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 1) == 0;
}

void SandboxHttp2Connection::startWithPriorKnowledge(const QByteArray &received) {
    if (!createSession()) {
        abort();
        return;
    }
    feed(received);
}

void SandboxHttp2Connection::startUpgraded(const SandboxHttpRequest &request,
                                           const QByteArray &settings, const QByteArray &received) {
    if (!createSession() ||
        nghttp2_session_upgrade2(m_session, reinterpret_cast<const uint8_t *>(settings.constData()),
                                 size_t(settings.size()), request.method == "HEAD", nullptr) != 0) {
        abort();
        return;
    }
    auto first = std::make_unique<Stream>();
    first->request = request;
    m_streams[1] = std::move(first);
    m_completed.append(1);
    feed(received);
}

void SandboxHttp2Connection::readData() {
    if (m_closing || !m_session)
        return;
    feed(m_socket->readAll());
}

void SandboxHttp2Connection::feed(const QByteArray &data) {
    if (!data.isEmpty()) {
        m_inSession = true;
        const ssize_t rv = nghttp2_session_mem_recv(
            m_session, reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        m_inSession = false;
        if (rv < 0) {
            qCDebug(lcApi) << "sandbox h2: closing the connection:" << nghttp2_strerror(int(rv));
            if (rv != NGHTTP2_ERR_BAD_CLIENT_MAGIC)
                nghttp2_session_terminate_session(m_session, NGHTTP2_PROTOCOL_ERROR);
            flush();
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
    }
    emitCompleted();
}

void SandboxHttp2Connection::emitCompleted() {
    QPointer<SandboxHttp2Connection> guard(this);
    while (guard && !m_completed.isEmpty()) {
        const qint32 id = m_completed.takeFirst();
        Stream *s = stream(id);
        if (!s)
            continue;
        const SandboxHttpRequest request = s->request;
        Q_EMIT requestReceived(quint32(id), request);
    }
    if (guard)
        flush();
}

void SandboxHttp2Connection::flush() {
    if (m_inSession || !m_session || !m_socket)
        return;
    m_inSession = true;
    const int rv = nghttp2_session_send(m_session);
    m_inSession = false;
    if (rv != 0 ||
        (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session))) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

SandboxHttp2Connection::Stream *SandboxHttp2Connection::stream(qint32 id) const {
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? nullptr : it->second.get();
}

void SandboxHttp2Connection::complete(qint32 id) {
    Stream *s = stream(id);
    if (!s || s->tooLarge)
        return;
    s->request.setTarget(s->target);
    m_completed.append(id);
}

void SandboxHttp2Connection::respond(quint32 id, const SandboxHttpResponse &response,
                                     Delivery delivery) {
    Stream *s = stream(qint32(id));
    if (!s || !m_session || m_closing || (s->answered && !s->tooLarge))
        return;
    s->answered = true;
    if (delivery == Delivery::Stall)
        return; // the stream stays open and unanswered until the client resets it
    s->body = response.body;
    s->offset = 0;
    s->truncate = delivery == Delivery::Truncate;
    s->limit = s->truncate ? response.body.size() / 2 : response.body.size();

    QList<QByteArray> storage; // names and values outlive nghttp2_submit_response (it copies)
    storage.reserve(2 * response.headers.size() + 4);
    storage << QByteArrayLiteral(":status") << QByteArray::number(response.status);
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (isConnectionSpecific(lower) || lower == "content-length")
            continue;
        storage << lower << value;
    }
    storage << QByteArrayLiteral("content-length") << QByteArray::number(response.body.size());
    QList<nghttp2_nv> nv;
    nv.reserve(storage.size() / 2);
    for (qsizetype i = 0; i + 1 < storage.size(); i += 2)
        nv.append(makeNv(storage.at(i), storage.at(i + 1)));

    nghttp2_data_provider provider;
    provider.source.ptr = s;
    provider.read_callback = &Callbacks::readBody;
    const bool noBody = response.body.isEmpty() && !s->truncate;
    const int rv = nghttp2_submit_response(m_session, int32_t(id), nv.constData(),
                                           size_t(nv.size()), noBody ? nullptr : &provider);
    if (rv != 0)
        qCDebug(lcApi) << "sandbox h2: cannot answer stream" << id << nghttp2_strerror(rv);
    flush();
}

void SandboxHttp2Connection::abort() {
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}
