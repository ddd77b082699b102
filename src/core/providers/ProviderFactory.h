// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlightProvider.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

/** What the HTTP providers need to sign in. Secrets: never logged, never stored by the factory. */
struct ProviderCredentials {
    QString duffelToken;
    QString amadeusClientId;
    QString amadeusClientSecret;

    /** From BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID, BOOKING_AMADEUS_CLIENT_SECRET
     * (DESIGN section 5, for scripting); empty fields where unset. */
    static ProviderCredentials fromEnvironment();
};

/** Creates the FlightProvider a person or a script chose, by its id. */
namespace ProviderFactory {
/**
 * "sandbox" (the default, offline), "duffel" (needs credentials.duffelToken) or "amadeus".
 * @p endpoint replaces the provider's base URL (ignored by the in-process sandbox; an endpoint
 * that is not an absolute http(s) URL is refused). @p today is the clock for validation and
 * pricing. @p network is the thread's QNetworkAccessManager, which must outlive the provider;
 * when null, NetworkAccess::forCurrentThread() (the calling thread's shared one). An amadeus
 * provider on a loopback endpoint (the project's own sandbox) has no client-side rate limit;
 * elsewhere it keeps 10 requests/s, 100 ms apart (AmadeusProvider::setRateLimit). Returns
 * null with a sentence in @p error for an unknown or unavailable provider, or missing
 * credentials.
 */
std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today,
                                       const ProviderCredentials &credentials, QString *error,
                                       QNetworkAccessManager *network = nullptr);
/** As above, with ProviderCredentials::fromEnvironment(). */
std::unique_ptr<FlightProvider> create(const QString &id, const QString &endpoint,
                                       std::function<QDate()> today, QString *error);
} // namespace ProviderFactory
