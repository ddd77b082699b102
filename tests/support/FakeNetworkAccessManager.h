// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

/** One scripted answer of FakeNetworkAccessManager. */
struct FakeReplySpec {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< e.g. {"content-type", "application/json"}
    QByteArray body;
    int delayMs = 0;    ///< from the request to the end of the reply
    bool stall = false; ///< never finishes (only abort() ends it)
    /** A network failure ending the reply (after the status and body when status > 0, as a
     * connection closed mid-body does). */
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    static FakeReplySpec json(int status, const QByteArray &body) {
        FakeReplySpec spec;
        spec.status = status;
        spec.body = body;
        spec.headers = {{"content-type", "application/json"}};
        return spec;
    }
    FakeReplySpec &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
        return *this;
    }
};

/** One request as it reached the fake: exactly what a server would have seen. */
struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< raw headers set on the QNetworkRequest
    QByteArray body;

    /** The header (any case), or a null QByteArray. */
    QByteArray header(QByteArrayView name) const;
};

/**
 * A QNetworkAccessManager that never touches the network: it records every request (method,
 * URL with query, headers, body) and answers from a script. Rules are tried in the order they
 * were added; a rule matches on the method and either the exact URL (with its query, when the
 * pattern is a full URL) or the path alone (when it starts with '/'). A rule with several
 * replies gives them one per request and then repeats its last. A request nothing matches
 * fails with QNetworkReply::HostNotFoundError and is listed in unmatched().
 */
class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    using Handler = std::function<std::optional<FakeReplySpec>(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    /** Adds @p reply to the rule for @p method and @p urlOrPath (creating it if needed). */
    void addReply(const QByteArray &method, const QString &urlOrPath, const FakeReplySpec &reply);
    /** Consulted before the rules; return nullopt to fall through to them. */
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    /** The requests made to @p path (any method, any query). */
    QList<RecordedRequest> requestsTo(const QString &path) const;
    const QList<RecordedRequest> &unmatched() const { return m_unmatched; }
    /** Every reply created, as weak pointers (null once the reply is deleted). */
    const QList<QPointer<QNetworkReply>> &replies() const { return m_replies; }
    void clear();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Rule {
        QByteArray method;
        QString pattern;
        QList<FakeReplySpec> replies;
        int used = 0;
    };
    QList<Rule> m_rules;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QList<RecordedRequest> m_unmatched;
    QList<QPointer<QNetworkReply>> m_replies;
};
