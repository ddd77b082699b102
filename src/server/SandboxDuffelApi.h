// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttpRequest.h"
#include "SandboxHttpResponse.h"

#include <QDateTime>
#include <QString>

class SandboxCatalog;

/**
 * The Duffel v2 face of the sandbox (flight-apis.md section 2): POST /air/offer_requests (also
 * with a trailing slash; return_offers, supplier_timeout), GET /air/offers (cursor pages, sort,
 * limit 1-200, max_connections), GET /air/offers/{id} and POST /air/offers/{id}/actions/price
 * (re-price), POST /air/orders, GET /places/suggestions?query=. A Bearer token (any) and
 * `Duffel-Version: v2` are required; anything else gets Duffel's error body with the right
 * status. Stateless: ids carry the search (SandboxCatalog).
 */
class SandboxDuffelApi {
public:
    explicit SandboxDuffelApi(SandboxCatalog &catalog);

    /** Whether @p path belongs to this API. */
    static bool handles(const QString &path);
    /** The response to @p request at @p now (UTC); @p repricePermille: see SandboxCatalog. */
    SandboxHttpResponse handle(const SandboxHttpRequest &request, const QString &requestId,
                               const QDateTime &now, int repricePermille);
    /** An error response of this API. */
    static SandboxHttpResponse error(int status, const QString &requestId, const QString &type,
                                     const QString &code, const QString &title,
                                     const QString &message, const QString &pointer = {});

private:
    SandboxHttpResponse createOfferRequest(const SandboxHttpRequest &request,
                                           const QString &requestId, const QDateTime &now);
    SandboxHttpResponse listOffers(const SandboxHttpRequest &request, const QString &requestId,
                                   const QDateTime &now);
    SandboxHttpResponse getOffer(const QString &id, const QString &requestId, const QDateTime &now,
                                 int repricePermille);
    SandboxHttpResponse createOrder(const SandboxHttpRequest &request, const QString &requestId,
                                    const QDateTime &now, int repricePermille);
    SandboxHttpResponse suggestions(const SandboxHttpRequest &request, const QString &requestId);

    SandboxCatalog &m_catalog;
};
