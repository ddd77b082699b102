// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogueState.h"

#include <algorithm>

void DialogueState::apply(const TravelRequest &parsed) {
    m_lastIntent = parsed.intent;
    m_lastHadSlots = !parsed.isEmpty();
    if (parsed.language != QLatin1String("und"))
        m_language = parsed.language;
    if (!m_lastHadSlots)
        return;

    TravelRequest incoming = parsed;
    // A bare place given in answer to "where from?" is the origin.
    if (m_pending == Slot::Origin && !incoming.origin.isValid() && incoming.destination.isValid() &&
        m_settled.destination.isValid()) {
        incoming.origin = incoming.destination;
        incoming.destination = PlaceMention();
    }
    // A whole new route after a search is a new request, not a change of the old one.
    const bool newRoute = incoming.origin.isValid() && incoming.destination.isValid() &&
                          m_settled.origin.isValid() && m_settled.destination.isValid() &&
                          (incoming.origin.place.code != m_settled.origin.place.code ||
                           incoming.destination.place.code != m_settled.destination.place.code) &&
                          incoming.intent != TravelRequest::Intent::Modify;
    if (newRoute) {
        const std::optional<Passengers> passengers = m_settled.passengers;
        m_settled = TravelRequest();
        m_settled.passengers = passengers; // the same people usually travel
        m_searched = false;                // a new search, not a refinement
    }

    if (incoming.origin.isValid())
        m_settled.origin = incoming.origin;
    if (incoming.destination.isValid())
        m_settled.destination = incoming.destination;
    if (incoming.via.isValid())
        m_settled.via = incoming.via;
    if (incoming.departure.isValid())
        m_settled.departure = incoming.departure;
    if (incoming.returnDate.isValid()) {
        m_settled.returnDate = incoming.returnDate;
        if (incoming.trip == TravelRequest::Trip::Unknown)
            m_settled.trip = TravelRequest::Trip::RoundTrip;
    }
    if (incoming.trip != TravelRequest::Trip::Unknown) {
        m_settled.trip = incoming.trip;
        if (incoming.trip == TravelRequest::Trip::OneWay)
            m_settled.returnDate = DateSpec();
    }
    if (incoming.passengers) {
        m_settled.passengers = incoming.passengers;
        m_settled.passengersSpan = incoming.passengersSpan;
    }
    if (incoming.cabin)
        m_settled.cabin = incoming.cabin;
    if (incoming.nonstop)
        m_settled.nonstop = true;
    if (!incoming.airlines.isEmpty())
        m_settled.airlines = incoming.airlines;
    if (incoming.maxPrice) {
        m_settled.maxPrice = incoming.maxPrice;
        m_settled.maxPriceSpan = incoming.maxPriceSpan;
    }
    if (incoming.flexibleDays) {
        m_settled.flexibleDays = incoming.flexibleDays;
        m_settled.flexibleSpan = incoming.flexibleSpan;
    }
    m_settled.warnings = incoming.warnings;
    m_settled.language = m_language;
    m_settled.intent = incoming.intent;
}

DialogueState::Action DialogueState::nextAction(const QDate &today) const {
    Action action;
    const bool nothingSettled = m_settled.isEmpty();
    if (!m_lastHadSlots && nothingSettled) {
        if (m_lastIntent == TravelRequest::Intent::Greeting)
            action.kind = Action::Kind::Greet;
        else if (m_lastIntent == TravelRequest::Intent::Help)
            action.kind = Action::Kind::Help;
        else
            action.kind = Action::Kind::NotUnderstood;
        return action;
    }
    if (!m_lastHadSlots && m_lastIntent == TravelRequest::Intent::Help) {
        action.kind = Action::Kind::Help;
        return action;
    }
    // Nothing new understood after a search: say so rather than run the same search again.
    if (!m_lastHadSlots && m_searched) {
        action.kind = Action::Kind::NotUnderstood;
        return action;
    }
    if (m_settled.warnings.contains(QStringLiteral("return_before_departure"))) {
        action.kind = Action::Kind::FixProblem;
        action.problem = QStringLiteral("return_before_departure");
        return action;
    }
    if (!m_settled.destination.isValid()) {
        action.kind = Action::Kind::AskDestination;
        return action;
    }
    if (!m_settled.origin.isValid()) {
        action.kind = Action::Kind::AskOrigin;
        return action;
    }
    if (m_settled.origin.place.cityCode == m_settled.destination.place.cityCode) {
        action.kind = Action::Kind::FixProblem;
        action.problem = QStringLiteral("same_origin_destination");
        return action;
    }
    if (!m_settled.departure.isValid()) {
        action.kind = Action::Kind::AskDate;
        return action;
    }
    const SearchRequest request = toSearchRequest();
    const QString error = request.validationError(today);
    if (!error.isEmpty()) {
        action.kind = Action::Kind::FixProblem;
        action.problem = error;
        return action;
    }
    action.kind = Action::Kind::Search;
    action.request = request;
    return action;
}

SearchRequest DialogueState::toSearchRequest() const {
    SearchRequest request;
    SearchSlice out;
    out.origin = m_settled.origin.place.code;
    out.destination = m_settled.destination.place.code;
    out.date = m_settled.departure.date;
    out.earliestDeparture = m_settled.departure.timeFrom;
    out.latestDeparture = m_settled.departure.timeTo;
    request.slices.append(out);
    if (m_settled.returnDate.isValid() && m_settled.trip != TravelRequest::Trip::OneWay) {
        SearchSlice back;
        back.origin = out.destination;
        back.destination = out.origin;
        back.date = m_settled.returnDate.date;
        back.earliestDeparture = m_settled.returnDate.timeFrom;
        back.latestDeparture = m_settled.returnDate.timeTo;
        request.slices.append(back);
    }
    if (m_settled.passengers)
        request.passengers = *m_settled.passengers;
    request.cabin = m_settled.cabin.value_or(CabinClass::Economy);
    if (m_settled.nonstop)
        request.maxConnections = 0;
    for (const AirlineMention &a : m_settled.airlines)
        request.airlines.append(a.code);
    request.maxPrice = m_settled.maxPrice;
    return request;
}

QList<SearchRequest> DialogueState::flexibleRequests(const SearchRequest &request, int days,
                                                     const QDate &today) {
    days = std::clamp(days, 0, TravelRequest::MaxFlexibleDays);
    if (days == 0)
        return {request};
    QList<SearchRequest> requests;
    for (int shift = -days; shift <= days; ++shift) {
        SearchRequest moved = request;
        for (SearchSlice &slice : moved.slices)
            slice.date = slice.date.addDays(shift);
        if (shift == 0 || moved.validationError(today).isEmpty())
            requests.append(moved);
    }
    return requests;
}

void DialogueState::reset() {
    *this = DialogueState();
}
