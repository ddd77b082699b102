// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpErrorMapper.h"

namespace HttpErrorMapper {
ProviderError::Code codeForStatus(int status) {
    using Code = ProviderError::Code;
    if (status >= 200 && status < 300)
        return Code::None;
    if (status == 401 || status == 403)
        return Code::Authentication;
    if (status == 429)
        return Code::RateLimited;
    if (status >= 400 && status < 500)
        return Code::InvalidRequest;
    if (status >= 500 && status < 600)
        return Code::Server;
    return Code::BadResponse;
}

ProviderError fromResponse(const HttpResponse &response) {
    using Code = ProviderError::Code;
    if (response.cancelled)
        return {Code::Cancelled, QStringLiteral("cancelled")};
    if (response.timedOut)
        return {Code::Timeout, QStringLiteral("no complete answer within the time limit "
                                              "(%1 attempt(s), %2 ms)")
                                   .arg(response.attempts)
                                   .arg(response.elapsedMs)};
    if (response.status == 0) {
        if (response.networkError == QNetworkReply::NoError)
            return {Code::BadResponse, QStringLiteral("no HTTP status in the response")};
        return {Code::Network, QStringLiteral("network error %1: %2")
                                   .arg(int(response.networkError))
                                   .arg(response.errorString)};
    }
    if (response.networkError != QNetworkReply::NoError && response.status >= 200 &&
        response.status < 300) {
        // The status line arrived but the body broke off (connection closed mid-body).
        return {Code::BadResponse, QStringLiteral("HTTP %1, then network error %2: %3")
                                       .arg(response.status)
                                       .arg(int(response.networkError))
                                       .arg(response.errorString)};
    }
    const Code code = codeForStatus(response.status);
    if (code == Code::None)
        return {};
    return {code, QStringLiteral("HTTP %1").arg(response.status)};
}
} // namespace HttpErrorMapper
