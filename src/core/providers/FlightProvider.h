// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchReply.h"
#include "domain/SearchRequest.h"

#include <QObject>
#include <QString>

/**
 * A source of flight offers. Every call is asynchronous and returns at once; the GUI thread
 * never waits on a provider. Implementations: SandboxProvider (in-process, offline); the HTTP
 * providers (Duffel, Amadeus) build on the same interface.
 */
class FlightProvider : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /** Stable id: "sandbox", "duffel", "amadeus". */
    virtual QString id() const = 0;
    /**
     * Starts a search. The request must pass SearchRequest::validationError(); if it does not,
     * the reply finishes (asynchronously) with InvalidRequest. The returned reply lives in the
     * caller's thread and is owned by the caller.
     */
    virtual SearchReply *search(const SearchRequest &request) = 0;
};
