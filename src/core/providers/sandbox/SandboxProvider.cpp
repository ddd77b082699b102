// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProvider.h"

#include "SandboxBooking.h"
#include "SandboxOfferGenerator.h"
#include "SandboxPlaceIndex.h"
#include "SandboxRandom.h"
#include "util/AsyncTask.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <optional>

namespace {
ProviderError errorFor(const SandboxResult &result) {
    using Status = SandboxResult::Status;
    switch (result.status) {
    case Status::Ok:
        return {};
    case Status::NoRoute:
        return {ProviderError::Code::NoRoute, result.reason};
    case Status::UnknownPlace:
    case Status::SameCity:
    case Status::UnsupportedCurrency:
        return {ProviderError::Code::InvalidRequest, result.reason};
    }
    return {ProviderError::Code::InvalidRequest, result.reason};
}
} // namespace

/** The passengers of the offers this provider found, for createOrder(); bounded, FIFO. */
class SandboxProvider::OfferMemory {
public:
    void remember(const QList<FlightOffer> &offers, const Passengers &passengers) {
        QMutexLocker lock(&m_mutex);
        for (const FlightOffer &offer : offers) {
            if (m_passengers.contains(offer.id))
                continue;
            m_passengers.insert(offer.id, passengers);
            m_order.enqueue(offer.id);
            while (m_order.size() > RememberedOffers)
                m_passengers.remove(m_order.dequeue());
        }
    }
    std::optional<Passengers> passengersOf(const QString &offerId) const {
        QMutexLocker lock(&m_mutex);
        const auto it = m_passengers.constFind(offerId);
        return it == m_passengers.constEnd() ? std::nullopt : std::optional<Passengers>(*it);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, Passengers> m_passengers;
    QQueue<QString> m_order;
};

SandboxProvider::SandboxProvider(QObject *parent)
    : SandboxProvider(GeoDatabase::instance(), parent) {}

SandboxProvider::SandboxProvider(const GeoDatabase &geo, QObject *parent)
    : FlightProvider(parent)
    , m_generator(std::make_shared<const SandboxOfferGenerator>(geo))
    , m_memory(std::make_shared<OfferMemory>())
    , m_clock([] { return QDate::currentDate(); })
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

SandboxProvider::~SandboxProvider() = default;

QString SandboxProvider::id() const {
    return SandboxOfferGenerator::providerId();
}

void SandboxProvider::setClock(Clock clock) {
    m_clock = clock ? std::move(clock) : Clock([] { return QDate::currentDate(); });
}

void SandboxProvider::setNowClock(NowClock now) {
    m_now = now ? std::move(now) : NowClock([] { return QDateTime::currentDateTimeUtc(); });
}

int SandboxProvider::realisticLatencyMs(const SearchRequest &request) {
    quint64 h = SandboxRandom::hash({u"latency", cabinClassName(request.cabin)});
    for (const SearchSlice &s : request.slices) {
        h = SandboxRandom::hash(
            {QString::number(h, 16), s.origin, s.destination, s.date.toString(Qt::ISODate)});
    }
    h = SandboxRandom::mix(h, quint64(request.passengers.total()));
    return 300 + int(h % 301);
}

int SandboxProvider::latencyFor(const SearchRequest &request) const {
    return m_latencyMs < 0 ? realisticLatencyMs(request) : m_latencyMs;
}

SearchReply *SandboxProvider::search(const SearchRequest &request) {
    auto *reply = new SearchReply;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QDate today = m_clock();
    const int latency = latencyFor(request);

    // Delivers on the reply's thread after the simulated latency; nothing if the reply is gone.
    auto deliver = [reply, timer, latency](std::function<void()> finish) {
        const qint64 remaining = qMax<qint64>(0, latency - timer->elapsed());
        QTimer::singleShot(int(remaining), reply, std::move(finish));
    };

    const QString invalid = request.validationError(today);
    if (!invalid.isEmpty()) {
        deliver([reply, timer, invalid] {
            reply->finishWithError({ProviderError::Code::InvalidRequest, invalid},
                                   timer->elapsed());
        });
        return reply;
    }

    std::shared_ptr<const SandboxOfferGenerator> generator = m_generator;
    QFuture<SandboxResult> future = AsyncTask::run(
        reply, [generator, request, today] { return generator->generateChecked(request, today); },
        [reply, timer, deliver, memory = m_memory,
         passengers = request.passengers](const SandboxResult &result) {
            if (reply->isFinished())
                return;
            if (result.isOk())
                memory->remember(result.offers, passengers);
            deliver([reply, timer, result] {
                if (result.isOk())
                    reply->finishWithOffers(result.offers, timer->elapsed());
                else
                    reply->finishWithError(errorFor(result), timer->elapsed());
            });
        });
    connect(reply, &SearchReply::cancelRequested, reply, [future]() mutable { future.cancel(); });
    return reply;
}

PlacesReply *SandboxProvider::suggestPlaces(const QString &query) {
    auto *reply = new PlacesReply;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // The index is built once, on first use (a few hundred ms): never on the caller's thread.
    QFuture<QList<Place>> future = AsyncTask::run(
        reply, [query] { return SandboxPlaceIndex::instance().suggest(query); },
        [reply, timer](const QList<Place> &places) {
            if (!reply->isFinished())
                reply->finishWithPlaces(places, timer->elapsed());
        });
    connect(reply, &PlacesReply::cancelRequested, reply, [future]() mutable { future.cancel(); });
    return reply;
}

OfferReply *SandboxProvider::priceOffer(const FlightOffer &offer) {
    auto *reply = new OfferReply;
    if (offer.provider != id()) {
        finishLater(reply,
                    {ProviderError::Code::InvalidRequest, QStringLiteral("not_sandbox_offer")});
        return reply;
    }
    if (SandboxBooking::hasDeparted(offer, m_now())) {
        finishLater(reply, {ProviderError::Code::OfferExpired, QStringLiteral("departed")});
        return reply;
    }
    QTimer::singleShot(0, reply, [reply, offer] { reply->finishWithOffer(offer, 0); });
    return reply;
}

OrderReply *SandboxProvider::createOrder(const FlightOffer &offer,
                                         const QList<Traveller> &travellers) {
    auto *reply = new OrderReply;
    if (offer.provider != id()) {
        finishLater(reply,
                    {ProviderError::Code::InvalidRequest, QStringLiteral("not_sandbox_offer")});
        return reply;
    }
    const QDateTime now = m_now();
    const std::optional<Passengers> passengers = m_memory->passengersOf(offer.id);
    if (!passengers || SandboxBooking::hasDeparted(offer, now)) {
        finishLater(reply,
                    {ProviderError::Code::OfferExpired,
                     passengers ? QStringLiteral("departed") : QStringLiteral("unknown_offer")});
        return reply;
    }
    const QString invalid = SandboxBooking::validateTravellers(travellers, *passengers);
    if (!invalid.isEmpty()) {
        finishLater(reply, {ProviderError::Code::InvalidRequest, invalid});
        return reply;
    }
    Order order;
    order.provider = id();
    order.offerId = offer.id;
    order.bookingReference = SandboxBooking::bookingReference(offer.id, travellers);
    order.id = QStringLiteral("ord_sbx_") + order.bookingReference;
    order.totalAmount = offer.totalAmount;
    order.travellers = travellers;
    order.createdAt = now.toUTC();
    QTimer::singleShot(0, reply, [reply, order] { reply->finishWithOrder(order, 0); });
    return reply;
}
