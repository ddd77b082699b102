// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SearchRequest.h"
#include "domain/TravelRequest.h"

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * What a conversation has settled so far, merged turn after turn, and what to do next.
 * A later mention of a slot replaces the earlier one ("make it Tuesday"); slots never
 * mentioned again are kept. Pure value type: no threads, no I/O.
 */
class DialogueState {
public:
    /** The next step after a message. */
    struct Action {
        enum class Kind {
            AskOrigin,
            AskDestination,
            AskDate,
            FixProblem, ///< something given cannot be searched; problem says what
            Search,
            Greet,
            Help,
            NotUnderstood,
        };
        Kind kind = Kind::NotUnderstood;
        QString problem;       ///< a stable code (SearchRequest::validationError or parser warning)
        SearchRequest request; ///< for Search
    };

    enum class Slot { None, Origin, Destination, Date };

    /**
     * Merges @p parsed into the settled request. A bare place answering a question about the
     * origin fills the origin; a message naming a whole new route starts a new request.
     * Flexible dates ("+/- 2 days", "make it flexible") stay until "exact dates" clears them.
     */
    void apply(const TravelRequest &parsed);
    /** What to do now, judged against @p today (the traveller's local date). */
    Action nextAction(const QDate &today) const;
    /** The settled request as a provider search (valid only when nextAction() is Search). */
    SearchRequest toSearchRequest() const;
    /**
     * The searches of a flexible request: @p request moved by -@p days .. +@p days (every slice
     * moves, so a round trip keeps its length), earliest first, leaving out the days that
     * cannot be searched against @p today (past, too far). With @p days 0: @p request alone.
     * @p days is clamped to 0..TravelRequest::MaxFlexibleDays.
     */
    static QList<SearchRequest> flexibleRequests(const SearchRequest &request, int days,
                                                 const QDate &today);
    const TravelRequest &settled() const { return m_settled; }
    /** The language of the latest message that had one ("und" until then). */
    QString language() const { return m_language; }
    /** True once a search has been made in this conversation (later changes are refinements). */
    bool hasSearched() const { return m_searched; }
    void markSearched() { m_searched = true; }
    /** Remember what the assistant asked, so that a bare answer fills that slot. */
    void setPendingQuestion(Slot slot) { m_pending = slot; }
    /** False when the latest message added nothing to the request. */
    bool lastMessageUnderstood() const { return m_lastHadSlots; }
    void reset();

private:
    TravelRequest m_settled;
    TravelRequest::Intent m_lastIntent = TravelRequest::Intent::Other;
    bool m_lastHadSlots = false;
    QString m_language = QStringLiteral("und");
    bool m_searched = false;
    Slot m_pending = Slot::None;
};
