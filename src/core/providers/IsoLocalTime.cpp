// SPDX-License-Identifier: GPL-3.0-or-later
#include "IsoLocalTime.h"

#include <QHash>

namespace {
constexpr qsizetype MaxCachedZones = 4096;

struct CachedZone {
    QTimeZone zone;
    bool available = false;
};

/** Digits at [from, from + count) of @p s as a number; -1 when one is not an ASCII digit. */
int digits(QStringView s, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

const CachedZone &cached(const QByteArray &ianaId) {
    thread_local QHash<QByteArray, CachedZone> cache;
    auto it = cache.constFind(ianaId);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= MaxCachedZones)
        cache.clear();
    CachedZone entry;
    entry.zone = QTimeZone(ianaId);
    entry.available = QTimeZone::isTimeZoneIdAvailable(ianaId);
    return *cache.insert(ianaId, entry);
}
} // namespace

namespace IsoLocalTime {
bool parseWallClock(QStringView text, QDate *date, QTime *time) {
    const QStringView s = text.trimmed();
    if (s.size() != 16 && s.size() != 19)
        return false;
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':')
        return false;
    if (s.size() == 19 && s[16] != u':')
        return false;
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = s.size() == 19 ? digits(s, 17, 2) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    if (hour > 23 || minute > 59 || second > 59) // "24:00" is the next day: left to Qt
        return false;
    const QDate d(year, month, day);
    if (!d.isValid())
        return false;
    *date = d;
    *time = QTime(hour, minute, second);
    return true;
}

QTimeZone zone(const QByteArray &ianaId) {
    if (ianaId.isEmpty())
        return {};
    return cached(ianaId).zone;
}

QTimeZone availableZone(const QByteArray &ianaId) {
    if (ianaId.isEmpty())
        return {};
    const CachedZone &entry = cached(ianaId);
    return entry.available ? entry.zone : QTimeZone();
}
QDateTime inZone(QStringView text, const QTimeZone &zone) {
    QDate date;
    QTime time;
    if (parseWallClock(text, &date, &time))
        return zone.isValid() ? QDateTime(date, time, zone) : QDateTime();
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() < 16)
        return {}; // "2026-06-13": a date alone
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // no offset: the wall clock in the zone
        return zone.isValid() ? QDateTime(parsed.date(), parsed.time(), zone) : QDateTime();
    return zone.isValid() ? parsed.toTimeZone(zone) : parsed;
}

} // namespace IsoLocalTime
