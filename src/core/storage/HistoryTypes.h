// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

/** One full-text match in the history (SessionStore::searchHistory()). */
struct HistoryHit {
    qint64 sessionId = 0;
    qint64 messageId = 0; ///< the matching message; 0 when only the session's places matched
    QString sessionTitle;
    QDateTime at;    ///< UTC: the message's time (the session's last update for a place hit)
    QString role;    ///< "user", "assistant", "system"; "offers" for a place hit
    QString snippet; ///< plain text around the match, never markup
    QList<QPair<int, int>> marks; ///< (start, length) in snippet, UTF-16 units, ascending
    double score = 0;             ///< higher is better; only comparable within one result list

    bool operator==(const HistoryHit &o) const {
        return sessionId == o.sessionId && messageId == o.messageId &&
               sessionTitle == o.sessionTitle && at == o.at && role == o.role &&
               snippet == o.snippet && marks == o.marks && score == o.score;
    }
};

/**
 * The lowest price seen on one route on one day, in one currency (SessionStore::priceHistory()).
 * Currencies are never mixed: a day with offers in EUR and in CHF gives two points.
 */
struct PricePoint {
    QDateTime seenAt;     ///< UTC: when the lowest offer of that day was seen
    Money lowest;         ///< exact decimal, in the currency it was offered in
    qint64 sessionId = 0; ///< the session that saw it
    int offers = 0;       ///< offers seen on that route that day in that currency
    QDate day;            ///< the day of seenAt in the zone asked for (UTC by default)

    bool operator==(const PricePoint &o) const {
        return seenAt == o.seenAt && lowest == o.lowest && sessionId == o.sessionId &&
               offers == o.offers && day == o.day;
    }
};

/** One flight search a session ran (SessionStore::recordSearch()). */
struct SearchRecord {
    qint64 id = 0;          ///< set when read back; ignored by recordSearch()
    qint64 messageId = 0;   ///< the message that asked for it; <= 0: none
    QString provider;       ///< "sandbox", "duffel", "amadeus"
    QByteArray requestJson; ///< the SearchRequest as JSON (stored as text, never credentials)
    QDateTime startedAt;    ///< UTC once stored
    QDateTime finishedAt;   ///< UTC once stored; invalid if it never finished
    QString outcome;        ///< "ok", "error", "cancelled"
    QString errorCode;      ///< the ProviderError kind when outcome == "error"
    int offerCount = 0;

    bool operator==(const SearchRecord &o) const {
        return id == o.id && messageId == o.messageId && provider == o.provider &&
               requestJson == o.requestJson && startedAt == o.startedAt &&
               finishedAt == o.finishedAt && outcome == o.outcome && errorCode == o.errorCode &&
               offerCount == o.offerCount;
    }
};

/** What a person did with an offer (SessionStore::markOffer()). */
enum class OfferMark { Selected, Booked };

/** A mark as read back with a session (SessionTranscript::marks). */
struct OfferMarkRecord {
    QString offerId;
    OfferMark mark = OfferMark::Selected;
    QDateTime at; ///< UTC

    bool operator==(const OfferMarkRecord &o) const {
        return offerId == o.offerId && mark == o.mark && at == o.at;
    }
};

Q_DECLARE_METATYPE(HistoryHit)
Q_DECLARE_METATYPE(PricePoint)
Q_DECLARE_METATYPE(SearchRecord)
