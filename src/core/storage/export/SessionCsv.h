// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SessionTranscript.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * A session's offers as CSV (RFC 4180): UTF-8 without a byte-order mark, CRLF line ends, a
 * header row, then one row per offer seen, in message order and then shown order. Columns:
 * session_id, session_title, message_time, position, provider, offer_id, origin, destination,
 * departure, arrival, return_departure, carriers, flight_numbers, stops, duration,
 * total_amount, currency, cabin, seen_at.
 *
 * Times of flights are local ISO 8601 with their offset ("2026-12-10T10:25:00+00:00");
 * message_time and seen_at are UTC ("...Z"); seen_at is the time of the message that showed
 * the offer (that is when the app records it). origin/destination/departure/arrival/stops/
 * duration describe the outbound slice; return_departure is the second slice's departure or
 * empty. carriers ("TP,LH") and flight_numbers ("TP1234,LH567") list every segment of every
 * slice; total_amount is the exact decimal string ("123.45"). position counts from 1 within
 * its message. A field is quoted when it holds a comma, a quote, CR or LF; and a field that
 * starts with =, +, -, @, tab or CR gets a leading apostrophe so that spreadsheets do not run
 * it as a formula.
 */
class SessionCsv {
public:
    static QStringList header();
    /** Deterministic: the same transcript gives the same bytes. */
    static QByteArray write(const SessionTranscript &transcript);
    /** One field, quoted and formula-neutralised as described above. */
    static QString field(const QString &value);
};
