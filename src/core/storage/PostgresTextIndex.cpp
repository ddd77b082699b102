// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresTextIndex.h"

#include "Fts5TextIndex.h"
#include "SqlUtil.h"
#include "diagnostics/LoggingCategories.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlUtil;

namespace {
constexpr QChar MarkStart(0xE000);
constexpr QChar MarkEnd(0xE001);

// Texts up to this many characters are shown whole (as FTS5's snippet does for short texts);
// ts_headline's fragments would drop their trailing punctuation.
constexpr int WholeTextLength = 60;

/** ts_headline's options: the same markers as the FTS5 snippets, about a dozen words. */
QString headlineOptions(bool whole) {
    const QString markers =
        QStringLiteral("StartSel=") + MarkStart + QStringLiteral(", StopSel=") + MarkEnd;
    if (whole)
        return markers + QStringLiteral(", HighlightAll=true");
    return markers +
           QStringLiteral(", MaxWords=14, MinWords=6, ShortWord=0, MaxFragments=1,"
                          " FragmentDelimiter=\"") +
           QChar(0x2026) + QStringLiteral("\"");
}

/** Tries to create the unaccent extension; false (and nothing changed) if the server refuses. */
bool createUnaccent(const QSqlDatabase &db, QString *dictionary) {
    execStatement(db, QStringLiteral("SAVEPOINT booking_unaccent"), QStringLiteral("savepoint"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"))) {
        qCWarning(lcDb) << "the PostgreSQL extension unaccent is not available, searches will"
                           " tell accents apart:"
                        << query.lastError().text();
        query.finish();
        execStatement(db, QStringLiteral("ROLLBACK TO SAVEPOINT booking_unaccent"),
                      QStringLiteral("rollback to savepoint"));
        return false;
    }
    query.finish();
    execStatement(db, QStringLiteral("RELEASE SAVEPOINT booking_unaccent"),
                  QStringLiteral("release savepoint"));
    // The dictionary lives in the schema the extension was installed in, maybe not ours.
    QSqlQuery where(db);
    if (!where.exec(
            QStringLiteral("SELECT quote_ident(n.nspname) || '.' || quote_ident(d.dictname)"
                           " FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace"
                           " JOIN pg_depend dep ON dep.objid = d.oid AND dep.deptype = 'e'"
                           " JOIN pg_extension e ON e.oid = dep.refobjid AND e.extname = 'unaccent'"
                           " WHERE d.dictname = 'unaccent'")) ||
        !where.next())
        return false;
    *dictionary = where.value(0).toString();
    return !dictionary->isEmpty();
}
} // namespace

QString PostgresTextIndex::tsqueryExpression(int wordCount) {
    QStringList terms;
    for (int i = 0; i < wordCount; ++i) {
        // quote_literal makes the word one tsquery lexeme, whatever it holds; ':*' a prefix.
        terms.append(i + 1 == wordCount
                         ? QStringLiteral("to_tsquery('booking_simple', quote_literal(?) || ':*')")
                         : QStringLiteral("to_tsquery('booking_simple', quote_literal(?))"));
    }
    return terms.join(QStringLiteral(" && "));
}

void PostgresTextIndex::create(const QSqlDatabase &db) const {
    const QString what = QStringLiteral("creating the full-text index");
    execStatement(db,
                  QStringLiteral("CREATE TEXT SEARCH CONFIGURATION booking_simple"
                                 " (COPY = pg_catalog.simple)"),
                  what);
    QString dictionary;
    if (createUnaccent(db, &dictionary)) {
        // The dictionary name comes from the catalogue, quoted by quote_ident.
        execStatement(db,
                      QStringLiteral("ALTER TEXT SEARCH CONFIGURATION booking_simple ALTER MAPPING"
                                     " FOR word, hword, hword_part, numword, numhword,"
                                     " hword_numpart WITH %1, pg_catalog.simple")
                          .arg(dictionary),
                      what);
    }
    // Stored generated columns: computed for the rows already there, and on every write.
    const QStringList statements = {
        QStringLiteral("ALTER TABLE messages ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS"
                       " (to_tsvector('booking_simple', text)) STORED"),
        QStringLiteral("CREATE INDEX messages_text_tsv ON messages USING GIN (text_tsv)"),
        QStringLiteral("ALTER TABLE session_places ADD COLUMN names_tsv tsvector GENERATED ALWAYS"
                       " AS (to_tsvector('booking_simple', names)) STORED"),
        QStringLiteral("CREATE INDEX session_places_names_tsv ON session_places"
                       " USING GIN (names_tsv)"),
    };
    for (const QString &sql : statements)
        execStatement(db, sql, what);
}

bool PostgresTextIndex::accentsFolded(const QSqlDatabase &db) {
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT to_tsvector('booking_simple', 'Zürich') @@"
                                     " to_tsquery('booking_simple', 'zurich')")) &&
           query.next() && query.value(0).toBool();
}

QList<HistoryHit> PostgresTextIndex::search(const QSqlDatabase &db, const QString &text,
                                            int limit) const {
    const QString what = QStringLiteral("searching the history");
    const QStringList words = queryWords(text);
    QList<HistoryHit> hits;
    if (words.isEmpty() || limit <= 0)
        return hits;
    const QString tsquery = tsqueryExpression(int(words.size()));
    const auto bindQuery = [&](QSqlQuery &query) {
        query.addBindValue(WholeTextLength);
        query.addBindValue(headlineOptions(true));
        query.addBindValue(headlineOptions(false));
        for (const QString &word : words)
            query.addBindValue(word);
        query.addBindValue(limit);
    };

    // Positional parameters, in order: the headline choice and options, the words, the limit.
    // Ranked first, then headlines for the rows kept only (ts_headline parses the text again).
    QSqlQuery messages = prepare(
        db,
        QStringLiteral("SELECT t.id, t.session_id, t.role, t.created_at, s.title,"
                       " ts_headline('booking_simple', t.text, t.query,"
                       "  CASE WHEN char_length(t.text) <= ? THEN ? ELSE ? END), t.score"
                       " FROM (SELECT m.id, m.session_id, m.role, m.created_at, m.text, q.query,"
                       "  ts_rank(m.text_tsv, q.query) AS score"
                       "  FROM (SELECT %1 AS query) q"
                       "  JOIN messages m ON m.text_tsv @@ q.query"
                       "  ORDER BY score DESC, m.id DESC LIMIT ?) t"
                       " JOIN sessions s ON s.id = t.session_id"
                       " ORDER BY t.score DESC, t.id DESC")
            .arg(tsquery),
        what);
    messages.setForwardOnly(true);
    bindQuery(messages);
    exec(messages, what);
    appendMessageHits(messages, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->snippet = Fts5TextIndex::unmark(row.value(5).toString(), &hit->marks);
        hit->score = row.value(6).toDouble();
    });

    QSqlQuery places =
        prepare(db,
                QStringLiteral("SELECT t.session_id, s.updated_at, s.title,"
                               " ts_headline('booking_simple', t.names, t.query,"
                               "  CASE WHEN char_length(t.names) <= ? THEN ? ELSE ? END), t.score"
                               " FROM (SELECT p.session_id, p.names, q.query,"
                               "  ts_rank(p.names_tsv, q.query) AS score"
                               "  FROM (SELECT %1 AS query) q"
                               "  JOIN session_places p ON p.names_tsv @@ q.query"
                               "  ORDER BY score DESC, p.session_id DESC LIMIT ?) t"
                               " JOIN sessions s ON s.id = t.session_id"
                               " ORDER BY t.score DESC, t.session_id DESC")
                    .arg(tsquery),
                what);
    places.setForwardOnly(true);
    bindQuery(places);
    exec(places, what);
    appendPlaceHits(places, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->snippet = Fts5TextIndex::unmark(row.value(3).toString(), &hit->marks);
        hit->score = row.value(4).toDouble();
    });
    rankAndTrim(&hits, limit);
    return hits;
}
