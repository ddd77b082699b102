// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

/** One HTTP response the sandbox server sends (Content-Length is added when sent). */
struct SandboxHttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< in order; names as sent
    QByteArray body;

    /** Replaces (or adds) a header, name compared case-insensitively. */
    void setHeader(const QByteArray &name, const QByteArray &value) {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    /** A compact JSON body with the exact @p contentType (no charset: the npm SDKs need that). */
    static SandboxHttpResponse json(int status, const QJsonObject &body,
                                    const QByteArray &contentType = "application/json") {
        SandboxHttpResponse r;
        r.status = status;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", contentType);
        return r;
    }
};
