// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsTimeZone.h"

#include "IcsText.h"

namespace {
QStringList observance(const QTimeZone::OffsetData &change, int offsetBefore) {
    const bool daylight = change.daylightTimeOffset != 0;
    const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const QDateTime before = change.atUtc.toUTC().addSecs(offsetBefore);
    QStringList lines{QStringLiteral("BEGIN:") + kind,
                      QStringLiteral("DTSTART:") +
                          before.toString(QStringLiteral("yyyyMMddTHHmmss")),
                      QStringLiteral("TZOFFSETFROM:") + IcsTimeZone::offset(offsetBefore),
                      QStringLiteral("TZOFFSETTO:") + IcsTimeZone::offset(change.offsetFromUtc)};
    if (!change.abbreviation.isEmpty())
        lines.append(QStringLiteral("TZNAME:") + IcsText::escape(change.abbreviation));
    lines.append(QStringLiteral("END:") + kind);
    return lines;
}
} // namespace

bool IcsTimeZone::canDescribe(const QTimeZone &zone) {
    if (!zone.isValid())
        return false;
    const QByteArray id = zone.id();
    // "UTC+01:00" and the like are fixed offsets, not zones a calendar can name.
    if (id.isEmpty() || (id.startsWith("UTC") && id.size() > 3))
        return false;
    return QTimeZone::isTimeZoneIdAvailable(id);
}

QString IcsTimeZone::offset(int seconds) {
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int s = seconds < 0 ? -seconds : seconds;
    QString out = QStringLiteral("%1%2%3")
                      .arg(sign)
                      .arg(s / 3600, 2, 10, QLatin1Char('0'))
                      .arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60)
        out += QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return out;
}

QString IcsTimeZone::localStamp(const QDateTime &local) {
    return local.toString(QStringLiteral("yyyyMMddTHHmmss"));
}

QStringList IcsTimeZone::component(const QTimeZone &zone, const QDateTime &from,
                                   const QDateTime &to) {
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"),
                      QStringLiteral("TZID:") + QString::fromLatin1(zone.id())};
    QList<QTimeZone::OffsetData> changes;
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData inForce = zone.previousTransition(from);
        if (inForce.atUtc.isValid())
            changes.append(inForce);
        for (const QTimeZone::OffsetData &change : zone.transitions(from, to))
            if (changes.isEmpty() || change.atUtc > changes.last().atUtc)
                changes.append(change);
    }
    if (changes.isEmpty()) {
        // A zone without changes (or none Qt can list): one observance from 1970.
        const int offset = zone.offsetFromUtc(from);
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QStringLiteral("TZOFFSETFROM:") + IcsTimeZone::offset(offset)
              << QStringLiteral("TZOFFSETTO:") + IcsTimeZone::offset(offset);
        const QString name = zone.abbreviation(from);
        if (!name.isEmpty())
            lines << QStringLiteral("TZNAME:") + IcsText::escape(name);
        lines << QStringLiteral("END:STANDARD");
    }
    for (const QTimeZone::OffsetData &change : changes) {
        const int before = zone.offsetFromUtc(change.atUtc.toUTC().addSecs(-1));
        lines << observance(change, before);
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}
