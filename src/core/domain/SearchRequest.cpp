// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRequest.h"

#include <algorithm>

QString SearchRequest::validationError(const QDate &today) const {
    if (slices.isEmpty())
        return QStringLiteral("no_slices");
    if (!passengers.isValid() || childAges.size() > passengers.children ||
        std::any_of(childAges.cbegin(), childAges.cend(),
                    [](int age) { return age < 2 || age > 11; }))
        return QStringLiteral("invalid_passengers");
    QDate previous;
    for (const SearchSlice &s : slices) {
        if (s.origin.size() != 3 || s.destination.size() != 3)
            return QStringLiteral("invalid_place");
        if (s.origin == s.destination)
            return QStringLiteral("same_origin_destination");
        if (!s.date.isValid())
            return QStringLiteral("invalid_date");
        if (today.isValid() && s.date < today)
            return QStringLiteral("date_in_past");
        if (today.isValid() && s.date > today.addDays(361))
            return QStringLiteral("date_too_far");
        if (previous.isValid() && s.date < previous)
            return QStringLiteral("slices_out_of_order");
        previous = s.date;
    }
    return QString();
}
