// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabinClass.h"
#include "domain/Money.h"
#include "domain/Passengers.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

/**
 * Sandbox fares, in integer arithmetic only. A one-way fare per adult starts from the great-circle
 * distance (a falling per-km rate) and is multiplied, in per-mille steps, by cabin, days to
 * departure, weekday, time of day, carrier fare level, stops and a seeded noise of +-12%.
 * Fares are computed in euro cents and converted with fixed rates, so results are deterministic.
 */
class SandboxPricing {
public:
    /** What one slice's fare depends on. */
    struct SliceFare {
        int km = 0; ///< great-circle distance origin to destination
        int stops = 0;
        int carrierPermille = 1000; ///< SandboxCarrier::farePermille of the main carrier
        QDate date;                 ///< local departure date
        int departureMinute = 0;    ///< local minutes after midnight
        int daysToDeparture = 0;
        quint64 noiseSeed = 0;
    };

    /**
     * Offer currency by the ISO country the journey departs from: EUR in the eurozone, GBP in
     * the UK, CHF in Switzerland and Liechtenstein, JPY in Japan, USD everywhere else.
     */
    static QString currencyForCountry(QStringView countryCode);
    /** Euro cents to minor units of @p currency; nullopt for a currency without a rate. */
    static std::optional<qint64> fromEurCents(qint64 eurCents, const QString &currency);
    /** An amount in euro cents (rounded); nullopt for a currency without a rate. */
    static std::optional<qint64> toEurCents(const Money &amount);

    /** One adult's fare for one slice, in euro cents. */
    static qint64 sliceFareEurCents(const SliceFare &slice, CabinClass cabin);
    /** Total for all travellers from one adult's fare: children pay 75%, infants 10%. */
    static qint64 passengersTotal(qint64 adultFare, const Passengers &passengers);

    static int cabinPermille(CabinClass cabin, int km);
    /** Dearest last-minute, cheapest 3 to 8 weeks ahead. */
    static int daysToDeparturePermille(int days);
    /** Fridays and Sundays dearer, Tuesdays and Wednesdays cheaper. */
    static int weekdayPermille(int dayOfWeek);
};
