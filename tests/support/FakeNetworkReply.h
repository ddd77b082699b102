// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeNetworkAccessManager.h"

#include <QNetworkReply>

/** The QNetworkReply FakeNetworkAccessManager hands out: plays one FakeReplySpec. */
class FakeNetworkReply : public QNetworkReply {
    Q_OBJECT

public:
    FakeNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                     const FakeReplySpec &spec, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void play();

    FakeReplySpec m_spec;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};
