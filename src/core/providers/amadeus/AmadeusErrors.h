// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderError.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** One entry of an Amadeus `errors[]` array (or the token endpoint's flat error). */
struct AmadeusIssue {
    int status = 0; ///< HTTP status as the body states it; 0 if absent
    int code = 0;   ///< application code (477, 38192...); 0 if absent or not a number
    QString title;
    QString detail;
    QString source; ///< "pointer", "parameter" or "example" value, whichever is present
};

/** What the client does about an Amadeus failure. */
struct AmadeusFailure {
    ProviderError error;
    /** 401 with 38190/38192/38193: refresh the token once and replay the request once. */
    bool refreshToken = false;
    /** Transient (429 38194, 500 38189/141, 502-504): safe to retry with backoff. 38195 never. */
    bool retryable = false;
    QList<AmadeusIssue> issues;
};

/**
 * The error side of the Amadeus Self-Service wire format (flight-apis.md section 1.11):
 * `{"errors": [{"status", "code", "title", "detail", "source"}]}` where code and status may be
 * numbers or strings, and the token endpoint's flat `{"error", "error_description", "code",
 * "title"}`. Pure functions; nothing here logs. Details never contain request headers or
 * credentials, only what the server said.
 */
namespace AmadeusErrors {
/** The issues in @p body; empty when the body is not JSON or has no errors (never throws). */
QList<AmadeusIssue> parseIssues(const QByteArray &body);
/**
 * Classifies an HTTP failure: @p httpStatus (0 when there was no HTTP answer is not handled
 * here) and the body. The first issue with a known code decides; otherwise the HTTP status:
 * 400 -> InvalidRequest, 401/403 -> Authentication, 404 -> Unsupported (no such resource),
 * 429 -> RateLimited (retryable), 5xx -> Server (retryable except 501), other -> BadResponse.
 */
AmadeusFailure classify(int httpStatus, const QByteArray &body);
/** A short log/detail text: "HTTP 400 code 477 INVALID FORMAT: detail (source)". */
QString describe(int httpStatus, const QList<AmadeusIssue> &issues);
} // namespace AmadeusErrors
