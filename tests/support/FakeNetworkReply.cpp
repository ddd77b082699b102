// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetworkReply.h"

#include <QTimer>

FakeNetworkReply::FakeNetworkReply(QNetworkAccessManager::Operation op,
                                   const QNetworkRequest &request, const FakeReplySpec &spec,
                                   QObject *parent)
    : QNetworkReply(parent)
    , m_spec(spec) {
    setOperation(op);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_spec.stall)
        QTimer::singleShot(qMax(0, m_spec.delayMs), this, &FakeNetworkReply::play);
}

void FakeNetworkReply::play() {
    if (isFinished())
        return;
    if (m_spec.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_spec.status);
        for (const auto &[name, value] : m_spec.headers)
            setRawHeader(name, value);
        m_buffer = m_spec.body;
        Q_EMIT metaDataChanged();
        if (!m_buffer.isEmpty())
            Q_EMIT readyRead();
    }
    if (m_spec.error != QNetworkReply::NoError) {
        setError(m_spec.error, QStringLiteral("fake network error %1").arg(int(m_spec.error)));
        Q_EMIT errorOccurred(m_spec.error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeNetworkReply::abort() {
    if (isFinished())
        return;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    Q_EMIT finished();
}

qint64 FakeNetworkReply::bytesAvailable() const {
    return m_buffer.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeNetworkReply::readData(char *data, qint64 maxSize) {
    const qint64 n = qMin(maxSize, qint64(m_buffer.size()) - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}
