// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimitState.h"

#include <QLocale>
#include <QTimeZone>

namespace {
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name) {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

int monthFromName(QByteArrayView name) {
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QTime timeFrom(QByteArrayView text) {
    const QList<QByteArray> parts = text.toByteArray().split(':');
    if (parts.size() != 3)
        return {};
    bool okH = false, okM = false, okS = false;
    const int h = parts[0].toInt(&okH), m = parts[1].toInt(&okM), s = parts[2].toInt(&okS);
    if (!okH || !okM || !okS)
        return {};
    return QTime(h, m, qMin(s, 59)); // a leap second is read as :59
}
} // namespace

void RateLimitState::update(const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QDateTime &now) {
    bool ok = false;
    const QByteArray limit = headerValue(headers, "ratelimit-limit");
    const int l = limit.toInt(&ok);
    if (ok && l >= 0)
        m_limit = l;
    const QByteArray remaining = headerValue(headers, "ratelimit-remaining");
    const int r = remaining.toInt(&ok);
    if (ok && r >= 0)
        m_remaining = r;
    const QDateTime reset = parseResetValue(headerValue(headers, "ratelimit-reset"), now);
    if (reset.isValid())
        m_resetAt = reset;
}

void RateLimitState::blockUntil(const QDateTime &resetAt) {
    if (!resetAt.isValid())
        return;
    m_remaining = 0;
    if (!m_resetAt.isValid() || resetAt > m_resetAt)
        m_resetAt = resetAt.toUTC();
}

qint64 RateLimitState::msUntilReady(const QDateTime &now) const {
    if (m_remaining != 0 || !m_resetAt.isValid())
        return 0;
    return qMax<qint64>(0, now.msecsTo(m_resetAt));
}

QDateTime RateLimitState::parseResetValue(QByteArrayView value, const QDateTime &now) {
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? now.toUTC().addSecs(seconds) : QDateTime();
    return parseHttpDate(text);
}

QDateTime RateLimitState::parseHttpDate(QByteArrayView value) {
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    // asctime "Sun Nov  6 08:49:37 1994" (RFC 9110 section 5.6.7).
    QByteArray text = value.toByteArray().simplified();
    const qsizetype comma = text.indexOf(',');
    QList<QByteArray> parts;
    if (comma >= 0) {
        QByteArray rest = text.mid(comma + 1).trimmed();
        rest.replace('-', ' ');
        parts = rest.split(' ');
        // day month year time GMT
        if (parts.size() != 5 || parts[4].compare("GMT", Qt::CaseInsensitive) != 0)
            return {};
        bool okD = false, okY = false;
        const int day = parts[0].toInt(&okD);
        int year = parts[2].toInt(&okY);
        const int month = monthFromName(parts[1]);
        if (!okD || !okY || month == 0)
            return {};
        if (parts[2].size() == 2) // RFC 850: two-digit years, the nearest century
            year += year < 70 ? 2000 : 1900;
        const QDate date(year, month, day);
        const QTime time = timeFrom(parts[3]);
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, QTimeZone::utc());
    }
    parts = text.split(' ');
    // asctime: wkday month day time year
    if (parts.size() != 5)
        return {};
    bool okD = false, okY = false;
    const int month = monthFromName(parts[1]);
    const int day = parts[2].toInt(&okD);
    const int year = parts[4].toInt(&okY);
    const QDate date(year, month, day);
    const QTime time = timeFrom(parts[3]);
    if (!okD || !okY || month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}
