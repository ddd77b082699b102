// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

/**
 * Fast reading of the local date-times flight APIs send ("2026-06-13T16:38:00", no offset) and
 * a per-thread cache of QTimeZone by IANA id, for mapping hundreds of offers a body. Both give
 * exactly what QDateTime::fromString(Qt::ISODate) and QTimeZone(id) give; they only skip the
 * work: the common form is read by hand (QDateTime::fromString makes a local-time QDateTime,
 * which consults the system zone each time), and a zone is built once per id and thread.
 */
namespace IsoLocalTime {
/**
 * Reads exactly "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" (surrounding white space
 * ignored) into @p date and @p time. Returns false for anything else, including valid ISO
 * forms it does not handle (fractions, "Z", offsets, a space separator, "24:00"): the caller
 * then falls back to QDateTime::fromString. Also false for impossible values (2026-02-30,
 * 25:00), on which QDateTime::fromString gives an invalid QDateTime as well.
 */
bool parseWallClock(QStringView text, QDate *date, QTime *time);
/**
 * QTimeZone(@p ianaId), built once per id and thread (the cache holds at most a few thousand
 * ids and is cleared past that, so a body full of made-up ids cannot grow it without end).
 * Invalid for an empty or unknown id.
 */
QTimeZone zone(const QByteArray &ianaId);
/**
 * A local date-time an API sent, placed in @p zone: "2026-06-13T16:38" (no offset, the usual
 * form, read by hand) is that wall-clock time in @p zone; a value with "Z" or an offset keeps its
 * instant and is shown in @p zone when it is valid. Invalid for a date alone (no departure is at
 * midnight by default), text that is no ISO date-time, or a wall-clock time with no valid zone.
 */
QDateTime inZone(QStringView text, const QTimeZone &zone);
/**
 * As zone(), but invalid unless QTimeZone::isTimeZoneIdAvailable(@p ianaId) (also cached).
 */
QTimeZone availableZone(const QByteArray &ianaId);
} // namespace IsoLocalTime
