// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptModel.h"

#include <QLocale>

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent) {}

void TranscriptModel::setMessages(const QList<ChatMessage> &messages) {
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

void TranscriptModel::addMessage(const ChatMessage &message) {
    const int row = int(m_messages.size());
    beginInsertRows(QModelIndex(), row, row);
    m_messages.append(message);
    endInsertRows();
}

int TranscriptModel::findRow(const ChatMessage &message) const {
    if (message.id != 0) {
        for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
            if (m_messages.at(row).id == message.id)
                return row;
        }
    }
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        const ChatMessage &m = m_messages.at(row);
        if (m.role == message.role && m.timestamp == message.timestamp && m.text == message.text &&
            (m.id == 0 || m.id == message.id))
            return row;
    }
    return -1;
}

bool TranscriptModel::updateMessage(const ChatMessage &message) {
    const int row = findRow(message);
    if (row < 0)
        return false;
    m_messages[row] = message;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ChatMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return message.text;
    case Qt::ToolTipRole:
        return QLocale().toString(message.timestamp.toLocalTime(), QLocale::LongFormat);
    case RoleRole:
        return int(message.role);
    case TimestampRole:
        return message.timestamp;
    case HighlightsRole:
        return QVariant::fromValue(message.highlights);
    case MessageRole:
        return QVariant::fromValue(message);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoleRole, "role");
    names.insert(TimestampRole, "timestamp");
    names.insert(HighlightsRole, "highlights");
    names.insert(MessageRole, "message");
    return names;
}
