// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SessionTranscript.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * The exported session file: a documented, versioned JSON document that `history import` and
 * File › Import conversation… read back.
 *
 * Version 1:
 * @code
 * {"format": "booking-assistant-session", "version": 1,
 *  "session": {"title": "...", "source": "app"|"cli",
 *              "created_at": "2026-11-29T09:00:00.000Z", "updated_at": "..."},
 *  "messages": [{"role": "user"|"assistant"|"system", "text": "...",
 *                "created_at": "...", "highlights": [[start, end], ...], "offer_count": 0,
 *                "offers": [offer, ...]}],
 *  "session_offers": [offer, ...]}      // only when offers were kept without a message
 * @endcode
 * Times are UTC ISO 8601 with milliseconds and "Z"; highlights are [start, end) in UTF-16 code
 * units of the text; an offer is exactly what OfferJson::toJson() writes (DESIGN section 5:
 * decimal string prices, local times with their offset plus the IANA zone). Database ids are
 * not part of the file. Object keys are written in sorted order, indented, so the same
 * session always gives the same bytes.
 */
class SessionJson {
public:
    static constexpr int Version = 1;
    /** Files larger than this are refused by read() (64 MiB). */
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /** "booking-assistant-session" */
    static QString formatName();

    /** The document for @p transcript (deterministic: same transcript, same bytes). */
    static QByteArray write(const SessionTranscript &transcript);

    /**
     * Parses and validates a version-1 document. Every field is checked (types, times with an
     * offset, roles, highlight ranges inside their text, each offer restorable exactly); on the
     * first problem it returns nullopt and a sentence in @p error naming where it is (e.g.
     * "messages[3].offers[0]: ..."), never a partial result. The transcript it returns is not
     * stored: summary.id is 0, messages get provisional ids 1..n (their position + 1), the
     * offers of message n are under key n and session offers under key 0.
     */
    static std::optional<SessionTranscript> read(const QByteArray &bytes, QString *error);
};
