// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"
#include "geo/GeoDatabase.h"

#include <QDateTime>
#include <QStringView>

class Lexicon;

/**
 * Reads one chat message into a TravelRequest: language, intent, places with their roles,
 * departure and return dates, trip type, passengers, cabin, non-stop, airlines and the most
 * to pay, each slot with the UTF-16 span it was read from.
 *
 * Pure: the result depends only on the text, @p now and the reference tables; no threads, no
 * state between calls, safe to call from any thread at once. Never throws; any input (empty,
 * control characters, unpaired surrogates, emoji, right-to-left text, 100 KB lines) gives a
 * clean result, and only the first Tokenizer::MaxChars code units are read for slots.
 *
 * English is understood fully; the role words of fr, de, es, it and pt are known. Dates are
 * resolved in the time zone of @p now; a past date without a year means its next occurrence,
 * a past date with a year stays and adds the warning "date_in_past"; a return before the
 * departure adds "return_before_departure". A return date makes the trip a round trip.
 */
class RequestParser {
public:
    explicit RequestParser(const GeoDatabase &geo = GeoDatabase::instance());

    /**
     * @p lang: "auto" or an ISO 639-1 code. With "auto" the language and its confidence come
     * from LanguageIdentifier (en, fr, de, es, it, pt or "und" when unsure); with a code, that
     * code (confidence 1).
     */
    TravelRequest parse(QStringView text, const QDateTime &now, QStringView lang = u"auto") const;

private:
    const GeoDatabase &m_geo;
    const Lexicon &m_lexicon;
};
