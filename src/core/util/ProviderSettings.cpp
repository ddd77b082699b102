// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderSettings.h"

#include <QDir>
#include <QSettings>

namespace {
QString idKey() {
    return QStringLiteral("provider/id");
}
QString endpointKey() {
    return QStringLiteral("provider/endpoint");
}
QString searchAllKey() {
    return QStringLiteral("provider/search_all");
}
} // namespace

QStringList ProviderSettings::knownProviders() {
    return {QStringLiteral("sandbox"), QStringLiteral("duffel"), QStringLiteral("amadeus")};
}

ProviderSettings ProviderSettings::load(const QSettings &settings) {
    ProviderSettings result;
    const QString id = settings.value(idKey()).toString().trimmed().toLower();
    if (knownProviders().contains(id))
        result.providerId = id;
    if (result.providerId != QLatin1String("sandbox"))
        result.endpoint = settings.value(endpointKey()).toString().trimmed();
    result.searchAll = settings.value(searchAllKey(), false).toBool();
    return result;
}

void ProviderSettings::save(QSettings &settings) const {
    settings.setValue(idKey(), providerId);
    if (endpoint.trimmed().isEmpty())
        settings.remove(endpointKey());
    else
        settings.setValue(endpointKey(), endpoint.trimmed());
    if (searchAll)
        settings.setValue(searchAllKey(), true);
    else
        settings.remove(searchAllKey());
    settings.sync();
}

QString ProviderSettings::settingsPathFor(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}
