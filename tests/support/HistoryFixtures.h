// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built offers and conversations for the history export, import and crash tests.
// Header-only: it uses the core's domain types, so only targets linked to booking_core include it.

#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"

#include <QDateTime>
#include <QTimeZone>

namespace HistoryFixtures {

inline Segment segment(const char *carrier, const char *number, const char *from,
                       const char *fromZone, const QDateTime &departureUtc, const char *to,
                       const char *toZone, int minutes) {
    Segment s;
    s.carrier = QString::fromLatin1(carrier);
    s.carrierName = s.carrier == QLatin1String("TP")   ? QStringLiteral("TAP Air Portugal")
                    : s.carrier == QLatin1String("LH") ? QStringLiteral("Lufthansa")
                                                       : QStringLiteral("Air, \"Test\"; Line");
    s.flightNumber = QString::fromLatin1(number);
    s.origin = QString::fromLatin1(from);
    s.destination = QString::fromLatin1(to);
    s.departure = departureUtc.toTimeZone(QTimeZone(fromZone));
    s.arrival = departureUtc.addSecs(qint64(minutes) * 60).toTimeZone(QTimeZone(toZone));
    s.aircraft = QStringLiteral("Airbus A320neo");
    return s;
}

/** LIS -> FRA -> BER on @p dayUtc (TP then LH), optionally with a BER -> LIS return. */
inline FlightOffer connection(const QString &id, const char *amount, const QDate &dayUtc,
                              bool roundTrip = false) {
    FlightOffer offer;
    offer.id = id;
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = *Money::fromString(QString::fromLatin1(amount), QStringLiteral("EUR"));
    offer.ownerCode = QStringLiteral("TP");
    offer.ownerName = QStringLiteral("TAP Air Portugal");
    offer.cabin = CabinClass::Economy;
    const QDateTime start(dayUtc, QTime(9, 25), Qt::UTC);
    Slice out;
    out.segments << segment("TP", "576", "LIS", "Europe/Lisbon", start, "FRA", "Europe/Berlin", 175)
                 << segment("LH", "190", "FRA", "Europe/Berlin", start.addSecs(4 * 3600), "BER",
                            "Europe/Berlin", 65);
    offer.slices << out;
    if (roundTrip) {
        Slice back;
        back.segments << segment("TP", "537", "BER", "Europe/Berlin", start.addDays(7), "LIS",
                                 "Europe/Lisbon", 235);
        offer.slices << back;
    }
    return offer;
}

/** A direct JFK -> LHR overnight flight (arrives the next day, across a DST-free date). */
inline FlightOffer overnight(const QString &id, const QDate &dayUtc) {
    FlightOffer offer;
    offer.id = id;
    offer.provider = QStringLiteral("duffel");
    offer.totalAmount = *Money::fromString(u"1234.5", QStringLiteral("USD"));
    offer.ownerCode = QStringLiteral("ZZ");
    offer.ownerName = QStringLiteral("=HYPERLINK(\"x\")");
    offer.cabin = CabinClass::Business;
    Slice out;
    out.segments << segment("ZZ", "1", "JFK", "America/New_York",
                            QDateTime(dayUtc, QTime(23, 30), Qt::UTC), "LHR", "Europe/London", 415);
    offer.slices << out;
    return offer;
}

inline ChatMessage message(ChatMessage::Role role, const QString &text, const QDateTime &at,
                           int offerCount = 0) {
    ChatMessage m;
    m.role = role;
    m.text = text;
    m.timestamp = at;
    m.offerCount = offerCount;
    return m;
}

} // namespace HistoryFixtures
