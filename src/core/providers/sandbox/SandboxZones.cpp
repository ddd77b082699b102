// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxZones.h"

#include <QMutexLocker>

QTimeZone SandboxZones::zone(const QByteArray &ianaId) const {
    QMutexLocker lock(&m_mutex);
    auto it = m_zones.constFind(ianaId);
    if (it != m_zones.constEnd())
        return it.value();
    QTimeZone tz(ianaId);
    if (!tz.isValid())
        tz = QTimeZone::utc();
    m_zones.insert(ianaId, tz);
    return tz;
}
