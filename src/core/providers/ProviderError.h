// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

/** A typed failure of a provider call; code decides what the person is told and what is retried. */
struct ProviderError {
    enum class Code {
        None,
        Cancelled,      ///< the caller cancelled; never shown as an error
        InvalidRequest, ///< the request cannot be searched (detail says why)
        NoRoute,        ///< the provider knows no way between the places
        Network,        ///< could not reach the provider
        Timeout,
        Authentication, ///< credentials missing or refused
        RateLimited,
        Server,       ///< the provider failed
        BadResponse,  ///< malformed or unexpected reply
        Unsupported,  ///< the provider does not offer this call
        OfferExpired, ///< the offer is no longer sold (re-search)
    };

    Code code = Code::None;
    QString detail; ///< technical detail for logs; never contains secrets

    bool isError() const { return code != Code::None; }
    static QString codeName(Code code);
    bool operator==(const ProviderError &o) const { return code == o.code && detail == o.detail; }
};

Q_DECLARE_METATYPE(ProviderError)
