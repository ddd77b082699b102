// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryTypes.h"
#include "SessionSummary.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QHash>
#include <QList>
#include <QMetaType>

/** A stored conversation as it was: its messages and, per assistant message, the offers it showed.
 */
struct SessionTranscript {
    SessionSummary summary;
    QList<ChatMessage> messages;                       ///< in the order they were written
    QHash<qint64, QList<FlightOffer>> offersByMessage; ///< message id -> offers, in shown order
    QList<SearchRecord> searches;                      ///< searches run, in the order they ran
    QList<OfferMarkRecord> marks;                      ///< offers selected/booked, in time order

    bool isValid() const { return summary.id > 0; }
};

Q_DECLARE_METATYPE(SessionTranscript)
