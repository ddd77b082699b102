// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferCalendar.h"

#include "IcsText.h"
#include "IcsTimeZone.h"
#include "geo/GeoDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>

namespace {
QString airportLabel(const QString &code) {
    const Airport *airport = GeoDatabase::instance().airport(code);
    return airport && !airport->name.isEmpty() ? QStringLiteral("%1 (%2)").arg(airport->name, code)
                                               : code;
}

/** The zone to write @p time in: its own, else the airport's; invalid if neither can be named. */
QTimeZone zoneFor(const QDateTime &time, const QString &airportCode) {
    if (time.timeSpec() == Qt::TimeZone && IcsTimeZone::canDescribe(time.timeZone()))
        return time.timeZone();
    if (const Airport *airport = GeoDatabase::instance().airport(airportCode)) {
        const QTimeZone zone(airport->timeZone);
        if (IcsTimeZone::canDescribe(zone) && zone.offsetFromUtc(time) == time.offsetFromUtc())
            return zone;
    }
    return QTimeZone();
}

QString timeProperty(const QString &name, const QDateTime &time, const QTimeZone &zone) {
    if (!zone.isValid())
        return name + QLatin1Char(':') + time.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")) +
               QLatin1Char('Z');
    return QStringLiteral("%1;TZID=%2:%3")
        .arg(name, QString::fromLatin1(zone.id()), IcsTimeZone::localStamp(time.toTimeZone(zone)));
}

QString localText(const QDateTime &time) {
    const QString zone =
        time.timeSpec() == Qt::TimeZone
            ? QString::fromLatin1(time.timeZone().id())
            : QStringLiteral("UTC%1").arg(IcsTimeZone::offset(time.offsetFromUtc()));
    return QStringLiteral("%1 (%2)").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone);
}

QString uidFor(const FlightOffer &offer, int slice, int segment, const Segment &s) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QString key = QStringLiteral("%1\n%2\n%3\n%4\n%5\n%6")
                            .arg(offer.provider, offer.id)
                            .arg(slice)
                            .arg(segment)
                            .arg(s.designator(), s.departure.toUTC().toString(Qt::ISODate));
    hash.addData(key.toUtf8());
    return QString::fromLatin1(hash.result().toHex()) + QStringLiteral("@booking-assistant");
}

QString description(const FlightOffer &offer, const Segment &s, const QString &reference) {
    QStringList lines;
    lines << (s.carrierName.isEmpty()
                  ? QCoreApplication::translate("OfferCalendar", "Flight %1").arg(s.designator())
                  : QCoreApplication::translate("OfferCalendar", "Flight %1, %2")
                        .arg(s.designator(), s.carrierName));
    lines << QCoreApplication::translate("OfferCalendar", "Departs %1 at %2")
                 .arg(airportLabel(s.origin), localText(s.departure));
    lines << QCoreApplication::translate("OfferCalendar", "Arrives %1 at %2")
                 .arg(airportLabel(s.destination), localText(s.arrival));
    if (!s.aircraft.isEmpty())
        lines << QCoreApplication::translate("OfferCalendar", "Aircraft: %1").arg(s.aircraft);
    lines << QCoreApplication::translate("OfferCalendar",
                                         "Price: %1 %2 for the whole trip (offer %3 from %4)")
                 .arg(offer.totalAmount.amountString(), offer.totalAmount.currency(), offer.id,
                      offer.provider);
    if (!reference.isEmpty())
        lines
            << QCoreApplication::translate("OfferCalendar", "Booking reference: %1").arg(reference);
    if (offer.isSandbox())
        lines << QCoreApplication::translate(
            "OfferCalendar",
            "Sandbox fare: generated for trying the app out, it cannot be booked.");
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QByteArray OfferCalendar::write(const FlightOffer &offer, const Options &options) {
    const QDateTime stamp =
        options.stamp.isValid() ? options.stamp.toUTC() : QDateTime::currentDateTimeUtc();
    QStringList events;
    QMap<QByteArray, QPair<QDateTime, QDateTime>> zones; // id -> the UTC span it must cover
    auto useZone = [&zones](const QTimeZone &zone, const QDateTime &time) {
        if (!zone.isValid())
            return;
        auto it = zones.find(zone.id());
        const QDateTime utc = time.toUTC();
        if (it == zones.end())
            zones.insert(zone.id(), {utc, utc});
        else
            *it = {qMin(it->first, utc), qMax(it->second, utc)};
    };
    for (int i = 0; i < offer.slices.size(); ++i) {
        const QList<Segment> &segments = offer.slices.at(i).segments;
        for (int j = 0; j < segments.size(); ++j) {
            const Segment &s = segments.at(j);
            const QTimeZone startZone = zoneFor(s.departure, s.origin);
            const QTimeZone endZone = zoneFor(s.arrival, s.destination);
            useZone(startZone, s.departure);
            useZone(endZone, s.arrival);
            const Airport *airport = GeoDatabase::instance().airport(s.origin);
            events << QStringLiteral("BEGIN:VEVENT")
                   << QStringLiteral("UID:") + uidFor(offer, i, j, s)
                   << QStringLiteral("DTSTAMP:") +
                          stamp.toString(QStringLiteral("yyyyMMddTHHmmss")) + QLatin1Char('Z')
                   << timeProperty(QStringLiteral("DTSTART"), s.departure, startZone)
                   << timeProperty(QStringLiteral("DTEND"), s.arrival, endZone)
                   << QStringLiteral("SUMMARY:") +
                          IcsText::escape(QStringLiteral("%1 → %2 %3")
                                              .arg(s.origin, s.destination, s.designator()))
                   << QStringLiteral("LOCATION:") +
                          IcsText::escape(airport && !airport->name.isEmpty() ? airport->name
                                                                              : s.origin)
                   << QStringLiteral("DESCRIPTION:") +
                          IcsText::escape(description(offer, s, options.bookingReference))
                   << (options.bookingReference.isEmpty() ? QStringLiteral("STATUS:TENTATIVE")
                                                          : QStringLiteral("STATUS:CONFIRMED"))
                   << QStringLiteral("TRANSP:OPAQUE") << QStringLiteral("END:VEVENT");
        }
    }
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Booking Assistant//Booking Assistant//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH")};
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        // A year either side, so that a calendar moving the event a little still has the rules.
        lines << IcsTimeZone::component(QTimeZone(it.key()), it->first.addDays(-366),
                                        it->second.addDays(366));
    }
    lines << events << QStringLiteral("END:VCALENDAR");
    return IcsText::document(lines);
}

QString OfferCalendar::suggestedFileName(const FlightOffer &offer) {
    const Slice outbound = offer.slices.value(0);
    QString name = QStringLiteral("%1-%2-%3.ics")
                       .arg(outbound.origin(), outbound.destination(),
                            outbound.departure().toString(QStringLiteral("yyyy-MM-dd")));
    name.remove(QLatin1Char('/'));
    return name;
}
