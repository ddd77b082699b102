// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTextIndex.h"

#include "Fts5TextIndex.h"
#include "LikeTextIndex.h"
#include "PostgresTextIndex.h"
#include "SqlUtil.h"
#include "geo/GeoDatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace {
constexpr int MaxQueryWords = 16;
constexpr int WordsBefore = 4;
constexpr int WindowWords = 10;

std::atomic<bool> s_fts5Disabled{false};

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

struct Word {
    int start;
    int end;
};

QList<Word> wordsOf(const QString &text) {
    QList<Word> words;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            words.append({start, i});
    }
    return words;
}
} // namespace

HistoryTextIndex::~HistoryTextIndex() = default;

bool HistoryTextIndex::isPostgres(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QPSQL");
}

std::unique_ptr<HistoryTextIndex> HistoryTextIndex::make(Flavour flavour) {
    if (flavour == Flavour::Fts5)
        return std::make_unique<Fts5TextIndex>();
    if (flavour == Flavour::Postgres)
        return std::make_unique<PostgresTextIndex>();
    return std::make_unique<LikeTextIndex>();
}

std::unique_ptr<HistoryTextIndex> HistoryTextIndex::forDatabase(const QSqlDatabase &db) {
    if (isPostgres(db))
        return make(Flavour::Postgres);
    QSqlQuery query(db);
    if (query.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages_fts'")) &&
        query.next())
        return make(Flavour::Fts5);
    return make(Flavour::Like);
}

std::unique_ptr<HistoryTextIndex> HistoryTextIndex::bestFor(const QSqlDatabase &db) {
    if (isPostgres(db))
        return make(Flavour::Postgres);
    return make(fts5Available(db) ? Flavour::Fts5 : Flavour::Like);
}

bool HistoryTextIndex::fts5Available(const QSqlDatabase &db) {
    if (s_fts5Disabled.load() || qEnvironmentVariableIntValue("BOOKING_HISTORY_NO_FTS5") == 1)
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.booking_fts5_probe USING fts5(x)")))
        return false;
    query.exec(QStringLiteral("DROP TABLE temp.booking_fts5_probe"));
    return true;
}

void HistoryTextIndex::setFts5DisabledForTesting(bool disabled) {
    s_fts5Disabled = disabled;
}

QStringList HistoryTextIndex::queryWords(const QString &text) {
    QStringList words;
    for (const Word &word : wordsOf(text)) {
        if (words.size() == MaxQueryWords)
            break;
        words.append(text.mid(word.start, word.end - word.start));
    }
    return words;
}

QString HistoryTextIndex::placeText(const QString &origin, const QString &destination) {
    const GeoDatabase &geo = GeoDatabase::instance();
    QStringList parts;
    for (const QString &code : {origin, destination}) {
        if (code.isEmpty())
            continue;
        parts.append(code);
        const City *city = geo.city(code);
        if (!city) {
            if (const Airport *airport = geo.airport(code)) {
                city = geo.city(airport->cityCode);
                if (!parts.contains(airport->name))
                    parts.append(airport->name);
            }
        }
        if (!city)
            continue;
        for (const QString &name : city->names)
            if (!name.isEmpty() && !parts.contains(name))
                parts.append(name);
    }
    return parts.join(QLatin1Char(' '));
}

int HistoryTextIndex::windowSnippet(const QString &text, const QStringList &foldedWords,
                                    QString *snippet, QList<QPair<int, int>> *marks) {
    const QList<Word> words = wordsOf(text);
    QList<bool> matched(words.size(), false);
    int count = 0;
    int first = -1;
    for (int i = 0; i < words.size(); ++i) {
        const QString folded = GeoDatabase::normalise(
            QStringView(text).mid(words[i].start, words[i].end - words[i].start));
        for (const QString &want : foldedWords) {
            if (!want.isEmpty() && folded.startsWith(want)) {
                matched[i] = true;
                ++count;
                if (first < 0)
                    first = i;
                break;
            }
        }
    }
    snippet->clear();
    marks->clear();
    if (words.isEmpty())
        return 0;
    const int from = qMax(0, (first < 0 ? 0 : first) - WordsBefore);
    const int to = qMin(int(words.size()), from + WindowWords); // exclusive
    const int begin = from == 0 ? 0 : words[from].start;
    const int end = to == words.size() ? int(text.size()) : words[to - 1].end;
    const QString ellipsis(QChar(0x2026));
    QString out = begin > 0 ? ellipsis : QString();
    const int offset = int(out.size()) - begin;
    out += text.mid(begin, end - begin);
    if (end < text.size())
        out += ellipsis;
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    for (int i = from; i < to; ++i)
        if (matched[i])
            marks->append({words[i].start + offset, words[i].end - words[i].start});
    *snippet = out;
    return count;
}

void HistoryTextIndex::appendPlaceHits(
    QSqlQuery &places, QList<HistoryHit> *hits,
    const std::function<void(const QSqlQuery &, HistoryHit *)> &fill) {
    QSet<qint64> sessions;
    while (places.next()) {
        const qint64 sessionId = places.value(0).toLongLong();
        if (sessions.contains(sessionId))
            continue;
        sessions.insert(sessionId);
        HistoryHit hit;
        hit.sessionId = sessionId;
        hit.role = QStringLiteral("offers");
        hit.at = SqlUtil::fromIsoUtc(places.value(1));
        hit.sessionTitle = places.value(2).toString();
        fill(places, &hit);
        hits->append(hit);
    }
}

void HistoryTextIndex::appendMessageHits(
    QSqlQuery &messages, QList<HistoryHit> *hits,
    const std::function<void(const QSqlQuery &, HistoryHit *)> &fill) {
    while (messages.next()) {
        HistoryHit hit;
        hit.messageId = messages.value(0).toLongLong();
        hit.sessionId = messages.value(1).toLongLong();
        hit.role = messages.value(2).toString();
        hit.at = SqlUtil::fromIsoUtc(messages.value(3));
        hit.sessionTitle = messages.value(4).toString();
        fill(messages, &hit);
        hits->append(hit);
    }
}

void HistoryTextIndex::rankAndTrim(QList<HistoryHit> *hits, int limit) {
    std::stable_sort(hits->begin(), hits->end(),
                     [](const HistoryHit &a, const HistoryHit &b) { return a.score > b.score; });
    if (hits->size() > limit)
        hits->resize(limit);
}
