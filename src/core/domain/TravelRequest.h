// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CabinClass.h"
#include "DateSpec.h"
#include "Money.h"
#include "Passengers.h"
#include "Place.h"
#include "TextSpan.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/** A place as mentioned in a message, with where it was found and what else it could have meant. */
struct PlaceMention {
    Place place;
    TextSpan span;
    QList<Place> alternatives; ///< other readings of the same words, likeliest first

    bool isValid() const { return place.isValid(); }
    bool operator==(const PlaceMention &o) const {
        return place == o.place && span == o.span && alternatives == o.alternatives;
    }
    bool operator!=(const PlaceMention &o) const { return !(*this == o); }
};

struct AirlineMention {
    QString code;
    QString name;
    TextSpan span;
    bool operator==(const AirlineMention &o) const {
        return code == o.code && name == o.name && span == o.span;
    }
};

/**
 * What a person asked for, as far as it is known: the result of parsing one message, and
 * (merged turn after turn) the state of a conversation. Every slot is optional; a slot that
 * was read from text carries the span it was read from.
 */
struct TravelRequest {
    Q_GADGET

public:
    enum class Intent { Search, Modify, Greeting, Help, Other };
    Q_ENUM(Intent)
    enum class Trip { Unknown, OneWay, RoundTrip };
    Q_ENUM(Trip)

    QString language = QStringLiteral("und"); ///< ISO 639-1 or "und"
    double languageConfidence = 0.0;          ///< 0..1 (a score, not money)
    Intent intent = Intent::Other;
    PlaceMention origin;
    PlaceMention destination;
    PlaceMention via;
    DateSpec departure;
    DateSpec returnDate;
    Trip trip = Trip::Unknown;
    std::optional<Passengers> passengers;
    TextSpan passengersSpan;
    std::optional<CabinClass> cabin;
    bool nonstop = false;
    QList<AirlineMention> airlines;
    std::optional<Money> maxPrice;
    TextSpan maxPriceSpan;
    /**
     * How many days either side of the departure (the return moving with it) the person
     * accepts: 1..MaxFlexibleDays, or 0 when they asked for exact dates; unset when not said.
     * A bare "flexible" means DefaultFlexibleDays.
     */
    std::optional<int> flexibleDays;
    TextSpan flexibleSpan; ///< where the flexibility was read ("+/- 2 days")
    /** Where the words that set the trip, cabin or non-stop were read ("aller simple"). */
    QList<TextSpan> optionSpans;
    /** Problems found while reading, as stable codes: "return_before_departure", "date_in_past". */
    QStringList warnings;

    static constexpr int MaxFlexibleDays = 3;
    static constexpr int DefaultFlexibleDays = 3;

    /** The days either side to search: flexibleDays, 0 when unset. */
    int flexibility() const { return flexibleDays.value_or(0); }
    /** True when nothing travel-related was understood. */
    bool isEmpty() const;
    /** Every span that was understood, in text order (for highlighting). */
    QList<TextSpan> understoodSpans() const;

    static QString intentName(Intent intent);
    static QString tripName(Trip trip); ///< "one_way", "round_trip" or an empty string

    bool operator==(const TravelRequest &o) const;
    bool operator!=(const TravelRequest &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(TravelRequest)
