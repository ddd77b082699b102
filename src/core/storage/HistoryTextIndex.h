// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlQuery;

/**
 * The full-text index of the history: messages' text and the places of the offers seen
 * (session_places: codes and city names). The database-specific part of the history lives
 * here, one subclass per flavour: Fts5TextIndex (SQLite FTS5, ranked with bm25, accent-folding
 * tokenizer) and LikeTextIndex (plain LIKE over folded text, for an SQLite built without
 * FTS5), and PostgresTextIndex (PostgreSQL tsvector + GIN) on a shared server.
 *
 * The flavour is chosen once, when the text index migration runs, and stays with the file
 * (forDatabase()). A file indexed with FTS5 cannot be written by an SQLite without FTS5 (its
 * triggers need the module); every SQLite the app ships with or finds on its platforms has it.
 *
 * Every method runs on the database thread inside the caller's transaction, and throws
 * StoreError on failure. Search text from a person is never pasted into SQL: it is split into
 * words by queryWords() and bound as parameters.
 */
class HistoryTextIndex {
public:
    enum class Flavour { Fts5, Like, Postgres /*!< PostgresTextIndex: tsvector + GIN */ };

    virtual ~HistoryTextIndex();

    virtual Flavour flavour() const = 0;
    /**
     * Creates the index's tables and triggers and indexes every row already there (the text
     * index migration). Runs inside the migration's transaction.
     */
    virtual void create(const QSqlDatabase &db) const = 0;
    /** Called after message @p messageId was inserted (same transaction). */
    virtual void messageStored(const QSqlDatabase &db, qint64 messageId,
                               const QString &text) const = 0;
    /** Up to @p limit hits for @p text, best first; empty for a word-less query. */
    virtual QList<HistoryHit> search(const QSqlDatabase &db, const QString &text,
                                     int limit) const = 0;
    /** After rows were deleted: drops what the index still keeps of them from the file. */
    virtual void purge(const QSqlDatabase &db) const = 0;

    /** The flavour the schema of @p db was migrated with (FTS5 if its tables exist). */
    static std::unique_ptr<HistoryTextIndex> forDatabase(const QSqlDatabase &db);
    /** FTS5 when the SQLite library has it (and it is not disabled for testing), else LIKE. */
    static std::unique_ptr<HistoryTextIndex> bestFor(const QSqlDatabase &db);
    static std::unique_ptr<HistoryTextIndex> make(Flavour flavour);
    /** Whether @p db is a PostgreSQL (QPSQL) connection: its index is PostgresTextIndex. */
    static bool isPostgres(const QSqlDatabase &db);
    /** Whether CREATE VIRTUAL TABLE ... USING fts5 works on @p db. */
    static bool fts5Available(const QSqlDatabase &db);
    /**
     * Test hook: pretend FTS5 is missing, so new databases get the LIKE fallback. Also set by
     * the environment variable BOOKING_HISTORY_NO_FTS5=1. Affects migrations run afterwards.
     */
    static void setFts5DisabledForTesting(bool disabled);

    /**
     * The words of a search query: runs of letters, digits and combining marks, in order,
     * at most 16; operators and punctuation (quotes, *, parentheses) are separators.
     */
    static QStringList queryWords(const QString &text);
    /**
     * The searchable text of a route: both codes and, for each, the names of its city in the
     * six languages (distinct), e.g. "LIS Lisbon Lisbonne Lissabon Lisboa Lisbona ZRH ...".
     */
    static QString placeText(const QString &origin, const QString &destination);
    /**
     * A snippet of about ten words of @p text around the first word that starts with one of
     * @p foldedWords (folded as GeoDatabase::normalise() does), with the matching words marked.
     * Line breaks become spaces. Returns the number of matching words in the whole text.
     */
    static int windowSnippet(const QString &text, const QStringList &foldedWords, QString *snippet,
                             QList<QPair<int, int>> *marks);
    /**
     * Appends to @p hits one "offers" hit per session from the executed @p places query, whose
     * columns are session id, time, title, then what @p fill reads (the flavour's snippet,
     * marks and score); a session's later rows are skipped (the query orders its best first).
     */
    static void appendPlaceHits(QSqlQuery &places, QList<HistoryHit> *hits,
                                const std::function<void(const QSqlQuery &, HistoryHit *)> &fill);
    /**
     * Appends to @p hits one hit per row of the executed @p messages query, whose columns are
     * message id, session id, role, time, title, then what @p fill reads (the flavour's
     * snippet, marks and score).
     */
    static void appendMessageHits(QSqlQuery &messages, QList<HistoryHit> *hits,
                                  const std::function<void(const QSqlQuery &, HistoryHit *)> &fill);
    /** Orders @p hits by score, best first (ties keep their order), and keeps @p limit. */
    static void rankAndTrim(QList<HistoryHit> *hits, int limit);
};
