// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

#include <QJsonObject>
#include <QString>

/**
 * A TravelRequest as the `parse` command prints it (DESIGN section 5): every field present,
 * null when not understood; spans in UTF-16 code units; money as a decimal string.
 * The `chat --json` state uses the same shape without "text". "flexible_days" (1..3) is added
 * only when the dates are flexible.
 */
namespace TravelRequestJson {
QJsonObject toJson(const TravelRequest &request, const QString &text);
/** The settled fields only (origin ... max_price), for `chat --json` "state". */
QJsonObject stateToJson(const TravelRequest &request);
} // namespace TravelRequestJson
