// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

/**
 * One Amadeus flight-offer object exactly as the API sent it (pricing and orders must send it
 * back verbatim), kept cheaply: the response body it came from (shared, never copied: QByteArray
 * is implicitly shared) and where the offer sits in it. Mapping a 250-offer search therefore
 * builds no JSON tree for later; object() reads the offer back when it is needed.
 */
class AmadeusRawOffer {
public:
    /** Where the offer is in its body. */
    enum class Place {
        SearchData,   ///< data[index] of a Flight Offers Search response
        PricedOffers, ///< data.flightOffers[index] of a Flight Offers Price response
    };

    /** A null raw offer: object() is empty. */
    AmadeusRawOffer() = default;
    AmadeusRawOffer(const QByteArray &body, Place place, qsizetype index);

    bool isNull() const { return m_index < 0; }
    /**
     * The offer as a QJsonObject (the body is parsed again, in a few hundred microseconds for a
     * 250-offer body). Empty when null, or when the body has no object at that place.
     */
    QJsonObject object() const;
    /** object().value(@p key) */
    QJsonValue value(QLatin1String key) const { return object().value(key); }
    /** object().value(@p key) */
    QJsonValue value(const QString &key) const { return object().value(key); }

private:
    QByteArray m_body;
    Place m_place = Place::SearchData;
    qsizetype m_index = -1;
};
