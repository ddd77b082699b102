// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabinClass.h"

QString cabinClassName(CabinClass cabin) {
    switch (cabin) {
    case CabinClass::Economy:
        return QStringLiteral("economy");
    case CabinClass::PremiumEconomy:
        return QStringLiteral("premium_economy");
    case CabinClass::Business:
        return QStringLiteral("business");
    case CabinClass::First:
        return QStringLiteral("first");
    }
    return QString();
}

std::optional<CabinClass> cabinClassFromName(QStringView name) {
    for (CabinClass c : {CabinClass::Economy, CabinClass::PremiumEconomy, CabinClass::Business,
                         CabinClass::First}) {
        if (name.compare(cabinClassName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}
