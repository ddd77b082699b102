// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

/** One row of the history list. */
struct SessionSummary {
    qint64 id = 0;
    QString title;       ///< the first user message, shortened, or a title set later
    QString source;      ///< "app" or "cli"
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC, last message
    int messageCount = 0;
    int offerCount = 0;

    bool operator==(const SessionSummary &o) const {
        return id == o.id && title == o.title && source == o.source && createdAt == o.createdAt &&
               updatedAt == o.updatedAt && messageCount == o.messageCount &&
               offerCount == o.offerCount;
    }
};

Q_DECLARE_METATYPE(SessionSummary)
