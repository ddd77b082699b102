// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include "BookingVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

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

void installTranslations() {
    // Owned by the application object, so they live exactly as long as it.
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("booking"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("booking_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString dataDir(const QString &overrideDir) {
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace AppInfo
