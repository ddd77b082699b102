// SPDX-License-Identifier: GPL-3.0-or-later
#include "LikeTextIndex.h"

#include "SqlUtil.h"
#include "geo/GeoDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlUtil;

namespace {
/** Folded words of a query, each usable in LIKE (its wildcards escaped). */
QStringList foldedQueryWords(const QString &text) {
    QStringList words;
    for (const QString &word : HistoryTextIndex::queryWords(text)) {
        const QString folded = GeoDatabase::normalise(word);
        for (const QString &part : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!words.contains(part))
                words.append(part);
    }
    return words;
}

QString likePattern(const QString &word) {
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("% ") + escaped + QLatin1Char('%');
}

/** " AND (' ' || column) LIKE :w0 ESCAPE '\' ..." for @p count words. */
QString conditions(const QString &column, qsizetype count) {
    QString sql;
    for (qsizetype i = 0; i < count; ++i)
        sql += QStringLiteral(" AND (' ' || %1) LIKE :w%2 ESCAPE '\\'").arg(column).arg(i);
    return sql;
}
} // namespace

void LikeTextIndex::create(const QSqlDatabase &db) const {
    const QString what = QStringLiteral("creating the text index");
    execStatement(db,
                  QStringLiteral("CREATE TABLE message_folds ("
                                 " message_id INTEGER PRIMARY KEY"
                                 "  REFERENCES messages(id) ON DELETE CASCADE,"
                                 " folded TEXT NOT NULL)"),
                  what);
    QSqlQuery all(db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT id, text FROM messages")))
        fail(what, all.lastError());
    while (all.next())
        messageStored(db, all.value(0).toLongLong(), all.value(1).toString());
}

void LikeTextIndex::messageStored(const QSqlDatabase &db, qint64 messageId,
                                  const QString &text) const {
    const QString what = QStringLiteral("indexing a message");
    QSqlQuery insert =
        prepare(db,
                QStringLiteral(
                    "INSERT OR REPLACE INTO message_folds (message_id, folded) VALUES (:id, :f)"),
                what);
    insert.bindValue(QStringLiteral(":id"), messageId);
    insert.bindValue(QStringLiteral(":f"), GeoDatabase::normalise(text));
    exec(insert, what);
}

QList<HistoryHit> LikeTextIndex::search(const QSqlDatabase &db, const QString &text,
                                        int limit) const {
    const QString what = QStringLiteral("searching the history");
    const QStringList words = foldedQueryWords(text);
    QList<HistoryHit> hits;
    if (words.isEmpty())
        return hits;

    QSqlQuery messages =
        prepare(db,
                QStringLiteral("SELECT m.id, m.session_id, m.role, m.created_at, s.title, m.text"
                               " FROM message_folds f JOIN messages m ON m.id = f.message_id"
                               " JOIN sessions s ON s.id = m.session_id WHERE 1 = 1") +
                    conditions(QStringLiteral("f.folded"), words.size()) +
                    QStringLiteral(" ORDER BY m.id DESC LIMIT :limit"),
                what);
    messages.setForwardOnly(true);
    for (qsizetype i = 0; i < words.size(); ++i)
        messages.bindValue(QStringLiteral(":w%1").arg(i), likePattern(words.at(i)));
    messages.bindValue(QStringLiteral(":limit"), limit);
    exec(messages, what);
    appendMessageHits(messages, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->score = windowSnippet(row.value(5).toString(), words, &hit->snippet, &hit->marks);
    });

    QSqlQuery places =
        prepare(db,
                QStringLiteral(
                    "SELECT p.session_id, s.updated_at, s.title, p.names"
                    " FROM session_places p JOIN sessions s ON s.id = p.session_id WHERE 1 = 1") +
                    conditions(QStringLiteral("p.folded"), words.size()) +
                    QStringLiteral(" ORDER BY s.updated_at DESC, p.id LIMIT :limit"),
                what);
    places.setForwardOnly(true);
    for (qsizetype i = 0; i < words.size(); ++i)
        places.bindValue(QStringLiteral(":w%1").arg(i), likePattern(words.at(i)));
    places.bindValue(QStringLiteral(":limit"), limit);
    exec(places, what);
    appendPlaceHits(places, &hits, [&](const QSqlQuery &row, HistoryHit *hit) {
        hit->score = windowSnippet(row.value(3).toString(), words, &hit->snippet, &hit->marks);
    });
    // More matching words first; within a tie, the SQL order (newest first) is kept.
    rankAndTrim(&hits, limit);
    return hits;
}
