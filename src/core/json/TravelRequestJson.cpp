// SPDX-License-Identifier: GPL-3.0-or-later
#include "TravelRequestJson.h"

#include <QJsonArray>

namespace {
QJsonArray spanToJson(const TextSpan &span) {
    return QJsonArray{span.start, span.end};
}

QJsonValue placeToJson(const PlaceMention &mention) {
    if (!mention.isValid())
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("code"), mention.place.code},
                  {QStringLiteral("kind"), mention.place.kindString()},
                  {QStringLiteral("name"), mention.place.name}};
    if (mention.span.isValid())
        o.insert(QStringLiteral("span"), spanToJson(mention.span));
    if (!mention.alternatives.isEmpty()) {
        QJsonArray alternatives;
        for (const Place &p : mention.alternatives)
            alternatives.append(QJsonObject{{QStringLiteral("code"), p.code},
                                            {QStringLiteral("kind"), p.kindString()},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("country"), p.countryCode}});
        o.insert(QStringLiteral("alternatives"), alternatives);
    }
    return o;
}

QJsonValue dateToJson(const DateSpec &d) {
    if (!d.isValid())
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("date"), d.date.toString(Qt::ISODate)}};
    if (d.dateTo.isValid() && d.dateTo != d.date)
        o.insert(QStringLiteral("date_to"), d.dateTo.toString(Qt::ISODate));
    if (d.timeFrom.isValid())
        o.insert(QStringLiteral("time_from"), d.timeFrom.toString(QStringLiteral("HH:mm")));
    if (d.timeTo.isValid())
        o.insert(QStringLiteral("time_to"), d.timeTo.toString(QStringLiteral("HH:mm")));
    if (d.span.isValid())
        o.insert(QStringLiteral("span"), spanToJson(d.span));
    return o;
}

QJsonValue nullableString(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

namespace TravelRequestJson {
QJsonObject stateToJson(const TravelRequest &r) {
    QJsonObject o;
    o.insert(QStringLiteral("origin"), placeToJson(r.origin));
    o.insert(QStringLiteral("destination"), placeToJson(r.destination));
    o.insert(QStringLiteral("via"), placeToJson(r.via));
    o.insert(QStringLiteral("departure"), dateToJson(r.departure));
    o.insert(QStringLiteral("return"), dateToJson(r.returnDate));
    o.insert(QStringLiteral("trip"), nullableString(TravelRequest::tripName(r.trip)));
    if (r.passengers) {
        QJsonObject p{{QStringLiteral("adults"), r.passengers->adults},
                      {QStringLiteral("children"), r.passengers->children},
                      {QStringLiteral("infants"), r.passengers->infants}};
        if (r.passengersSpan.isValid())
            p.insert(QStringLiteral("span"), spanToJson(r.passengersSpan));
        o.insert(QStringLiteral("passengers"), p);
    } else {
        o.insert(QStringLiteral("passengers"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("cabin"),
             r.cabin ? QJsonValue(cabinClassName(*r.cabin)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("nonstop"),
             r.nonstop ? QJsonValue(true) : QJsonValue(QJsonValue::Null));
    QJsonArray airlines;
    for (const AirlineMention &a : r.airlines) {
        QJsonObject ao{{QStringLiteral("code"), a.code}, {QStringLiteral("name"), a.name}};
        if (a.span.isValid())
            ao.insert(QStringLiteral("span"), spanToJson(a.span));
        airlines.append(ao);
    }
    o.insert(QStringLiteral("airlines"), airlines);
    if (r.maxPrice) {
        QJsonObject m{{QStringLiteral("amount"), r.maxPrice->shortestAmountString()},
                      {QStringLiteral("currency"), r.maxPrice->currency()}};
        if (r.maxPriceSpan.isValid())
            m.insert(QStringLiteral("span"), spanToJson(r.maxPriceSpan));
        o.insert(QStringLiteral("max_price"), m);
    } else {
        o.insert(QStringLiteral("max_price"), QJsonValue::Null);
    }
    // Only when the dates are flexible, so every other parse result keeps its exact shape.
    if (r.flexibility() > 0)
        o.insert(QStringLiteral("flexible_days"), r.flexibility());
    return o;
}

QJsonObject toJson(const TravelRequest &r, const QString &text) {
    QJsonObject o = stateToJson(r);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("language"), r.language);
    o.insert(QStringLiteral("language_confidence"), r.languageConfidence);
    o.insert(QStringLiteral("intent"), TravelRequest::intentName(r.intent));
    if (!r.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    return o;
}
} // namespace TravelRequestJson
