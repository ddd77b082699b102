// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

QByteArray HttpResponse::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponse::requestId() const {
    QByteArray id = header("x-request-id");
    if (id.isEmpty())
        id = header("ama-request-id");
    return id;
}
