// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTextIndex.h"

/**
 * PostgreSQL flavour of the history's full-text index: a tsvector column generated from
 * messages.text and one from session_places.names, each with a GIN index, in the text search
 * configuration "booking_simple" (a copy of "simple" that lower-cases without stemming, so it
 * suits all six languages, with the "unaccent" dictionary of PostgreSQL's contrib extension in
 * front of it, so "Zurich" finds "Zürich"). Generated columns keep the index in step with every
 * insert, update and delete, with no trigger; a migrated database indexes its old rows when the
 * columns are added.
 *
 * Queries are an AND of the words of HistoryTextIndex::queryWords(), each passed as a bound
 * parameter and quoted as a tsquery literal (never parsed as operators), the last one a prefix;
 * ranked by ts_rank, newest first on ties; snippets from ts_headline with private-use markers
 * turned into marks, as with FTS5.
 *
 * Where the unaccent extension cannot be created (not installed on the server, or the user may
 * not create it), the configuration is plain "simple": searches then tell accented and
 * unaccented letters apart. accentsFolded() says which one a database got.
 */
class PostgresTextIndex : public HistoryTextIndex {
public:
    Flavour flavour() const override { return Flavour::Postgres; }
    /** The text index migration: the configuration, generated columns and GIN indexes. */
    void create(const QSqlDatabase &db) const override;
    void messageStored(const QSqlDatabase &, qint64, const QString &) const override {}
    QList<HistoryHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
    /**
     * Deleted rows stay in PostgreSQL's table files as dead tuples until VACUUM reclaims them;
     * VACUUM cannot run inside the caller's transaction, so this does nothing (autovacuum, or
     * the server's administrator, reclaims the space; see the README).
     */
    void purge(const QSqlDatabase &) const override {}

    /** Whether the configuration of @p db folds accents (the unaccent dictionary is in use). */
    static bool accentsFolded(const QSqlDatabase &db);
    /** The SQL tsquery expression for @p wordCount bound words (positional '?' parameters). */
    static QString tsqueryExpression(int wordCount);
};
