// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "domain/SearchRequest.h"
#include "providers/sandbox/SandboxOfferGenerator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

/**
 * The offers the HTTP sandbox sells, without keeping any per-search state: a search is named by
 * a key (base64url of the request and the booking date) that the HTTP offer-request ids and
 * offer ids carry, so that "GET /air/offers/{id}", pricing and orders find an offer again by
 * regenerating its search (a small LRU cache keeps recent searches).
 *
 * Offers are SandboxOfferGenerator's, so a search gives the same offers (same order and
 * amounts; only the ids differ) as the in-process sandbox provider. With offersPerSearch > 0
 * the list is cut, or padded with deterministic variants (the same itineraries again, dearer by
 * 1.5% a round), to exactly that many. Thread-safe.
 */
class SandboxCatalog {
public:
    /** One search as found again from a key. */
    struct Search {
        SearchRequest request;
        QDate bookingDate;
        SandboxResult result; ///< offers with their HTTP ids (see offerId())
    };

    explicit SandboxCatalog(int offersPerSearch = 0);

    /** 0: as many as the generator gives. */
    void setOffersPerSearch(int count);
    int offersPerSearch() const;

    /** The key of a search (url-safe, no padding). */
    static QString keyFor(const SearchRequest &request, const QDate &bookingDate);
    /** The request and booking date of a key; nullopt for anything keyFor() did not make. */
    static std::optional<std::pair<SearchRequest, QDate>> parseKey(const QString &key);

    /** The offers of a search; ids are "<key>.<n>" where n is the offer's rank. */
    Search search(const SearchRequest &request, const QDate &bookingDate);
    /** The search a key names (regenerated or cached); nullopt for a bad key. */
    std::optional<Search> searchFor(const QString &key);
    /**
     * The offer with this id ("<key>.<n>", any prefix before the key such as "off_" already
     * removed) and its search; nullopt when the id names no offer.
     */
    std::optional<std::pair<FlightOffer, Search>> offer(const QString &id);

    /**
     * The offer as re-priced now: unchanged, except that with probability @p movePermille / 1000
     * (decided by the offer id, so the same offer always moves the same way) it costs 2% more.
     */
    static FlightOffer repriced(const FlightOffer &offer, int movePermille);
    /** The share of tax in a sandbox total (15%, rounded to minor units). */
    static Money taxOf(const Money &total);

private:
    Search generate(const SearchRequest &request, const QDate &bookingDate) const;

    SandboxOfferGenerator m_generator;
    mutable QMutex m_mutex;
    int m_offersPerSearch = 0;
    QHash<QString, std::shared_ptr<const Search>> m_cache;
    QList<QString> m_recent; ///< least recently used first
};
