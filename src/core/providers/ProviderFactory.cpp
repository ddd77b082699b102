// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderFactory.h"

#include "sandbox/SandboxProvider.h"

namespace ProviderFactory {
std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today, QString *error) {
    if (id == QLatin1String("sandbox")) {
        // The in-process sandbox has no base URL: an --endpoint is meant for an HTTP provider.
        Q_UNUSED(endpoint)
        auto provider = std::make_unique<SandboxProvider>();
        if (today)
            provider->setClock(std::move(today));
        return provider;
    }
    if (id == QLatin1String("duffel") || id == QLatin1String("amadeus")) {
        if (error)
            *error = QStringLiteral("the %1 provider is not available in this version yet; use "
                                    "--provider sandbox")
                         .arg(id);
        return nullptr;
    }
    if (error)
        *error =
            QStringLiteral("unknown provider \"%1\" (known: sandbox, duffel, amadeus)").arg(id);
    return nullptr;
}
} // namespace ProviderFactory
