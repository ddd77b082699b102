// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySearchModel.h"

#include "HistoryModel.h"

HistorySearchModel::HistorySearchModel(QObject *parent)
    : QAbstractListModel(parent) {}

void HistorySearchModel::setHits(const QList<HistoryHit> &hits) {
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int HistorySearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant HistorySearchModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_hits.size())
        return QVariant();
    const HistoryHit &hit = m_hits.at(index.row());
    const QString title =
        hit.sessionTitle.isEmpty() ? tr("Untitled conversation") : hit.sessionTitle.simplified();
    switch (role) {
    case Qt::DisplayRole:
        return title + QLatin1Char('\n') + hit.snippet;
    case Qt::ToolTipRole:
        return hit.snippet;
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(title, data(index, WhenRole).toString(), hit.snippet);
    case SessionIdRole:
        return hit.sessionId;
    case MessageIdRole:
        return hit.messageId;
    case TitleRole:
        return title;
    case SnippetRole:
        return hit.snippet;
    case WhenRole:
        return HistoryModel::shortWhen(hit.at);
    default:
        return QVariant();
    }
}
