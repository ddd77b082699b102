// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderError.h"

QString ProviderError::codeName(Code code) {
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Code::NoRoute:
        return QStringLiteral("no_route");
    case Code::Network:
        return QStringLiteral("network");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::Authentication:
        return QStringLiteral("authentication");
    case Code::RateLimited:
        return QStringLiteral("rate_limited");
    case Code::Server:
        return QStringLiteral("server");
    case Code::BadResponse:
        return QStringLiteral("bad_response");
    case Code::Unsupported:
        return QStringLiteral("unsupported");
    case Code::OfferExpired:
        return QStringLiteral("offer_expired");
    }
    return QStringLiteral("none");
}
