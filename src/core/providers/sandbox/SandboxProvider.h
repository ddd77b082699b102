// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/FlightProvider.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>

class GeoDatabase;
class SandboxOfferGenerator;

/**
 * The offline "sandbox" provider: SandboxOfferGenerator run on the global thread pool.
 *
 * search() always returns at once and the reply finishes later, in the caller's thread, never
 * inside search(): with the offers, with InvalidRequest (SearchRequest::validationError(), unknown
 * code, same city, unsupported maxPrice currency) or NoRoute. Cancelling or deleting the reply
 * while the generator runs is safe: the result is dropped. An optional simulated latency (a
 * QTimer, never a sleep) makes searches feel like a real network call.
 *
 * suggestPlaces() uses SandboxPlaceIndex (at most 10 places). priceOffer() gives the same offer
 * back (sandbox fares do not move), or OfferExpired once its first flight has left.
 * createOrder() books offers this provider found (others: OfferExpired, as they can no longer
 * be sold) after SandboxBooking::validateTravellers() (InvalidRequest with its code otherwise).
 */
class SandboxProvider : public FlightProvider {
    Q_OBJECT

public:
    using Clock = std::function<QDate()>;
    using NowClock = std::function<QDateTime()>;

    explicit SandboxProvider(QObject *parent = nullptr);
    /** @p geo must outlive the provider and every search it started. */
    explicit SandboxProvider(const GeoDatabase &geo, QObject *parent = nullptr);
    ~SandboxProvider() override;

    /** "sandbox" */
    QString id() const override;
    SearchReply *search(const SearchRequest &request) override;
    PlacesReply *suggestPlaces(const QString &query) override;
    OfferReply *priceOffer(const FlightOffer &offer) override;
    OrderReply *createOrder(const FlightOffer &offer, const QList<Traveller> &travellers) override;

    /** "Today" for validation and days-to-departure fares; default QDate::currentDate(). */
    void setClock(Clock clock);
    /** "Now" for departed offers and order times; default QDateTime::currentDateTimeUtc(). */
    void setNowClock(NowClock now);
    /**
     * Fixed simulated latency in ms from search() to finished() (at least; 0 = as fast as
     * possible, the default). Negative: realistic latency, see realisticLatencyMs().
     */
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    /** The app's latency for a request: 300..600 ms, always the same for the same request. */
    static int realisticLatencyMs(const SearchRequest &request);
    static constexpr int RealisticLatency = -1;

    /** How many offers' passengers createOrder() remembers (oldest forgotten first). */
    static constexpr int RememberedOffers = 20000;

private:
    class OfferMemory;
    int latencyFor(const SearchRequest &request) const;

    std::shared_ptr<const SandboxOfferGenerator> m_generator;
    std::shared_ptr<OfferMemory> m_memory;
    Clock m_clock;
    NowClock m_now;
    int m_latencyMs = 0;
};
