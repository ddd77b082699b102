// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyComposer.h"

#include "geo/GeoDatabase.h"
#include "util/TranslationCatalog.h"

#include <algorithm>

ReplyComposer ReplyComposer::forLanguage(const QString &language) {
    // The Portuguese replies are written the European way, so are their numbers and dates.
    const QLocale locale = language == QLatin1String("pt")
                               ? QLocale(QLocale::Portuguese, QLocale::Portugal)
                               : QLocale(language);
    if (language.isEmpty() || language == QLatin1String("und") ||
        !TranslationCatalog::forLanguage(locale.language()))
        return ReplyComposer();
    return ReplyComposer(locale);
}

QString ReplyComposer::tr(const char *source, const char *disambiguation, int n) const {
    return TranslationCatalog::translate(m_locale.language(), "ReplyComposer", source,
                                         disambiguation, n);
}

QString ReplyComposer::placeName(const PlaceMention &place) const {
    if (!place.isValid())
        return QString();
    if (place.place.kind == Place::Kind::Airport)
        return tr("%1 (%2)").arg(place.place.name, place.place.code);
    // A city in the reader's language: "Lisbonne", "Lissabon", "Lisboa".
    static const QList<std::pair<QLocale::Language, City::Lang>> languages = {
        {QLocale::French, City::Fr},
        {QLocale::German, City::De},
        {QLocale::Spanish, City::Es},
        {QLocale::Italian, City::It},
        {QLocale::Portuguese, City::Pt}};
    for (const auto &[language, index] : languages) {
        if (m_locale.language() != language)
            continue;
        const City *city = GeoDatabase::instance().city(place.place.code);
        if (city && city->names[City::En] == place.place.name && !city->names[index].isEmpty())
            return city->names[index];
    }
    return place.place.name;
}

QString ReplyComposer::dateText(const DateSpec &date) const {
    QString text = m_locale.toString(date.date, QLocale::LongFormat);
    if (date.dateTo.isValid() && date.dateTo != date.date)
        text = tr("%1 to %2").arg(text, m_locale.toString(date.dateTo, QLocale::LongFormat));
    if (date.timeFrom.isValid() && date.timeTo.isValid())
        text += u' ' + tr("between %1 and %2")
                           .arg(m_locale.toString(date.timeFrom, QLocale::ShortFormat),
                                m_locale.toString(date.timeTo, QLocale::ShortFormat));
    else if (date.timeFrom.isValid())
        text += u' ' + tr("after %1").arg(m_locale.toString(date.timeFrom, QLocale::ShortFormat));
    else if (date.timeTo.isValid())
        text += u' ' + tr("before %1").arg(m_locale.toString(date.timeTo, QLocale::ShortFormat));
    return text;
}

QString ReplyComposer::passengersText(const Passengers &p) const {
    QStringList parts;
    parts << tr("%n adult(s)", nullptr, p.adults);
    if (p.children > 0)
        parts << tr("%n child(ren)", nullptr, p.children);
    if (p.infants > 0)
        parts << tr("%n infant(s)", nullptr, p.infants);
    return parts.join(QStringLiteral(", "));
}

QString ReplyComposer::cabinText(CabinClass cabin) const {
    switch (cabin) {
    case CabinClass::Economy:
        return tr("economy");
    case CabinClass::PremiumEconomy:
        return tr("premium economy");
    case CabinClass::Business:
        return tr("business class");
    case CabinClass::First:
        return tr("first class");
    }
    return QString();
}

QString ReplyComposer::problemText(const QString &problem) const {
    if (problem == QLatin1String("date_in_past"))
        return tr("That date has already passed. Which day would you like to fly?");
    if (problem == QLatin1String("date_too_far"))
        return tr("Airlines sell seats only about a year ahead. Could you choose an earlier date?");
    if (problem == QLatin1String("return_before_departure"))
        return tr("The return date is before the departure. When would you like to come back?");
    if (problem == QLatin1String("same_origin_destination"))
        return tr("The departure and the destination are the same place. Where would you like to "
                  "go?");
    if (problem == QLatin1String("invalid_passengers"))
        return tr("I can search for 1 to 9 travellers, with at least one adult and no more infants "
                  "than adults. How many are travelling?");
    if (problem == QLatin1String("slices_out_of_order"))
        return tr("The return date is before the departure. When would you like to come back?");
    return tr("I cannot search that request as it is. Could you rephrase it?");
}

QString ReplyComposer::forAction(const DialogueState::Action &action, const TravelRequest &settled,
                                 bool understood) const {
    const QString sorry = understood ? QString() : tr("Sorry, I did not understand that.") + u' ';
    using Kind = DialogueState::Action::Kind;
    switch (action.kind) {
    case Kind::Greet:
        return tr("Hello! Tell me where and when you would like to fly, for example "
                  "\"Paris to Rome next Friday for two adults\".");
    case Kind::Help:
        return tr("Tell me your trip in your own words: where from, where to, when, and who is "
                  "travelling. For example \"LHR to JFK on 10 December\" or \"from Paris to Rome "
                  "next friday, 2 adults, back on Sunday\". I search, and you can sort the offers "
                  "by price, duration or time. Past conversations are in the history on the left.");
    case Kind::NotUnderstood:
        if (settled.origin.isValid() && settled.destination.isValid())
            return tr("Sorry, I did not understand that. You can change the date, the travellers "
                      "or the cabin (\"make it Tuesday\", \"2 adults\", \"business class\"), or "
                      "ask for another trip.");
        return tr("Sorry, I did not understand that. Tell me where you would like to fly, for "
                  "example \"Paris to Rome next Friday\".");
    case Kind::AskDestination:
        if (settled.origin.isValid())
            return sorry +
                   tr("Where would you like to fly to from %1?").arg(placeName(settled.origin));
        return sorry + tr("Where would you like to fly to?");
    case Kind::AskOrigin:
        return sorry + tr("Where will you fly to %1 from?").arg(placeName(settled.destination));
    case Kind::AskDate:
        return sorry + tr("When would you like to fly from %1 to %2?")
                           .arg(placeName(settled.origin), placeName(settled.destination));
    case Kind::FixProblem:
        return problemText(action.problem);
    case Kind::Search:
        return searching(settled);
    }
    return QString();
}

QString ReplyComposer::searching(const TravelRequest &settled) const {
    QString text = tr("Searching flights from %1 to %2 on %3")
                       .arg(placeName(settled.origin), placeName(settled.destination),
                            dateText(settled.departure));
    if (settled.returnDate.isValid() && settled.trip != TravelRequest::Trip::OneWay)
        text += u' ' + tr("returning %1").arg(dateText(settled.returnDate));
    text += u' ' + tr("for %1").arg(passengersText(settled.passengers.value_or(Passengers())));
    if (settled.cabin && *settled.cabin != CabinClass::Economy)
        text += QStringLiteral(", ") + cabinText(*settled.cabin);
    if (settled.nonstop)
        text += QStringLiteral(", ") + tr("non-stop only");
    if (settled.flexibility() > 0)
        text += QStringLiteral(", ") +
                tr("%n day(s) earlier or later too", nullptr, settled.flexibility());
    if (settled.departure.dateTo.isValid() && settled.departure.dateTo != settled.departure.date)
        text += QStringLiteral(" ") +
                tr("(I search the first of those days; name another day to see it)");
    return text + QStringLiteral("…");
}

QString ReplyComposer::results(const QList<FlightOffer> &offers,
                               const TravelRequest &settled) const {
    if (offers.isEmpty()) {
        if (settled.nonstop || settled.maxPrice || !settled.airlines.isEmpty())
            return tr("I found no flights matching all your conditions. Try allowing stops, "
                      "another airline or a higher budget.");
        return tr("I found no flights for that day. Try another date or a nearby airport.");
    }
    const auto cheapest = std::min_element(
        offers.cbegin(), offers.cend(), [](const FlightOffer &a, const FlightOffer &b) {
            return a.totalAmount.currency() == b.totalAmount.currency()
                       ? a.totalAmount.units() < b.totalAmount.units()
                       : a.totalAmount.currency() < b.totalAmount.currency();
        });
    const auto fastest = std::min_element(
        offers.cbegin(), offers.cend(), [](const FlightOffer &a, const FlightOffer &b) {
            return a.totalDurationMinutes() < b.totalDurationMinutes();
        });
    const qint64 minutes =
        fastest->slices.isEmpty() ? 0 : fastest->slices.first().durationMinutes();
    QString text = tr("I found %n offer(s).", nullptr, int(offers.size()));
    text += u' ' + tr("The cheapest is %1 with %2.")
                       .arg(cheapest->totalAmount.displayString(m_locale), cheapest->ownerName);
    text += u' ' + tr("The fastest takes %1 h %2 min.")
                       .arg(minutes / 60)
                       .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (offers.first().isSandbox())
        text += u' ' + tr("(Sandbox fares: realistic examples, not bookable.)");
    return text;
}

QString
ReplyComposer::cheapestByDay(const QList<std::pair<QDate, std::optional<Money>>> &days) const {
    if (days.isEmpty())
        return QString();
    QStringList entries;
    for (const auto &[date, price] : days) {
        // "Thu 10 Dec", "jeu. 10 déc.", "Do. 10 Dez."
        const QString day = m_locale.toString(date, QStringLiteral("ddd d MMM"));
        entries.append(price ? tr("%1 %2").arg(day, price->displayString(m_locale))
                             : tr("%1 no flights").arg(day));
    }
    return tr("Cheapest by day: %1.").arg(entries.join(QStringLiteral(", ")));
}

QString ReplyComposer::partlyFailed(int failed, int total) const {
    return tr("(%1 of the %2 searches could not be made; the offers come from the others.)")
        .arg(failed)
        .arg(total);
}

QString ReplyComposer::failure(const ProviderError &error) const {
    using Code = ProviderError::Code;
    switch (error.code) {
    case Code::NoRoute:
        return tr("I could not find any way to fly between those places. Try a nearby larger "
                  "city or airport.");
    case Code::InvalidRequest:
        return tr("That search could not be made as it is. Please check the places and dates.");
    case Code::Network:
        return tr("I could not reach the flight provider. Check your connection and try again.");
    case Code::Timeout:
        return tr("The flight provider took too long to answer. Please try again in a moment.");
    case Code::Authentication:
        return tr("The flight provider refused the credentials. Check them in the settings.");
    case Code::RateLimited:
        return tr("The flight provider asks us to slow down. Please try again in a minute.");
    case Code::Server:
    case Code::BadResponse:
        return tr("The flight provider had a problem with this search. Please try again later.");
    case Code::Unsupported:
        return tr("This flight provider cannot do that. Choose another provider in the settings.");
    case Code::OfferExpired:
        return tr("That offer is no longer available. Search again for the current fares.");
    case Code::Cancelled:
        return cancelled();
    case Code::None:
        break;
    }
    return QString();
}

QString ReplyComposer::cancelled() const {
    return tr("Search cancelled. Change anything you like and I will search again.");
}
