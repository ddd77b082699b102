// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxOfferGenerator.h"

#include "SandboxNetwork.h"
#include "SandboxPricing.h"
#include "SandboxRandom.h"
#include "SandboxRouter.h"
#include "SandboxZones.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace {
/** One slice's usable itineraries with their built Slice values. */
struct SliceChoices {
    QList<SandboxItinerary> itineraries;
    QList<Slice> slices;
};

quint64 legsHash(const SandboxItinerary &it, const QDate &date) {
    quint64 h = SandboxRandom::hash({u"legs", it.carrier()->code});
    h = SandboxRandom::mix(h, quint64(date.toJulianDay()));
    for (const SandboxLeg &leg : it.legs) {
        h = SandboxRandom::hash({QString::number(h, 16), leg.flight->carrier->code,
                                 leg.flight->from->code, leg.flight->to->code});
        h = SandboxRandom::mix(h, quint64(leg.flight->number) * 16 + quint64(leg.dayOffset));
    }
    return h;
}

/** Up to @p target itineraries: non-stops first (at most 60%), then connections, then the rest. */
QList<int> pick(const QList<SandboxItinerary> &all, int target) {
    QList<int> direct;
    QList<int> connecting;
    for (int i = 0; i < all.size(); ++i)
        (all.at(i).stops() == 0 ? direct : connecting).append(i);
    const int directShare = connecting.isEmpty() ? target : (target * 6 + 9) / 10;
    QList<int> result;
    for (int i = 0; i < direct.size() && result.size() < directShare; ++i)
        result.append(direct.at(i));
    for (int i = 0; i < connecting.size() && result.size() < target; ++i)
        result.append(connecting.at(i));
    for (int i = int(result.size()); i < direct.size() + connecting.size(); ++i) {
        if (result.size() >= target)
            break;
        for (int d : direct) {
            if (!result.contains(d)) {
                result.append(d);
                break;
            }
        }
    }
    return result;
}
} // namespace

SandboxOfferGenerator::SandboxOfferGenerator(const GeoDatabase &geo)
    : m_geo(geo)
    , m_network(std::make_unique<SandboxNetwork>(geo))
    , m_zones(std::make_unique<SandboxZones>()) {}

SandboxOfferGenerator::~SandboxOfferGenerator() = default;

QString SandboxOfferGenerator::providerId() {
    return QStringLiteral("sandbox");
}

QList<const Airport *> SandboxOfferGenerator::airportsFor(QStringView code) const {
    const Place place = m_geo.placeForCode(code);
    if (!place.isValid())
        return {};
    if (place.kind == Place::Kind::Airport) {
        const Airport *a = m_geo.airport(place.code);
        return a ? QList<const Airport *>{a} : QList<const Airport *>{};
    }
    const QList<const Airport *> all = m_geo.airportsOfCity(place.code);
    QList<const Airport *> result;
    for (const Airport *a : all) {
        if (result.isEmpty() || (a->rank >= result.first()->rank - 30 && a->rank >= 30))
            result.append(a);
        if (result.size() == 4)
            break;
    }
    if (result.isEmpty()) {
        if (const Airport *a = m_geo.airport(place.code))
            result.append(a);
    }
    return result;
}

QList<FlightOffer> SandboxOfferGenerator::generate(const SearchRequest &request,
                                                   const QDate &bookingDate) const {
    return generateChecked(request, bookingDate).offers;
}

SandboxResult SandboxOfferGenerator::generateChecked(const SearchRequest &request,
                                                     const QDate &bookingDate) const {
    using Status = SandboxResult::Status;
    SandboxResult result;
    auto fail = [&result](Status status, const QString &reason) {
        result.status = status;
        result.reason = reason;
        result.offers.clear();
        return result;
    };
    if (request.slices.isEmpty())
        return fail(Status::NoRoute, QStringLiteral("no_slices"));
    std::optional<qint64> maxEurCents;
    if (request.maxPrice) {
        maxEurCents = SandboxPricing::toEurCents(*request.maxPrice);
        if (!maxEurCents)
            return fail(Status::UnsupportedCurrency,
                        QStringLiteral("unsupported_currency: ") + request.maxPrice->currency());
    }

    SandboxRouter router(*m_network, *m_zones);
    QList<SliceChoices> choices;
    int target = 20;
    for (int s = 0; s < request.slices.size(); ++s) {
        const SearchSlice &slice = request.slices.at(s);
        SandboxRouter::Query query;
        query.origins = airportsFor(slice.origin);
        query.destinations = airportsFor(slice.destination);
        if (query.origins.isEmpty())
            return fail(Status::UnknownPlace, QStringLiteral("unknown_place: ") + slice.origin);
        if (query.destinations.isEmpty())
            return fail(Status::UnknownPlace,
                        QStringLiteral("unknown_place: ") + slice.destination);
        for (const Airport *o : query.origins) {
            for (const Airport *d : query.destinations) {
                if (o->cityCode == d->cityCode)
                    return fail(Status::SameCity, QStringLiteral("same_city: ") + o->cityCode);
            }
        }
        if (s == 0) {
            const int ranks = query.origins.first()->rank + query.destinations.first()->rank;
            target = qBound(20, 20 + ranks * 80 / 200, 100);
        }
        query.date = slice.date;
        query.maxStops = qBound(0, request.maxConnections.value_or(1), 1);
        query.airlines = request.airlines;
        query.premiumCabin =
            request.cabin == CabinClass::Business || request.cabin == CabinClass::First;
        query.earliestDeparture = slice.earliestDeparture;
        query.latestDeparture = slice.latestDeparture;
        const SandboxRouter::Result found = router.search(query);
        if (found.unfilteredCount == 0)
            return fail(Status::NoRoute,
                        QStringLiteral("no_route: ") + slice.origin + u'-' + slice.destination);

        SliceChoices c;
        for (int index : pick(found.itineraries, target)) {
            const SandboxItinerary &it = found.itineraries.at(index);
            Slice built;
            bool connects = true;
            for (const SandboxLeg &leg : it.legs) {
                const SandboxFlight &f = *leg.flight;
                Segment seg;
                seg.carrier = f.carrier->code;
                seg.carrierName = f.carrier->name;
                seg.flightNumber = QString::number(f.number);
                seg.origin = f.from->code;
                seg.destination = f.to->code;
                seg.departure = QDateTime(slice.date.addDays(leg.dayOffset),
                                          QTime(f.departureMinute / 60, f.departureMinute % 60),
                                          m_zones->zone(f.from->timeZone));
                seg.arrival = seg.departure.addSecs(qint64(f.blockMinutes) * 60)
                                  .toTimeZone(m_zones->zone(f.to->timeZone));
                seg.aircraft = f.aircraft;
                if (!built.segments.isEmpty()) {
                    // Checked again with real zone rules (DST days): the schedule used noon
                    // offsets.
                    const qint64 layover = built.segments.last().arrival.secsTo(seg.departure) / 60;
                    const int mct = SandboxRouter::minimumConnection(
                        *f.from, *it.legs.first().flight->from, *it.legs.last().flight->to);
                    connects = layover >= mct && layover < SandboxRouter::MaxLayoverMinutes;
                }
                built.segments.append(seg);
            }
            if (!connects)
                continue;
            c.itineraries.append(it);
            c.slices.append(built);
        }
        choices.append(c);
    }

    // Combine: every outbound with its k-th preferred return (same carrier first).
    const SliceChoices &first = choices.first();
    QList<QList<QList<int>>> preferences(choices.size()); // [slice][outbound] -> order
    for (int s = 1; s < choices.size(); ++s) {
        for (int o = 0; o < first.itineraries.size(); ++o) {
            QList<int> order;
            const SandboxCarrier *carrier = first.itineraries.at(o).carrier();
            for (int pass = 0; pass < 2; ++pass) {
                for (int r = 0; r < choices.at(s).itineraries.size(); ++r) {
                    const bool same = choices.at(s).itineraries.at(r).carrier() == carrier;
                    if (same == (pass == 0))
                        order.append(r);
                }
                // Rotate the same-carrier returns so outbounds do not all share one return.
                if (pass == 0 && order.size() > 1)
                    std::rotate(order.begin(), order.begin() + o % order.size(), order.end());
            }
            preferences[s].append(order);
        }
    }
    QList<QList<int>> combos;
    int maxRound = 1;
    for (int s = 1; s < choices.size(); ++s)
        maxRound = qMax(maxRound, int(choices.at(s).itineraries.size()));
    for (int k = 0; k < maxRound && combos.size() < target; ++k) {
        for (int o = 0; o < first.itineraries.size() && combos.size() < target; ++o) {
            QList<int> combo{o};
            for (int s = 1; s < choices.size(); ++s) {
                const QList<int> &order = preferences.at(s).at(o);
                if (k >= order.size())
                    break;
                combo.append(order.at(k));
            }
            if (combo.size() == choices.size())
                combos.append(combo);
        }
    }

    const QString requestKey = bookingDate.toString(Qt::ISODate) + u'|' +
                               cabinClassName(request.cabin) + u'|' +
                               QString::number(request.passengers.adults) + u',' +
                               QString::number(request.passengers.children) + u',' +
                               QString::number(request.passengers.infants);
    QSet<QString> ids;
    for (const QList<int> &combo : combos) {
        FlightOffer offer;
        offer.provider = providerId();
        offer.cabin = request.cabin;
        qint64 fareEurCents = 0;
        quint64 idHash = SandboxRandom::hash({u"offer", requestKey});
        QString offerCurrency;
        for (int s = 0; s < combo.size(); ++s) {
            const SandboxItinerary &it = choices.at(s).itineraries.at(combo.at(s));
            const QDate date = request.slices.at(s).date;
            offer.slices.append(choices.at(s).slices.at(combo.at(s)));
            if (s == 0)
                offerCurrency =
                    SandboxPricing::currencyForCountry(it.legs.first().flight->from->countryCode);
            SandboxPricing::SliceFare fare;
            fare.km = int(
                GeoDatabase::distanceKm(*it.legs.first().flight->from, *it.legs.last().flight->to));
            fare.stops = it.stops();
            fare.carrierPermille = it.carrier()->farePermille;
            fare.date = date;
            fare.departureMinute = it.legs.first().flight->departureMinute;
            fare.daysToDeparture = int(bookingDate.daysTo(date));
            fare.noiseSeed = legsHash(it, date);
            fareEurCents += SandboxPricing::sliceFareEurCents(fare, request.cabin);
            idHash = SandboxRandom::mix(idHash, fare.noiseSeed);
        }
        const qint64 adult = SandboxPricing::fromEurCents(fareEurCents, offerCurrency).value_or(0);
        const qint64 total = SandboxPricing::passengersTotal(adult, request.passengers);
        offer.totalAmount = Money::fromMinor(total, offerCurrency);
        if (request.maxPrice) {
            const bool sameCurrency = request.maxPrice->currency() == offerCurrency;
            const bool tooDear =
                sameCurrency
                    ? offer.totalAmount.units() > request.maxPrice->units()
                    : SandboxPricing::toEurCents(offer.totalAmount).value_or(0) > *maxEurCents;
            if (tooDear)
                continue;
        }
        const Segment &lead = offer.slices.first().segments.first();
        offer.ownerCode = lead.carrier;
        offer.ownerName = lead.carrierName;
        offer.id = QStringLiteral("sbx_%1").arg(idHash, 16, 16, QLatin1Char('0'));
        if (ids.contains(offer.id))
            continue;
        ids.insert(offer.id);
        result.offers.append(offer);
    }
    std::sort(result.offers.begin(), result.offers.end(),
              [](const FlightOffer &a, const FlightOffer &b) {
                  if (a.totalAmount.units() != b.totalAmount.units())
                      return a.totalAmount.units() < b.totalAmount.units();
                  const qint64 da = a.slices.first().departure().toMSecsSinceEpoch();
                  const qint64 db = b.slices.first().departure().toMSecsSinceEpoch();
                  if (da != db)
                      return da < db;
                  return a.id < b.id;
              });
    return result;
}
