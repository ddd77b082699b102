// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferFormat.h"

#include <QLocale>
#include <QStringList>

QString OfferFormat::duration(qint64 minutes) {
    if (minutes < 0)
        minutes = 0;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return tr("%1d %2h %3m").arg(days).arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return tr("%1m").arg(mins);
}

QString OfferFormat::dayAndTime(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    return QLocale().toString(time, QStringLiteral("ddd d MMM HH:mm"));
}

QString OfferFormat::timeOfDay(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString OfferFormat::dayOffset(const QDateTime &departure, const QDateTime &arrival) {
    if (!departure.isValid() || !arrival.isValid())
        return QString();
    const qint64 days = departure.date().daysTo(arrival.date());
    if (days == 0)
        return QString();
    return days > 0 ? QStringLiteral("+%1").arg(days) : QString::number(days);
}

QString OfferFormat::stops(const Slice &slice) {
    if (!slice.isValid())
        return QString();
    const int count = slice.stops();
    if (count == 0)
        return tr("Non-stop");
    QStringList via;
    for (int i = 0; i + 1 < slice.segments.size(); ++i)
        via << slice.segments.at(i).destination;
    const QString airports = via.join(QStringLiteral(", "));
    return count == 1 ? tr("1 stop (%1)").arg(airports)
                      : tr("%n stops (%1)", nullptr, count).arg(airports);
}

QString OfferFormat::flights(const Slice &slice) {
    QStringList out;
    for (const Segment &segment : slice.segments)
        out << segment.designator();
    return out.join(QStringLiteral(" · "));
}

QString OfferFormat::departure(const Slice &slice) {
    if (!slice.isValid())
        return QString();
    return tr("%1 %2", "departure: day and time, airport")
        .arg(dayAndTime(slice.departure()), slice.origin());
}

QString OfferFormat::arrival(const Slice &slice) {
    if (!slice.isValid())
        return QString();
    QString time = timeOfDay(slice.arrival());
    const QString offset = dayOffset(slice.departure(), slice.arrival());
    if (!offset.isEmpty())
        time += u' ' + offset;
    return tr("%1 %2", "arrival: time (+days), airport").arg(time, slice.destination());
}

QString OfferFormat::sliceTimes(const Slice &slice) {
    if (!slice.isValid())
        return QString();
    return tr("%1 → %2", "departure → arrival").arg(departure(slice), arrival(slice));
}

QString OfferFormat::sliceSummary(const Slice &slice) {
    if (!slice.isValid())
        return QString();
    return tr("%1 → %2 · %3 · %4")
        .arg(departure(slice), arrival(slice), duration(slice.durationMinutes()), stops(slice));
}

QString OfferFormat::cabin(CabinClass cabin) {
    switch (cabin) {
    case CabinClass::Economy:
        return tr("Economy");
    case CabinClass::PremiumEconomy:
        return tr("Premium economy");
    case CabinClass::Business:
        return tr("Business");
    case CabinClass::First:
        return tr("First");
    }
    return QString();
}

QString OfferFormat::airline(const FlightOffer &offer) {
    if (offer.ownerName.isEmpty())
        return offer.ownerCode;
    if (offer.ownerCode.isEmpty())
        return offer.ownerName;
    return tr("%1 (%2)", "airline name (code)").arg(offer.ownerName, offer.ownerCode);
}

QString OfferFormat::details(const FlightOffer &offer) {
    QStringList lines;
    lines << tr("%1 — %2").arg(airline(offer), offer.totalAmount.displayString(QLocale()));
    lines << tr("Cabin: %1").arg(cabin(offer.cabin));
    if (offer.isSandbox())
        lines << tr("Sandbox fare: generated for testing, not bookable.");
    else
        lines << tr("Provider: %1").arg(offer.provider);
    lines << tr("Offer id: %1").arg(offer.id);
    for (int i = 0; i < offer.slices.size(); ++i) {
        const Slice &slice = offer.slices.at(i);
        lines << QString();
        const QString title = offer.slices.size() == 2 ? (i == 0 ? tr("Outbound") : tr("Return"))
                                                       : tr("Journey %1").arg(i + 1);
        lines << tr("%1: %2 → %3 · %4 · %5")
                     .arg(title, slice.origin(), slice.destination(),
                          duration(slice.durationMinutes()), stops(slice));
        for (int s = 0; s < slice.segments.size(); ++s) {
            const Segment &segment = slice.segments.at(s);
            if (s > 0) {
                const qint64 layover =
                    slice.segments.at(s - 1).arrival.secsTo(segment.departure) / 60;
                lines << tr("    Connection in %1: %2").arg(segment.origin, duration(layover));
            }
            const QString carrier =
                segment.carrierName.isEmpty() ? segment.carrier : segment.carrierName;
            lines << tr("  %1 %2 · %3")
                         .arg(segment.designator(), carrier,
                              segment.aircraft.isEmpty() ? tr("aircraft not given")
                                                         : segment.aircraft);
            lines << tr("    Depart %1 %2").arg(dayAndTime(segment.departure), segment.origin);
            QString arrive = dayAndTime(segment.arrival);
            const QString offset = dayOffset(segment.departure, segment.arrival);
            if (!offset.isEmpty())
                arrive += QStringLiteral(" (%1)").arg(offset);
            lines << tr("    Arrive %1 %2 · %3")
                         .arg(arrive, segment.destination, duration(segment.durationMinutes()));
        }
    }
    return lines.join(u'\n');
}
