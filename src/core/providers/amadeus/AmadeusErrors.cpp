// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {
using Code = ProviderError::Code;

/** A number that may arrive as 477, 477.0 or "477"; 0 otherwise. */
int intOf(const QJsonValue &value) {
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        return ok ? n : 0;
    }
    return 0;
}

AmadeusIssue issueFrom(const QJsonObject &o) {
    AmadeusIssue issue;
    issue.status = intOf(o.value(QLatin1String("status")));
    issue.code = intOf(o.value(QLatin1String("code")));
    issue.title = o.value(QLatin1String("title")).toString();
    issue.detail = o.value(QLatin1String("detail")).toString();
    const QJsonValue source = o.value(QLatin1String("source"));
    if (source.isObject()) {
        const QJsonObject s = source.toObject();
        for (const char *key : {"pointer", "parameter", "example"}) {
            const QString v = s.value(QLatin1String(key)).toString();
            if (!v.isEmpty()) {
                issue.source = v;
                break;
            }
        }
    } else if (source.isString()) {
        issue.source = source.toString();
    }
    return issue;
}

struct CodeRule {
    int code;
    Code error;
    bool refresh;
    bool retryable;
};

// flight-apis.md section 1.11, plus the 400 codes of sections 1.4, 1.8 and 1.9.
constexpr CodeRule Rules[] = {
    {38190, Code::Authentication, true, false},  // invalid access token
    {38192, Code::Authentication, true, false},  // access token expired
    {38193, Code::Authentication, true, false},  // access token revoked
    {38191, Code::Authentication, false, false}, // invalid HTTP header
    {39683, Code::Authentication, false, false}, // API key revoked
    {39686, Code::Authentication, false, false}, // API key invalid
    {38187, Code::Authentication, false, false}, // token endpoint: invalid parameters
    {38197, Code::Authentication, false, false}, // forbidden
    {38196, Code::Unsupported, false, false},    // resource not found (bad path)
    {6003, Code::NoRoute, false, false},         // item not found
    {1797, Code::NoRoute, false, false},         // no data found
    {38194, Code::RateLimited, false, true},     // too many requests
    {38195, Code::RateLimited, false, false},    // quota exceeded: never retried
    {38189, Code::Server, false, true},          // internal error
    {141, Code::Server, false, true},            // system error has occurred
    {36870, Code::Server, false, false},         // booking failed
    {37200, Code::OfferExpired, false, false},   // price discrepancy
    {34651, Code::OfferExpired, false, false},   // segment sell failure
    {34107, Code::OfferExpired, false, false},   // not applicable fare
    {425, Code::InvalidRequest, false, false},   // invalid date
    {477, Code::InvalidRequest, false, false},   // invalid format
    {1304, Code::InvalidRequest, false, false},  // credit card not accepted
    {2668, Code::InvalidRequest, false, false},  // parameter combination
    {2781, Code::InvalidRequest, false, false},  // invalid length
    {4926, Code::InvalidRequest, false, false},  // invalid data received
    {9112, Code::InvalidRequest, false, false},
    {10661, Code::InvalidRequest, false, false}, // maximum number of occurrences
    {32171, Code::InvalidRequest, false, false}, // mandatory data missing
    {34733, Code::InvalidRequest, false, false},
    {38034, Code::InvalidRequest, false, false},
};

const CodeRule *ruleFor(int code) {
    for (const CodeRule &rule : Rules) {
        if (rule.code == code)
            return &rule;
    }
    return nullptr;
}

void classifyByStatus(int status, AmadeusFailure &failure) {
    if (status == 400 || status == 422) {
        failure.error.code = Code::InvalidRequest;
    } else if (status == 401 || status == 403) {
        failure.error.code = Code::Authentication;
    } else if (status == 404) {
        failure.error.code = Code::Unsupported;
    } else if (status == 429) {
        failure.error.code = Code::RateLimited;
        failure.retryable = true;
    } else if (status >= 500 && status <= 599) {
        failure.error.code = Code::Server;
        failure.retryable = status != 501;
    } else {
        failure.error.code = Code::BadResponse;
    }
}
} // namespace

namespace AmadeusErrors {
QList<AmadeusIssue> parseIssues(const QByteArray &body) {
    QList<AmadeusIssue> issues;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return issues;
    const QJsonObject root = doc.object();
    const QJsonValue errors = root.value(QLatin1String("errors"));
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &v : array) {
            if (v.isObject())
                issues.append(issueFrom(v.toObject()));
        }
        return issues;
    }
    // The token endpoint's flat shape.
    if (root.contains(QLatin1String("error")) || root.contains(QLatin1String("code"))) {
        AmadeusIssue issue = issueFrom(root);
        const QString error = root.value(QLatin1String("error")).toString();
        const QString description = root.value(QLatin1String("error_description")).toString();
        if (issue.detail.isEmpty())
            issue.detail = description;
        if (issue.title.isEmpty())
            issue.title = error;
        else if (!error.isEmpty())
            issue.title = error + QStringLiteral(": ") + issue.title;
        issues.append(issue);
    }
    return issues;
}

AmadeusFailure classify(int httpStatus, const QByteArray &body) {
    AmadeusFailure failure;
    failure.issues = parseIssues(body);
    const CodeRule *rule = nullptr;
    for (const AmadeusIssue &issue : std::as_const(failure.issues)) {
        rule = ruleFor(issue.code);
        if (rule)
            break;
    }
    if (rule) {
        failure.error.code = rule->error;
        failure.refreshToken = rule->refresh;
        failure.retryable = rule->retryable;
    } else {
        int status = httpStatus;
        if (status == 0 && !failure.issues.isEmpty())
            status = failure.issues.first().status;
        classifyByStatus(status, failure);
    }
    failure.error.detail = describe(httpStatus, failure.issues);
    return failure;
}

QString describe(int httpStatus, const QList<AmadeusIssue> &issues) {
    QString text = QStringLiteral("HTTP %1").arg(httpStatus);
    for (const AmadeusIssue &issue : issues) {
        text += QStringLiteral("; code %1").arg(issue.code);
        if (!issue.title.isEmpty())
            text += u' ' + issue.title;
        if (!issue.detail.isEmpty())
            text += QStringLiteral(": ") + issue.detail;
        if (!issue.source.isEmpty())
            text += QStringLiteral(" (") + issue.source + u')';
    }
    return text;
}
} // namespace AmadeusErrors
