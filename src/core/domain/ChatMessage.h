// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextSpan.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** One line of a conversation, as shown in the transcript and kept in the history. */
struct ChatMessage {
    Q_GADGET

public:
    enum class Role { User, Assistant, System };
    Q_ENUM(Role)

    qint64 id = 0; ///< database id once stored, 0 before
    qint64 sessionId = 0;
    Role role = Role::User;
    QString text;               ///< plain text, never rich text
    QDateTime timestamp;        ///< UTC
    QList<TextSpan> highlights; ///< understood parts of a user message
    int offerCount = 0;         ///< offers shown with this (assistant) message

    static QString roleName(Role role);
    static Role roleFromName(QStringView name);
    bool operator==(const ChatMessage &o) const {
        return id == o.id && sessionId == o.sessionId && role == o.role && text == o.text &&
               timestamp == o.timestamp && highlights == o.highlights && offerCount == o.offerCount;
    }
};

Q_DECLARE_METATYPE(ChatMessage)
