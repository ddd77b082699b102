// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTextIndex.h"

/**
 * The fallback where SQLite has no FTS5: a table message_folds holds each message's text
 * folded by GeoDatabase::normalise() (lower case, accents removed, punctuation to spaces),
 * written by the store next to the message (no trigger can fold), and session_places.folded
 * the same for places. A query matches when every word starts a word of the folded text
 * (LIKE '% word%'), so it is case- and accent-insensitive like FTS5. Limits: no linguistic
 * ranking (hits are ordered by how many words match, then newest first), and every query
 * scans the table (fine for thousands of messages, slow for millions).
 */
class LikeTextIndex : public HistoryTextIndex {
public:
    Flavour flavour() const override { return Flavour::Like; }
    void create(const QSqlDatabase &db) const override;
    void messageStored(const QSqlDatabase &db, qint64 messageId,
                       const QString &text) const override;
    QList<HistoryHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
    void purge(const QSqlDatabase &) const override {}
};
