// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlightProvider.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

/** Creates the FlightProvider a person or a script chose, by its id. */
namespace ProviderFactory {
/**
 * "sandbox" (the default, offline) now; the HTTP providers join here. @p endpoint replaces the
 * provider's base URL (ignored by the in-process sandbox). @p today is the clock for pricing.
 * Returns null with a sentence in @p error for an unknown or unavailable provider.
 */
std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today, QString *error);
} // namespace ProviderFactory
