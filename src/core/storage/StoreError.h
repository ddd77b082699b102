// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QException>
#include <QString>

/**
 * A failed SessionStore call, carried by the call's QFuture: result() and waitForFinished()
 * rethrow it in the caller's thread. message() is a plain sentence for logs and the CLI; it
 * never contains the text of a stored message.
 */
class StoreError : public QException {
public:
    explicit StoreError(const QString &message);

    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    void raise() const override;
    StoreError *clone() const override;

private:
    QString m_message;
    QByteArray m_utf8;
};
