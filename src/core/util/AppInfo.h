// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** Names and places shared by the desktop app and the CLI, so that both find the same history. */
namespace AppInfo {
/** Sets application name, version and organisation on the running QCoreApplication. */
void configureApplication();
QString version();
/**
 * Installs the app's translations for the system locale (from :/i18n), falling back to English
 * (which holds the plural forms), and Qt's own. Call once, after the application object exists.
 */
void installTranslations();
/**
 * The folder for history and settings: @p overrideDir when not empty (the --data-dir option),
 * else the platform's app data location (~/.local/share/booking-assistant on Linux,
 * %APPDATA%/booking-assistant on Windows, ~/Library/Application Support/booking-assistant on
 * macOS).
 */
QString dataDir(const QString &overrideDir = QString());
} // namespace AppInfo
