// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMessage.h"

QString ChatMessage::roleName(Role role) {
    switch (role) {
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

ChatMessage::Role ChatMessage::roleFromName(QStringView name) {
    if (name == u"user")
        return Role::User;
    if (name == u"assistant")
        return Role::Assistant;
    return Role::System;
}
