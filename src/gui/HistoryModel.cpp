// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include <QLocale>

#include <algorithm>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent) {}

void HistoryModel::setSessions(QList<SessionSummary> sessions) {
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const SessionSummary &a, const SessionSummary &b) {
                         const QDateTime &ta = a.updatedAt.isValid() ? a.updatedAt : a.createdAt;
                         const QDateTime &tb = b.updatedAt.isValid() ? b.updatedAt : b.createdAt;
                         if (ta != tb)
                             return ta > tb;
                         return a.id > b.id;
                     });
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int HistoryModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 HistoryModel::sessionId(int row) const {
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : 0;
}

QString HistoryModel::shortWhen(const QDateTime &utc) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"))
                         : QString();
}

QString HistoryModel::subtitle(const SessionSummary &session) {
    const QString date =
        shortWhen(session.updatedAt.isValid() ? session.updatedAt : session.createdAt);
    const QString messages = session.messageCount == 1
                                 ? tr("1 message")
                                 : tr("%n messages", nullptr, session.messageCount);
    const QString offers =
        session.offerCount == 1 ? tr("1 offer") : tr("%n offers", nullptr, session.offerCount);
    if (date.isEmpty())
        return tr("%1 · %2").arg(messages, offers);
    return tr("%1 · %2 · %3").arg(date, messages, offers);
}

int HistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SessionSummary &session = m_sessions.at(index.row());
    const QString title = session.title.isEmpty() ? tr("(untitled conversation)") : session.title;
    switch (role) {
    case Qt::DisplayRole:
        return title + u'\n' + subtitle(session);
    case Qt::ToolTipRole:
        return session.source == QLatin1String("cli")
                   ? tr("%1\nFrom the command line").arg(session.title)
                   : session.title;
    case SessionIdRole:
        return session.id;
    case TitleRole:
        return title;
    case SubtitleRole:
        return subtitle(session);
    case UpdatedRole:
        return session.updatedAt;
    default:
        return QVariant();
    }
}
