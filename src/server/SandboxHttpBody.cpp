// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

QByteArray SandboxHttpBody::gzip(const QByteArray &data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

QByteArray SandboxHttpBody::gunzip(const QByteArray &data) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[65536];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break;
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

QByteArray SandboxHttpBody::huge(const QByteArray &json, qsizetype bytes) {
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QByteArray element;
    const QJsonValue data = object.value(QStringLiteral("data"));
    if (data.isArray() && !data.toArray().isEmpty())
        element = QJsonDocument(data.toArray().first().toObject()).toJson(QJsonDocument::Compact);
    else if (data.isObject())
        element = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    if (element.size() < 16)
        element = "{\"note\":\"sandbox padding: a huge but valid body\",\"filler\":\"" +
                  QByteArray(1024, 'x') + "\"}";
    QByteArray out = json.trimmed();
    if (!out.endsWith('}'))
        return json;
    out.chop(1);
    out.reserve(bytes + element.size() + 64);
    out += out.endsWith('{') ? "\"sandbox_padding\":[" : ",\"sandbox_padding\":[";
    bool first = true;
    while (out.size() < bytes) {
        if (!first)
            out += ',';
        out += element;
        first = false;
    }
    out += "]}";
    return out;
}

QByteArray SandboxHttpBody::malformed(const QByteArray &json) {
    return json.left(json.size() * 2 / 3) + "\x01<!-- upstream error -->\"]}{";
}
