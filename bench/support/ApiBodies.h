// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiWorkload.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

/**
 * Fetches, once, the raw bodies bench_api times the mapping of: one Duffel search of 250 offers
 * (the offer request, then its pages of 200 and 50 merged into one GET /air/offers body, as the
 * DESIGN budget counts them) and one Amadeus flight-offers response of up to 250 offers. Plain
 * synchronous HTTP for a benchmark's setup (a local QEventLoop at the program's top level).
 */
struct ApiBodies {
    QByteArray duffel;  ///< {"data": [250 offers], "meta": {...}}; empty on failure
    QByteArray amadeus; ///< {"meta", "data", "dictionaries"}; empty on failure
    int duffelOffers = 0;
    int amadeusOffers = 0;
    QString error; ///< why a body is missing

    static ApiBodies fetch(const QUrl &endpoint, const ApiSearch &search);
};
