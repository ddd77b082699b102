// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderFactory.h"

#include "amadeus/AmadeusProvider.h"
#include "duffel/DuffelProvider.h"
#include "sandbox/SandboxProvider.h"
#include "util/NetworkAccess.h"

#include <QNetworkAccessManager>
#include <QUrl>

ProviderCredentials ProviderCredentials::fromEnvironment() {
    ProviderCredentials credentials;
    credentials.duffelToken = qEnvironmentVariable("BOOKING_DUFFEL_TOKEN").trimmed();
    credentials.amadeusClientId = qEnvironmentVariable("BOOKING_AMADEUS_CLIENT_ID").trimmed();
    credentials.amadeusClientSecret =
        qEnvironmentVariable("BOOKING_AMADEUS_CLIENT_SECRET").trimmed();
    return credentials;
}

namespace {
/** The endpoint as a base URL; an empty endpoint gives an empty (unset) URL. */
std::optional<QUrl> baseUrlFrom(const QString &endpoint, QString *error) {
    if (endpoint.trimmed().isEmpty())
        return QUrl();
    const QUrl url(endpoint.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        if (error)
            *error = QStringLiteral("--endpoint needs an http or https URL such as "
                                    "http://127.0.0.1:8080 (got \"%1\")")
                         .arg(endpoint);
        return std::nullopt;
    }
    return url;
}
} // namespace

namespace ProviderFactory {
std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today,
                                       const ProviderCredentials &credentials, QString *error,
                                       QNetworkAccessManager *network) {
    if (id == QLatin1String("sandbox")) {
        // The in-process sandbox has no base URL: an --endpoint is meant for an HTTP provider.
        auto provider = std::make_unique<SandboxProvider>();
        if (today)
            provider->setClock(std::move(today));
        return provider;
    }
    if (id == QLatin1String("duffel")) {
        if (credentials.duffelToken.isEmpty()) {
            if (error)
                *error = QStringLiteral("the duffel provider needs an access token: set "
                                        "BOOKING_DUFFEL_TOKEN or store one in the app's settings");
            return nullptr;
        }
        const auto base = baseUrlFrom(endpoint, error);
        if (!base)
            return nullptr;
        // No manager given: this thread's shared one (connections reused across providers).
        QNetworkAccessManager *manager = network ? network : NetworkAccess::forCurrentThread();
        auto provider = std::make_unique<DuffelProvider>(manager, credentials.duffelToken);
        if (base->isValid())
            provider->setBaseUrl(*base);
        if (today)
            provider->setClock(std::move(today));
        return provider;
    }
    if (id == QLatin1String("amadeus")) {
        if (credentials.amadeusClientId.isEmpty() || credentials.amadeusClientSecret.isEmpty()) {
            if (error)
                *error =
                    QStringLiteral("the amadeus provider needs a client id and secret: set "
                                   "BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET "
                                   "or store them in the app's settings");
            return nullptr;
        }
        const auto base = baseUrlFrom(endpoint, error);
        if (!base)
            return nullptr;
        QNetworkAccessManager *manager = network ? network : NetworkAccess::forCurrentThread();
        auto provider = std::make_unique<AmadeusProvider>(manager, credentials.amadeusClientId,
                                                          credentials.amadeusClientSecret);
        if (base->isValid())
            provider->setBaseUrl(*base);
        // A loopback endpoint is the project's own HTTP sandbox: no Amadeus quota to respect.
        if (AmadeusProvider::isLoopbackEndpoint(provider->baseUrl()))
            provider->setRateLimit(0, 0);
        if (today)
            provider->setToday(std::move(today));
        return provider;
    }
    if (error)
        *error =
            QStringLiteral("unknown provider \"%1\" (known: sandbox, duffel, amadeus)").arg(id);
    return nullptr;
}

std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today, QString *error) {
    return create(id, endpoint, std::move(today), ProviderCredentials::fromEnvironment(), error);
}
} // namespace ProviderFactory
