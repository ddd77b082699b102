// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

/**
 * The history's statements beyond sessions and messages (searches, parses, offer marks, price
 * history, deletion), as free functions over a connection, run by SessionDatabase on the
 * database thread. Portable SQL (named parameters, no SQLite-only syntax). Failures throw
 * StoreError. See SessionStore for each contract.
 */
namespace HistoryQueries {
qint64 recordSearch(const QSqlDatabase &db, qint64 sessionId, const SearchRecord &search);
qint64 recordParse(const QSqlDatabase &db, qint64 messageId, const QByteArray &parseJson,
                   const QString &language);
bool markOffer(const QSqlDatabase &db, qint64 sessionId, const QString &offerId, OfferMark mark,
               const QDateTime &at);
QList<SearchRecord> searchesOf(const QSqlDatabase &db, qint64 sessionId);
QList<OfferMarkRecord> marksOf(const QSqlDatabase &db, qint64 sessionId);
QList<PricePoint> priceHistory(const QSqlDatabase &db, const QString &originCode,
                               const QString &destinationCode, int limit, const QTimeZone &zone);
/** Deletes session @p sessionId (cascading to its rows); false if there was none. */
bool deleteSession(const QSqlDatabase &db, qint64 sessionId);
/** Deletes every session; returns how many. */
int deleteAllSessions(const QSqlDatabase &db);
/** Records the route of an offer for the place index (once per session and route). */
void notePlaces(const QSqlDatabase &db, qint64 sessionId, const QString &origin,
                const QString &destination);
/** "selected" / "booked" */
QString markName(OfferMark mark);
} // namespace HistoryQueries
