// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fts5TextIndex.h"

#include "SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>

using namespace SqlUtil;

namespace {
constexpr QChar MarkStart(0xE000);
constexpr QChar MarkEnd(0xE001);
constexpr int SnippetTokens = 12;
} // namespace

QStringList Fts5TextIndex::createStatements() {
    return {
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text)"
                       " VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text)"
                       " VALUES ('delete', old.id, old.text);"
                       " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE VIRTUAL TABLE places_fts USING fts5(names,"
                       " content='session_places', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER places_fts_insert AFTER INSERT ON session_places BEGIN"
                       " INSERT INTO places_fts(rowid, names) VALUES (new.id, new.names); END"),
        QStringLiteral("CREATE TRIGGER places_fts_delete AFTER DELETE ON session_places BEGIN"
                       " INSERT INTO places_fts(places_fts, rowid, names)"
                       " VALUES ('delete', old.id, old.names); END"),
        QStringLiteral("CREATE TRIGGER places_fts_update AFTER UPDATE OF names ON session_places"
                       " BEGIN INSERT INTO places_fts(places_fts, rowid, names)"
                       " VALUES ('delete', old.id, old.names);"
                       " INSERT INTO places_fts(rowid, names) VALUES (new.id, new.names); END"),
    };
}

void Fts5TextIndex::create(const QSqlDatabase &db) const {
    const QString what = QStringLiteral("creating the full-text index");
    QStringList statements = createStatements();
    // Index what is already stored (a database migrated from an older version).
    statements.append(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"));
    statements.append(QStringLiteral("INSERT INTO places_fts(places_fts) VALUES ('rebuild')"));
    for (const QString &sql : statements)
        execStatement(db, sql, what);
}

QString Fts5TextIndex::matchExpression(const QStringList &words) {
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    if (!terms.isEmpty())
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

QString Fts5TextIndex::unmark(const QString &marked, QList<QPair<int, int>> *marks) {
    QString out;
    out.reserve(marked.size());
    int start = -1;
    marks->clear();
    for (const QChar c : marked) {
        if (c == MarkStart) {
            start = int(out.size());
        } else if (c == MarkEnd) {
            if (start >= 0 && out.size() > start)
                marks->append({start, int(out.size()) - start});
            start = -1;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

QList<HistoryHit> Fts5TextIndex::search(const QSqlDatabase &db, const QString &text,
                                        int limit) const {
    const QString what = QStringLiteral("searching the history");
    const QString match = matchExpression(queryWords(text));
    QList<HistoryHit> hits;
    if (match.isEmpty())
        return hits;

    QSqlQuery messages =
        prepare(db,
                QStringLiteral("SELECT m.id, m.session_id, m.role, m.created_at, s.title,"
                               " snippet(messages_fts, 0, :open, :close, :more, :tokens),"
                               " bm25(messages_fts)"
                               " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                               " JOIN sessions s ON s.id = m.session_id"
                               " WHERE messages_fts MATCH :match ORDER BY rank LIMIT :limit"),
                what);
    messages.setForwardOnly(true);
    messages.bindValue(QStringLiteral(":open"), QString(MarkStart));
    messages.bindValue(QStringLiteral(":close"), QString(MarkEnd));
    messages.bindValue(QStringLiteral(":more"), QString(QChar(0x2026)));
    messages.bindValue(QStringLiteral(":tokens"), SnippetTokens);
    messages.bindValue(QStringLiteral(":match"), match);
    messages.bindValue(QStringLiteral(":limit"), limit);
    exec(messages, what);
    appendMessageHits(messages, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->snippet = unmark(row.value(5).toString(), &hit->marks);
        hit->score = -row.value(6).toDouble();
    });

    QSqlQuery places = prepare(
        db,
        QStringLiteral("SELECT p.session_id, s.updated_at, s.title,"
                       " snippet(places_fts, 0, :open, :close, :more, :tokens), bm25(places_fts)"
                       " FROM places_fts JOIN session_places p ON p.id = places_fts.rowid"
                       " JOIN sessions s ON s.id = p.session_id"
                       " WHERE places_fts MATCH :match ORDER BY rank LIMIT :limit"),
        what);
    places.setForwardOnly(true);
    places.bindValue(QStringLiteral(":open"), QString(MarkStart));
    places.bindValue(QStringLiteral(":close"), QString(MarkEnd));
    places.bindValue(QStringLiteral(":more"), QString(QChar(0x2026)));
    places.bindValue(QStringLiteral(":tokens"), SnippetTokens);
    places.bindValue(QStringLiteral(":match"), match);
    places.bindValue(QStringLiteral(":limit"), limit);
    exec(places, what);
    appendPlaceHits(places, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->snippet = unmark(row.value(3).toString(), &hit->marks);
        hit->score = -row.value(4).toDouble();
    });
    rankAndTrim(&hits, limit);
    return hits;
}

void Fts5TextIndex::purge(const QSqlDatabase &db) const {
    const QString what = QStringLiteral("compacting the full-text index");
    execStatement(db, QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')"),
                  what);
    execStatement(db, QStringLiteral("INSERT INTO places_fts(places_fts) VALUES ('optimize')"),
                  what);
}
