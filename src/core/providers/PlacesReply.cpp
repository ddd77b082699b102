// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacesReply.h"

void PlacesReply::finishWithPlaces(QList<Place> places, qint64 elapsedMs) {
    if (!beginFinish(elapsedMs))
        return;
    m_places = std::move(places);
    emitFinished();
}
