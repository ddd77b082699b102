// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderReply.h"
#include "domain/Order.h"

/** The pending result of FlightProvider::createOrder(): the booked order (see ProviderReply). */
class OrderReply : public ProviderReply {
    Q_OBJECT

public:
    using ProviderReply::ProviderReply;

    const Order &order() const { return m_order; }
    void finishWithOrder(Order order, qint64 elapsedMs);

private:
    Order m_order;
};
