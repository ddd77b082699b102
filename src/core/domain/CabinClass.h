// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/** The cabin a person travels in, with the wire names of DESIGN section 5 and the Duffel API. */
enum class CabinClass { Economy, PremiumEconomy, Business, First };

QString cabinClassName(CabinClass cabin);
/** Accepts the wire names ("premium_economy") and is case-insensitive; nullopt otherwise. */
std::optional<CabinClass> cabinClassFromName(QStringView name);
