// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SessionSummary.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

/**
 * The stored conversations for the history list, newest (most recently updated) first,
 * whatever order they are given in. Qt::DisplayRole is two plain-text lines: the title, then
 * the date and the message and offer counts.
 */
class HistoryModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        SessionIdRole = Qt::UserRole, ///< qint64
        TitleRole,                    ///< QString
        SubtitleRole,                 ///< QString: "Thu 3 Dec 14:05 · 4 messages · 42 offers"
        UpdatedRole,                  ///< QDateTime (UTC)
    };

    explicit HistoryModel(QObject *parent = nullptr);

    /** Replaces the list (a model reset); sorts newest first. */
    void setSessions(QList<SessionSummary> sessions);
    const QList<SessionSummary> &sessions() const { return m_sessions; }
    /** The row of session @p id, or -1. */
    int rowOf(qint64 id) const;
    /** Session id at @p row, or 0 when out of range. */
    qint64 sessionId(int row) const;
    /** "Thu 3 Dec 14:05 · 4 messages · 42 offers" for @p session, in local time. */
    static QString subtitle(const SessionSummary &session);
    /** How a history time is shown in lists: "Sun 29 Nov 13:36", local time; empty if invalid. */
    static QString shortWhen(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SessionSummary> m_sessions;
};
