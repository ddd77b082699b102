// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "providers/ProviderError.h"

/**
 * The generic meaning of a finished HTTP exchange as a ProviderError. Providers refine it from
 * their error bodies (Duffel errors[], Amadeus errors[]), but the code class comes from here:
 * cancelled -> Cancelled; timed out -> Timeout; a network failure (refused, DNS, reset, TLS) ->
 * Network; 2xx -> None; 401/403 -> Authentication; 429 -> RateLimited; 404, 400, 422 and other
 * 4xx -> InvalidRequest; 5xx -> Server; anything else -> BadResponse. The detail names the
 * status or Qt's error text and never contains headers or a body.
 */
namespace HttpErrorMapper {
ProviderError fromResponse(const HttpResponse &response);
/** The code alone for a status (200 -> None, 429 -> RateLimited, ...). */
ProviderError::Code codeForStatus(int status);
} // namespace HttpErrorMapper
