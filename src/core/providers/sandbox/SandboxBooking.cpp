// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxBooking.h"

#include "SandboxRandom.h"

QString SandboxBooking::validateTravellers(const QList<Traveller> &travellers,
                                           const Passengers &passengers) {
    if (travellers.size() != passengers.total())
        return QStringLiteral("traveller_count: expected %1, got %2")
            .arg(passengers.total())
            .arg(travellers.size());
    Passengers seen{0, 0, 0};
    for (const Traveller &t : travellers) {
        switch (t.type) {
        case Traveller::Type::Adult:
            ++seen.adults;
            break;
        case Traveller::Type::Child:
            ++seen.children;
            break;
        case Traveller::Type::Infant:
            ++seen.infants;
            break;
        }
    }
    if (seen != passengers)
        return QStringLiteral("traveller_types: expected %1 adults, %2 children, %3 infants")
            .arg(passengers.adults)
            .arg(passengers.children)
            .arg(passengers.infants);
    for (int i = 0; i < travellers.size(); ++i) {
        const Traveller &t = travellers.at(i);
        if (t.givenName.trimmed().isEmpty() || t.familyName.trimmed().isEmpty())
            return QStringLiteral("traveller_name: %1").arg(i + 1);
    }
    for (const Traveller &t : travellers) {
        if (t.type != Traveller::Type::Adult)
            continue;
        int digits = 0;
        for (QChar c : t.phone)
            digits += c.isDigit() ? 1 : 0;
        if (!t.email.contains(u'@') || digits < 6)
            return QStringLiteral("contact_missing");
        break;
    }
    return {};
}

QString SandboxBooking::bookingReference(const QString &offerId,
                                         const QList<Traveller> &travellers) {
    quint64 h = SandboxRandom::hash({u"pnr", offerId});
    for (const Traveller &t : travellers)
        h = SandboxRandom::hash({QString::number(h, 16), t.givenName, t.familyName});
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 characters
    SandboxRandom random(h);
    QString reference;
    for (int i = 0; i < 6; ++i)
        reference += QLatin1Char(alphabet[random.bounded(32)]);
    return reference;
}

bool SandboxBooking::hasDeparted(const FlightOffer &offer, const QDateTime &now) {
    if (offer.slices.isEmpty() || !offer.slices.first().departure().isValid())
        return false;
    return offer.slices.first().departure() <= now;
}
