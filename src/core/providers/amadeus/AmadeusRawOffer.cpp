// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusRawOffer.h"

#include "providers/http/JsonDom.h"

#include <QJsonDocument>

AmadeusRawOffer::AmadeusRawOffer(const QByteArray &body, Place place, qsizetype index)
    : m_body(body)
    , m_place(place)
    , m_index(index) {}

QJsonObject AmadeusRawOffer::object() const {
    if (isNull())
        return {};
    const JsonDom dom(m_body);
    JsonDom::Value offers = JsonDom::field(dom.root(), "data");
    if (m_place == Place::PricedOffers)
        offers = JsonDom::field(offers, "flightOffers");
    const JsonDom::Value offer = JsonDom::at(offers, size_t(m_index));
    if (!offer.is_object())
        return {};
    const std::string json = simdjson::minify(offer.value_unsafe());
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())))
        .object();
}
