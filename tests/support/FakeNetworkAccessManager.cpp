// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkAccessManager.h"

#include "FakeNetworkReply.h"

#include <QIODevice>

QByteArray RecordedRequest::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent) {}

void FakeNetworkAccessManager::addReply(const QByteArray &method, const QString &urlOrPath,
                                        const FakeReplySpec &reply) {
    for (Rule &rule : m_rules) {
        if (rule.method == method && rule.pattern == urlOrPath) {
            rule.replies.append(reply);
            return;
        }
    }
    m_rules.append({method, urlOrPath, {reply}, 0});
}

QList<RecordedRequest> FakeNetworkAccessManager::requestsTo(const QString &path) const {
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (r.url.path() == path)
            out.append(r);
    }
    return out;
}

void FakeNetworkAccessManager::clear() {
    m_rules.clear();
    m_requests.clear();
    m_unmatched.clear();
    m_replies.clear();
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData) {
    RecordedRequest recorded;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    std::optional<FakeReplySpec> spec;
    if (m_handler)
        spec = m_handler(recorded);
    if (!spec) {
        const QString full = recorded.url.toString(QUrl::FullyEncoded);
        for (Rule &rule : m_rules) {
            const bool matches =
                rule.method == recorded.method &&
                (rule.pattern.startsWith(u'/') ? rule.pattern == recorded.url.path()
                                               : rule.pattern == full);
            if (!matches)
                continue;
            spec = rule.replies.at(qMin(rule.used, int(rule.replies.size()) - 1));
            ++rule.used;
            break;
        }
    }
    if (!spec) {
        m_unmatched.append(recorded);
        FakeReplySpec failure;
        failure.status = 0;
        failure.error = QNetworkReply::HostNotFoundError;
        spec = failure;
    }
    auto *reply = new FakeNetworkReply(op, request, *spec, this);
    m_replies.append(reply);
    return reply;
}
