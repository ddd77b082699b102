// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTextIndex.h"

/**
 * SQLite FTS5 flavour: external-content tables messages_fts (over messages.text) and
 * places_fts (over session_places.names), kept in sync by triggers on insert, update and
 * delete, tokenizer unicode61 with remove_diacritics 2. Queries are an AND of quoted words,
 * the last a prefix; ranked by bm25; snippets from snippet() with private-use markers turned
 * into marks.
 */
class Fts5TextIndex : public HistoryTextIndex {
public:
    Flavour flavour() const override { return Flavour::Fts5; }
    void create(const QSqlDatabase &db) const override;
    void messageStored(const QSqlDatabase &, qint64, const QString &) const override {}
    QList<HistoryHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
    /** FTS5 keeps deleted terms in its segments until they merge: 'optimize' merges them now. */
    void purge(const QSqlDatabase &db) const override;

    /** The DDL of the index (tables and triggers), in order. */
    static QStringList createStatements();
    /** The MATCH expression for @p words: "w1" "w2" "w3"*; empty for no words. */
    static QString matchExpression(const QStringList &words);
    /**
     * Removes the markers U+E000 (start) / U+E001 (end) from @p marked and returns the plain
     * text, with the marked ranges in @p marks. Line breaks become spaces.
     */
    static QString unmark(const QString &marked, QList<QPair<int, int>> *marks);
};
