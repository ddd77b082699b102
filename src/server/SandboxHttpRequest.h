// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/** One parsed request as the sandbox server received it, over HTTP/1.1 or HTTP/2 alike. */
struct SandboxHttpRequest {
    QByteArray method;                     ///< "GET", "POST", ... as sent
    QString path;                          ///< percent-decoded, without the query
    QList<QPair<QString, QString>> query;  ///< items, keys and values percent-decoded
    QByteArray rawQuery;                   ///< as sent
    QHash<QByteArray, QByteArray> headers; ///< names lower case
    QByteArray body;

    /** Sets path, rawQuery and query from a request target ("/air/offers?limit=5"), as sent. */
    void setTarget(const QByteArray &target) {
        const QUrl url = QUrl::fromEncoded(target, QUrl::TolerantMode);
        path = url.path(QUrl::FullyDecoded);
        rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
        query.clear();
        for (const QByteArray &item : rawQuery.split('&')) {
            if (item.isEmpty())
                continue;
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = eq < 0 ? item : item.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
            query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                          QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
    }
    /** The header's value (name any case), empty when absent. */
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /** The first query item called @p name ("page[limit]"), decoded; empty when absent. */
    QString queryValue(const QString &name) const {
        for (const auto &item : query) {
            if (item.first == name)
                return item.second;
        }
        return {};
    }
    bool hasQueryItem(const QString &name) const {
        for (const auto &item : query) {
            if (item.first == name)
                return true;
        }
        return false;
    }
};
