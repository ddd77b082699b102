// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderReply.h"

void OrderReply::finishWithOrder(Order order, qint64 elapsedMs) {
    if (!beginFinish(elapsedMs))
        return;
    m_order = std::move(order);
    emitFinished();
}
