// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChatMessage.h"

#include <QAbstractListModel>
#include <QList>

/**
 * The messages of one conversation, oldest first, for the transcript view.
 * Qt::DisplayRole is the plain text; the other roles feed ChatBubbleDelegate.
 */
class TranscriptModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        RoleRole = Qt::UserRole, ///< int(ChatMessage::Role)
        TimestampRole,           ///< QDateTime (UTC)
        HighlightsRole,          ///< QList<TextSpan>
        MessageRole,             ///< the whole ChatMessage
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    /** Replaces every message (a model reset). */
    void setMessages(const QList<ChatMessage> &messages);
    /** Appends @p message as the last row. */
    void addMessage(const ChatMessage &message);
    /**
     * Replaces a message already added: the row with the same non-zero id, else the newest row
     * with the same role, timestamp and text (a message that has just been given its id or its
     * highlights). Returns false, changing nothing, when no row matches.
     */
    bool updateMessage(const ChatMessage &message);
    void clear() { setMessages({}); }
    const QList<ChatMessage> &messages() const { return m_messages; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int findRow(const ChatMessage &message) const;

    QList<ChatMessage> m_messages;
};
