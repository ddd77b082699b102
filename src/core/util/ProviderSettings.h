// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

/**
 * The provider a person chose in the settings, as kept in QSettings: its id and an optional
 * endpoint (base URL) replacing the provider's own, and whether to search every provider that
 * has credentials at once. Never a secret: credentials live in a
 * SecretStore. An unknown or missing id reads back as "sandbox".
 */
struct ProviderSettings {
    QString providerId = QStringLiteral("sandbox");
    QString endpoint; ///< empty: the provider's own base URL (applies to providerId only)
    /**
     * Search every provider that has credentials at once (merged), instead of providerId
     * alone. The sandbox joins only when no other provider is ready or providerId is
     * "sandbox".
     */
    bool searchAll = false;

    /** "sandbox", "duffel", "amadeus". */
    static QStringList knownProviders();
    /** Reads the choice from @p settings (the defaults when none was saved). */
    static ProviderSettings load(const QSettings &settings);
    /** Writes the choice to @p settings (and nothing else). */
    void save(QSettings &settings) const;
    /** The settings file of the app and the CLI inside @p dataDir ("settings.ini"). */
    static QString settingsPathFor(const QString &dataDir);

    bool operator==(const ProviderSettings &other) const {
        return providerId == other.providerId && endpoint == other.endpoint &&
               searchAll == other.searchAll;
    }
    bool operator!=(const ProviderSettings &other) const { return !(*this == other); }
};
