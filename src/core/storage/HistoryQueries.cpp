// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryQueries.h"

#include "HistoryTextIndex.h"
#include "SqlUtil.h"
#include "geo/GeoDatabase.h"

#include <QMap>
#include <QSqlQuery>

using namespace SqlUtil;

namespace HistoryQueries {

QString markName(OfferMark mark) {
    return mark == OfferMark::Booked ? QStringLiteral("booked") : QStringLiteral("selected");
}

qint64 recordSearch(const QSqlDatabase &db, qint64 sessionId, const SearchRecord &search) {
    const QString what = QStringLiteral("storing a search");
    if (search.messageId > 0) {
        QSqlQuery owner =
            prepare(db, QStringLiteral("SELECT session_id FROM messages WHERE id = :id"), what);
        owner.bindValue(QStringLiteral(":id"), search.messageId);
        exec(owner, what);
        if (!owner.next() || owner.value(0).toLongLong() != sessionId)
            fail(QStringLiteral("storing a search failed: message %1 is not in session %2")
                     .arg(search.messageId)
                     .arg(sessionId));
    }
    const QDateTime started = validOrNow(search.startedAt);
    QSqlQuery insert = prepare(
        db,
        QStringLiteral("INSERT INTO searches (session_id, message_id, provider, request,"
                       " started_at, finished_at, duration_ms, outcome, error_code, offer_count)"
                       " VALUES (:session, :message, :provider, :request, :started, :finished,"
                       " :duration, :outcome, :error, :count) RETURNING id"),
        what);
    insert.bindValue(QStringLiteral(":session"), sessionId);
    insert.bindValue(QStringLiteral(":message"), nullableId(search.messageId));
    insert.bindValue(QStringLiteral(":provider"), text(search.provider));
    insert.bindValue(QStringLiteral(":request"), QString::fromUtf8(search.requestJson));
    insert.bindValue(QStringLiteral(":started"), isoUtc(started));
    insert.bindValue(QStringLiteral(":finished"), nullableIso(search.finishedAt));
    insert.bindValue(QStringLiteral(":duration"),
                     search.finishedAt.isValid()
                         ? QVariant(started.msecsTo(search.finishedAt.toUTC()))
                         : QVariant(QMetaType(QMetaType::LongLong)));
    insert.bindValue(QStringLiteral(":outcome"),
                     search.outcome.isEmpty() ? QStringLiteral("ok") : search.outcome);
    insert.bindValue(QStringLiteral(":error"), text(search.errorCode));
    insert.bindValue(QStringLiteral(":count"), search.offerCount);
    exec(insert, what);
    return insertedId(insert, what);
}

qint64 recordParse(const QSqlDatabase &db, qint64 messageId, const QByteArray &parseJson,
                   const QString &language) {
    const QString what = QStringLiteral("storing a parse");
    QSqlQuery insert =
        prepare(db,
                QStringLiteral("INSERT INTO parses (message_id, language, json, created_at)"
                               " VALUES (:message, :language, :json, :at) RETURNING id"),
                what);
    insert.bindValue(QStringLiteral(":message"), messageId);
    insert.bindValue(QStringLiteral(":language"), text(language));
    insert.bindValue(QStringLiteral(":json"), QString::fromUtf8(parseJson));
    insert.bindValue(QStringLiteral(":at"), isoUtc(QDateTime::currentDateTimeUtc()));
    exec(insert, what); // a missing message fails the foreign key
    return insertedId(insert, what);
}

bool markOffer(const QSqlDatabase &db, qint64 sessionId, const QString &offerId, OfferMark mark,
               const QDateTime &at) {
    const QString what = QStringLiteral("marking an offer");
    QSqlQuery insert = prepare(
        db,
        QStringLiteral("INSERT INTO offer_marks (session_id, offer_id, mark, at)"
                       // Typed: PostgreSQL would take untyped parameters here as text.
                       " SELECT CAST(:session AS BIGINT), CAST(:offer AS TEXT),"
                       " CAST(:mark AS TEXT), CAST(:at AS TEXT) WHERE EXISTS (SELECT 1 FROM offers"
                       " WHERE session_id = :session2 AND offer_id = :offer2)"),
        what);
    insert.bindValue(QStringLiteral(":session"), sessionId);
    insert.bindValue(QStringLiteral(":offer"), offerId);
    insert.bindValue(QStringLiteral(":mark"), markName(mark));
    insert.bindValue(QStringLiteral(":at"), isoUtc(validOrNow(at)));
    insert.bindValue(QStringLiteral(":session2"), sessionId);
    insert.bindValue(QStringLiteral(":offer2"), offerId);
    exec(insert, what);
    return insert.numRowsAffected() == 1;
}

QList<SearchRecord> searchesOf(const QSqlDatabase &db, qint64 sessionId) {
    const QString what = QStringLiteral("loading searches");
    QSqlQuery query =
        prepare(db,
                QStringLiteral("SELECT id, message_id, provider, request, started_at, finished_at,"
                               " outcome, error_code, offer_count FROM searches"
                               " WHERE session_id = :id ORDER BY id"),
                what);
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":id"), sessionId);
    exec(query, what);
    QList<SearchRecord> searches;
    while (query.next()) {
        SearchRecord s;
        s.id = query.value(0).toLongLong();
        s.messageId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        s.provider = query.value(2).toString();
        s.requestJson = query.value(3).toString().toUtf8();
        s.startedAt = fromIsoUtc(query.value(4));
        s.finishedAt = fromIsoUtc(query.value(5));
        s.outcome = query.value(6).toString();
        s.errorCode = query.value(7).toString();
        s.offerCount = query.value(8).toInt();
        searches.append(s);
    }
    return searches;
}

QList<OfferMarkRecord> marksOf(const QSqlDatabase &db, qint64 sessionId) {
    const QString what = QStringLiteral("loading offer marks");
    QSqlQuery query = prepare(db,
                              QStringLiteral("SELECT offer_id, mark, at FROM offer_marks"
                                             " WHERE session_id = :id ORDER BY at, id"),
                              what);
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":id"), sessionId);
    exec(query, what);
    QList<OfferMarkRecord> marks;
    while (query.next()) {
        OfferMarkRecord m;
        m.offerId = query.value(0).toString();
        m.mark = query.value(1).toString() == QLatin1String("booked") ? OfferMark::Booked
                                                                      : OfferMark::Selected;
        m.at = fromIsoUtc(query.value(2));
        marks.append(m);
    }
    return marks;
}

QList<PricePoint> priceHistory(const QSqlDatabase &db, const QString &originCode,
                               const QString &destinationCode, int limit, const QTimeZone &zone) {
    const QString what = QStringLiteral("reading the price history");
    QSqlQuery query =
        prepare(db,
                QStringLiteral("SELECT seen_at, total_amount, currency, total_units, session_id"
                               " FROM offers WHERE origin = :origin AND destination = :destination"
                               " ORDER BY seen_at, id"),
                what);
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":origin"), originCode.trimmed().toUpper());
    query.bindValue(QStringLiteral(":destination"), destinationCode.trimmed().toUpper());
    exec(query, what);
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    // (day, currency) -> point; QMap keeps them ordered by day, then currency.
    QMap<QPair<QDate, QString>, PricePoint> points;
    while (query.next()) {
        const QDateTime seen = fromIsoUtc(query.value(0));
        const QString currency = query.value(2).toString();
        Money price;
        if (!query.value(3).isNull()) {
            price = Money::fromUnits(query.value(3).toLongLong(), currency);
        } else {
            const std::optional<Money> parsed =
                Money::fromString(query.value(1).toString(), currency);
            if (!parsed)
                continue;
            price = *parsed;
        }
        if (!seen.isValid() || !price.isValid())
            continue;
        const QDate day = seen.toTimeZone(tz).date();
        PricePoint &point = points[{day, currency}];
        ++point.offers;
        // Earliest sighting wins a tie (rows come in seen order).
        if (point.offers == 1 || price.units() < point.lowest.units()) {
            point.lowest = price;
            point.seenAt = seen;
            point.sessionId = query.value(4).toLongLong();
            point.day = day;
        }
    }
    QList<PricePoint> result = points.values();
    if (limit > 0 && result.size() > limit)
        result = result.mid(result.size() - limit);
    return result;
}

bool deleteSession(const QSqlDatabase &db, qint64 sessionId) {
    const QString what = QStringLiteral("deleting a session");
    QSqlQuery query = prepare(db, QStringLiteral("DELETE FROM sessions WHERE id = :id"), what);
    query.bindValue(QStringLiteral(":id"), sessionId);
    exec(query, what);
    return query.numRowsAffected() == 1;
}

int deleteAllSessions(const QSqlDatabase &db) {
    const QString what = QStringLiteral("clearing the history");
    QSqlQuery query = prepare(db, QStringLiteral("DELETE FROM sessions"), what);
    exec(query, what);
    return query.numRowsAffected();
}

void notePlaces(const QSqlDatabase &db, qint64 sessionId, const QString &origin,
                const QString &destination) {
    if (origin.isEmpty() || destination.isEmpty())
        return;
    const QString what = QStringLiteral("indexing the places of offers");
    QSqlQuery known = prepare(db,
                              QStringLiteral("SELECT 1 FROM session_places WHERE session_id = :s"
                                             " AND origin = :o AND destination = :d"),
                              what);
    known.bindValue(QStringLiteral(":s"), sessionId);
    known.bindValue(QStringLiteral(":o"), origin);
    known.bindValue(QStringLiteral(":d"), destination);
    exec(known, what);
    if (known.next())
        return;
    const QString names = HistoryTextIndex::placeText(origin, destination);
    QSqlQuery insert =
        prepare(db,
                QStringLiteral("INSERT INTO session_places (session_id, origin, destination,"
                               " names, folded) VALUES (:s, :o, :d, :n, :f)"),
                what);
    insert.bindValue(QStringLiteral(":s"), sessionId);
    insert.bindValue(QStringLiteral(":o"), origin);
    insert.bindValue(QStringLiteral(":d"), destination);
    insert.bindValue(QStringLiteral(":n"), names);
    insert.bindValue(QStringLiteral(":f"), GeoDatabase::normalise(names));
    exec(insert, what);
}

} // namespace HistoryQueries
