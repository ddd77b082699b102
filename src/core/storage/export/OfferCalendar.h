// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * One offer as an iCalendar file (RFC 5545) to add to a calendar: one VEVENT per flight
 * (segment), since that is what a calendar shows for a connection: each take-off and landing at
 * its own airport's local time, with the wait between flights free.
 *
 * DTSTART/DTEND carry TZID = the airport's IANA zone, and the file has a VTIMEZONE for every
 * zone used, generated from the system's tz rules around the flight dates (IcsTimeZone). A time
 * whose zone cannot be named (an offset-only time) is written in UTC with a "Z" instead. UID is
 * stable (a hash of provider, offer id, slice, segment, flight and departure), so importing the
 * same offer twice updates the events rather than doubling them. SUMMARY is "LIS → BER TP 123",
 * LOCATION the departure airport's name, DESCRIPTION the flight, both airports with local times,
 * aircraft, the offer's price (exact decimal and currency, for the whole trip) and the booking
 * reference if given; sandbox fares say that they cannot be booked. Lines are folded at 75 octets
 * and end in CRLF; text is escaped. STATUS is CONFIRMED with a booking reference, else TENTATIVE.
 * Human-readable parts use the application's installed translation (English by default).
 */
class OfferCalendar {
public:
    struct Options {
        QDateTime stamp;          ///< DTSTAMP (UTC); the current time if invalid
        QString bookingReference; ///< e.g. a PNR "ABC123"; empty if not booked
    };

    /** The .ics bytes; deterministic for the same offer and options. An offer without slices
     * gives a calendar without events. */
    static QByteArray write(const FlightOffer &offer, const Options &options);
    /** A file name for the offer: "LIS-BER-2026-12-10.ics". */
    static QString suggestedFileName(const FlightOffer &offer);
};
