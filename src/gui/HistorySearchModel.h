// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/HistoryTypes.h"

#include <QAbstractListModel>
#include <QList>

/**
 * The hits of a history search, best first, as SessionStore::searchHistory() gives them.
 * Qt::DisplayRole is plain text (title, then the snippet); the delegate draws the marks.
 */
class HistorySearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        SessionIdRole = Qt::UserRole, ///< qint64
        MessageIdRole,                ///< qint64 (0: the session's offers matched)
        TitleRole,                    ///< QString
        SnippetRole,                  ///< QString, plain text
        WhenRole,                     ///< QString: the hit's date in local time
    };

    explicit HistorySearchModel(QObject *parent = nullptr);

    /** Replaces the hits (a model reset). */
    void setHits(const QList<HistoryHit> &hits);
    const QList<HistoryHit> &hits() const { return m_hits; }
    /** The hit at @p row; a default one when out of range. */
    HistoryHit hit(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryHit> m_hits;
};
