// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace AppInfo {
void configureApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("booking-assistant"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("booking-assistant.example"));
    QCoreApplication::setApplicationVersion(version());
}

QString version() {
    return QStringLiteral(BOOKING_VERSION);
}

QString dataDir(const QString &overrideDir) {
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace AppInfo
