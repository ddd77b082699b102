// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlightProvider.h"

#include <QTimer>

namespace {
ProviderError unsupported(const char *call) {
    return {ProviderError::Code::Unsupported, QString::fromLatin1(call)};
}
} // namespace

PlacesReply *FlightProvider::suggestPlaces(const QString &) {
    auto *reply = new PlacesReply;
    finishLater(reply, unsupported("suggestPlaces"));
    return reply;
}

OfferReply *FlightProvider::priceOffer(const FlightOffer &) {
    auto *reply = new OfferReply;
    finishLater(reply, unsupported("priceOffer"));
    return reply;
}

OrderReply *FlightProvider::createOrder(const FlightOffer &, const QList<Traveller> &) {
    auto *reply = new OrderReply;
    finishLater(reply, unsupported("createOrder"));
    return reply;
}

void FlightProvider::finishLater(ProviderReply *reply, const ProviderError &error) {
    QTimer::singleShot(0, reply, [reply, error] { reply->finishWithError(error, 0); });
}
