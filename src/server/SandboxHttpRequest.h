// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QList>
#include <QPair>
#include <QUrl>

/** One parsed HTTP/1.1 request as the sandbox server received it. */
struct SandboxHttpRequest {
    QByteArray method;                     ///< "GET", "POST", ... as sent
    QString path;                          ///< percent-decoded, without the query
    QList<QPair<QString, QString>> query; ///< items, keys and values percent-decoded
    QByteArray rawQuery;                  ///< as sent
    QHash<QByteArray, QByteArray> headers; ///< names lower case
    QByteArray body;

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
