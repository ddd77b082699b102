// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QTimeZone>

/**
 * A thread-safe cache of QTimeZone by IANA id: building a QTimeZone reads the system's zone
 * data, too slow to repeat for every flight. An id the system does not know gives UTC.
 */
class SandboxZones {
public:
    QTimeZone zone(const QByteArray &ianaId) const;

private:
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QTimeZone> m_zones;
};
