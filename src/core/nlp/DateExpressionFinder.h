// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/DateExpression.h"

#include <QDateTime>
#include <QList>
#include <QStringView>

/**
 * Every date and time expression of a text in Duckling's conventions (the `dates` command):
 * runs DateFinder on the text alone (no other slot takes tokens), keeps times that stand on
 * their own, joins the two ends of a range into one interval. Pure and thread-safe.
 */
class DateExpressionFinder {
public:
    /**
     * @p lang: "auto" or an ISO 639-1 code ("en" reads English words only as English). @p now
     * must be valid (its offset is the one of every value). Expressions come in text order.
     */
    static QList<DateExpression> find(QStringView text, const QDateTime &now,
                                      QStringView lang = u"auto");
};
