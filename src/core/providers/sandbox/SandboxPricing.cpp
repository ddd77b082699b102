// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxPricing.h"

#include "SandboxRandom.h"

#include <QStringList>

namespace {
// Units of the currency per 1000 EUR (fixed rates, for a stable sandbox).
struct Rate {
    const char *currency;
    qint64 perThousandEur;
};
const Rate Rates[] = {{"EUR", 1000},   {"GBP", 850},  {"USD", 1080}, {"CHF", 950},
                      {"JPY", 160000}, {"CAD", 1480}, {"AUD", 1650}, {"SEK", 11500},
                      {"NOK", 11700},  {"DKK", 7460}, {"PLN", 4300}};

std::optional<qint64> rateOf(const QString &currency) {
    for (const Rate &r : Rates) {
        if (currency == QLatin1String(r.currency))
            return r.perThousandEur;
    }
    return std::nullopt;
}

qint64 pow10(int n) {
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

qint64 divRound(qint64 value, qint64 divisor) {
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

qint64 applyPermille(qint64 value, int permille) {
    return divRound(value * permille, 1000);
}

int interpolate(int x, std::initializer_list<std::pair<int, int>> points) {
    auto prev = *points.begin();
    if (x <= prev.first)
        return prev.second;
    for (const auto &p : points) {
        if (x <= p.first) {
            if (p.first == prev.first)
                return p.second;
            return prev.second +
                   (p.second - prev.second) * (x - prev.first) / (p.first - prev.first);
        }
        prev = p;
    }
    return prev.second;
}
} // namespace

QString SandboxPricing::currencyForCountry(QStringView countryCode) {
    static const QStringList eurozone = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"),
        QStringLiteral("GR"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PT"), QStringLiteral("SK"), QStringLiteral("SI"), QStringLiteral("ES"),
        QStringLiteral("MC"), QStringLiteral("AD"), QStringLiteral("SM"), QStringLiteral("VA"),
        QStringLiteral("ME"), QStringLiteral("XK"), QStringLiteral("GP"), QStringLiteral("MQ"),
        QStringLiteral("GF"), QStringLiteral("RE"), QStringLiteral("YT"), QStringLiteral("PM"),
        QStringLiteral("BL"), QStringLiteral("MF")};
    if (eurozone.contains(countryCode))
        return QStringLiteral("EUR");
    if (countryCode == u"GB" || countryCode == u"IM" || countryCode == u"JE" ||
        countryCode == u"GG")
        return QStringLiteral("GBP");
    if (countryCode == u"CH" || countryCode == u"LI")
        return QStringLiteral("CHF");
    if (countryCode == u"JP")
        return QStringLiteral("JPY");
    return QStringLiteral("USD");
}

std::optional<qint64> SandboxPricing::fromEurCents(qint64 eurCents, const QString &currency) {
    const std::optional<qint64> rate = rateOf(currency);
    if (!rate)
        return std::nullopt;
    const int digits = Money::minorDigits(currency);
    return divRound(eurCents * *rate * pow10(digits), 100 * 1000);
}

std::optional<qint64> SandboxPricing::toEurCents(const Money &amount) {
    const std::optional<qint64> rate = rateOf(amount.currency());
    if (!rate)
        return std::nullopt;
    // units are 1/10000 of the currency unit: cents = units / 100 * 1000 / rate.
    return divRound(amount.units() * 10, *rate);
}

int SandboxPricing::cabinPermille(CabinClass cabin, int km) {
    switch (cabin) {
    case CabinClass::Economy:
        return 1000;
    case CabinClass::PremiumEconomy:
        return 1600;
    case CabinClass::Business:
        return km < 2000 ? 2900 : 3800;
    case CabinClass::First:
        return 6000;
    }
    return 1000;
}

int SandboxPricing::daysToDeparturePermille(int days) {
    return interpolate(qMax(0, days), {{0, 1900},
                                       {3, 1600},
                                       {7, 1350},
                                       {14, 1150},
                                       {21, 960},
                                       {35, 880},
                                       {56, 900},
                                       {90, 1000},
                                       {180, 1050},
                                       {361, 1080}});
}

int SandboxPricing::weekdayPermille(int dayOfWeek) {
    static const int factors[8] = {1000, 1000, 920, 930, 1030, 1120, 980, 1100};
    return factors[qBound(0, dayOfWeek, 7)];
}

qint64 SandboxPricing::sliceFareEurCents(const SliceFare &slice, CabinClass cabin) {
    const qint64 km = qMax(0, slice.km);
    // 39 EUR + 0.11 EUR/km up to 1000 km, then 0.06 EUR/km.
    qint64 cents = km <= 1000 ? 3900 + 11 * km : 14900 + 6 * (km - 1000);
    cents = applyPermille(cents, cabinPermille(cabin, int(km)));
    cents = applyPermille(cents, daysToDeparturePermille(slice.daysToDeparture));
    cents = applyPermille(cents, weekdayPermille(slice.date.dayOfWeek()));
    cents = applyPermille(cents, slice.carrierPermille);
    cents = applyPermille(cents, slice.stops == 0 ? 1000 : slice.stops == 1 ? 850 : 780);
    const int hour = slice.departureMinute / 60;
    const int timeOfDay = (hour >= 6 && hour < 9) || (hour >= 17 && hour < 20) ? 1060
                          : (hour >= 21 || hour < 6)                           ? 930
                                                                               : 1000;
    cents = applyPermille(cents, timeOfDay);
    SandboxRandom noise(slice.noiseSeed);
    cents = applyPermille(cents, noise.range(880, 1120));
    return qMax<qint64>(cents, 1900);
}

qint64 SandboxPricing::passengersTotal(qint64 adultFare, const Passengers &passengers) {
    const qint64 child = applyPermille(adultFare, 750);
    const qint64 infant = applyPermille(adultFare, 100);
    return adultFare * passengers.adults + child * passengers.children +
           infant * passengers.infants;
}
