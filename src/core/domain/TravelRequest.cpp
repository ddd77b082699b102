// SPDX-License-Identifier: GPL-3.0-or-later
#include "TravelRequest.h"

#include <algorithm>

bool TravelRequest::isEmpty() const {
    return !origin.isValid() && !destination.isValid() && !via.isValid() && !departure.isValid() &&
           !returnDate.isValid() && trip == Trip::Unknown && !passengers && !cabin && !nonstop &&
           airlines.isEmpty() && !maxPrice && !flexibleDays;
}

QList<TextSpan> TravelRequest::understoodSpans() const {
    QList<TextSpan> spans;
    for (const TextSpan &s : {origin.span, destination.span, via.span, departure.span,
                              returnDate.span, passengersSpan, maxPriceSpan, flexibleSpan}) {
        if (s.isValid() && s.length() > 0)
            spans.append(s);
    }
    for (const AirlineMention &a : airlines) {
        if (a.span.isValid())
            spans.append(a.span);
    }
    for (const TextSpan &s : optionSpans) {
        if (s.isValid() && s.length() > 0)
            spans.append(s);
    }
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    return spans;
}

QString TravelRequest::intentName(Intent intent) {
    switch (intent) {
    case Intent::Search:
        return QStringLiteral("search");
    case Intent::Modify:
        return QStringLiteral("modify");
    case Intent::Greeting:
        return QStringLiteral("greeting");
    case Intent::Help:
        return QStringLiteral("help");
    case Intent::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString TravelRequest::tripName(Trip trip) {
    switch (trip) {
    case Trip::OneWay:
        return QStringLiteral("one_way");
    case Trip::RoundTrip:
        return QStringLiteral("round_trip");
    case Trip::Unknown:
        break;
    }
    return QString();
}

bool TravelRequest::operator==(const TravelRequest &o) const {
    return language == o.language && intent == o.intent && origin == o.origin &&
           destination == o.destination && via == o.via && departure == o.departure &&
           returnDate == o.returnDate && trip == o.trip && passengers == o.passengers &&
           passengersSpan == o.passengersSpan && cabin == o.cabin && nonstop == o.nonstop &&
           airlines == o.airlines && maxPrice == o.maxPrice && maxPriceSpan == o.maxPriceSpan &&
           optionSpans == o.optionSpans && warnings == o.warnings &&
           flexibleDays == o.flexibleDays && flexibleSpan == o.flexibleSpan;
}
