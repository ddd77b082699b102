// SPDX-License-Identifier: GPL-3.0-or-later
#include "Slice.h"

QString Slice::isoDuration(qint64 minutes) {
    if (minutes < 0)
        minutes = 0;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    QString out = QStringLiteral("P");
    if (days > 0)
        out += QString::number(days) + u'D';
    if (hours > 0 || mins > 0 || days == 0) {
        out += u'T';
        if (hours > 0)
            out += QString::number(hours) + u'H';
        if (mins > 0 || hours == 0)
            out += QString::number(mins) + u'M';
    }
    return out;
}
