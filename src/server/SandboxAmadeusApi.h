// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttpRequest.h"
#include "SandboxHttpResponse.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class SandboxCatalog;
struct SearchRequest;

/**
 * The Amadeus Self-Service face of the sandbox (flight-apis.md section 1): POST
 * /v1/security/oauth2/token (client_credentials, any non-empty id and secret), GET and POST
 * /v2/shopping/flight-offers (POST needs X-HTTP-Method-Override: GET; max <= 250), GET
 * /v1/reference-data/locations (page[limit], page[offset], meta.links.next) and /{id}, POST
 * /v1/shopping/flight-offers/pricing, POST /v1/booking/flight-orders. Tokens are checked: 401
 * 38191 without a Bearer header, 38190 for an unknown token, 38192 for an expired one. Errors
 * use the errors[] body (the token endpoint its flat one).
 */
class SandboxAmadeusApi {
public:
    explicit SandboxAmadeusApi(SandboxCatalog &catalog);

    static bool handles(const QString &path);
    /** The response to @p request at @p now; new tokens live @p tokenTtlSeconds. */
    SandboxHttpResponse handle(const SandboxHttpRequest &request, const QString &baseUrl,
                               const QDateTime &now, int tokenTtlSeconds, int repricePermille);
    static SandboxHttpResponse error(int status, int code, const QString &title,
                                     const QString &detail, const QString &parameter = {},
                                     const QString &pointer = {});
    /** Tokens issued so far. */
    int tokensIssued() const { return m_tokensIssued; }
    /** Makes every token issued so far expired (tests: "the token expires now"). */
    void expireAllTokens();

private:
    SandboxHttpResponse token(const SandboxHttpRequest &request, const QDateTime &now, int ttl);
    std::optional<SandboxHttpResponse> checkToken(const SandboxHttpRequest &request,
                                                  const QDateTime &now) const;
    SandboxHttpResponse searchOffers(const SearchRequest &search, int max, const QString &currency,
                                     const QStringList &excluded, const QString &self,
                                     const QDateTime &now);
    SandboxHttpResponse searchGet(const SandboxHttpRequest &request, const QString &baseUrl,
                                  const QDateTime &now);
    SandboxHttpResponse searchPost(const SandboxHttpRequest &request, const QString &baseUrl,
                                   const QDateTime &now);
    SandboxHttpResponse locations(const SandboxHttpRequest &request, const QString &baseUrl);
    SandboxHttpResponse pricing(const SandboxHttpRequest &request, const QDateTime &now,
                                int repricePermille);
    SandboxHttpResponse order(const SandboxHttpRequest &request, const QDateTime &now,
                              int repricePermille);

    SandboxCatalog &m_catalog;
    QHash<QByteArray, QDateTime> m_tokens; ///< token -> expiry (UTC)
    int m_tokensIssued = 0;
};
