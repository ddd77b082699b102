// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreError.h"

StoreError::StoreError(const QString &message)
    : m_message(message)
    , m_utf8(message.toUtf8()) {}

void StoreError::raise() const {
    throw *this;
}

StoreError *StoreError::clone() const {
    return new StoreError(*this);
}
