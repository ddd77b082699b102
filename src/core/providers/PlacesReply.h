// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderReply.h"
#include "domain/Place.h"

#include <QList>

/** The pending result of FlightProvider::suggestPlaces(): likeliest first (see ProviderReply). */
class PlacesReply : public ProviderReply {
    Q_OBJECT

public:
    using ProviderReply::ProviderReply;

    const QList<Place> &places() const { return m_places; }
    void finishWithPlaces(QList<Place> places, qint64 elapsedMs);

private:
    QList<Place> m_places;
};
