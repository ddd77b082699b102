// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

/**
 * A place a trip can start, end or stop at: either a city (with its metro code, such as PAR,
 * or the code of its main airport when it has no metro code) or a single airport.
 * An invalid Place has an empty code.
 */
struct Place {
    Q_GADGET
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString name MEMBER name)

public:
    enum class Kind { City, Airport };
    Q_ENUM(Kind)

    QString code; ///< IATA city or airport code, upper case
    Kind kind = Kind::City;
    QString name;        ///< display name in English
    QString cityCode;    ///< the metro/city code the place belongs to (== code for cities)
    QString countryCode; ///< ISO 3166-1 alpha-2
    QByteArray timeZone; ///< IANA id, e.g. "Europe/Paris"

    bool isValid() const { return !code.isEmpty(); }
    QString kindString() const {
        return kind == Kind::City ? QStringLiteral("city") : QStringLiteral("airport");
    }
    bool operator==(const Place &o) const {
        return code == o.code && kind == o.kind && name == o.name && cityCode == o.cityCode &&
               countryCode == o.countryCode && timeZone == o.timeZone;
    }
    bool operator!=(const Place &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Place)
