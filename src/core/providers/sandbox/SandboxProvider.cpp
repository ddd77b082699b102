// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProvider.h"

#include "SandboxOfferGenerator.h"
#include "SandboxRandom.h"
#include "util/AsyncTask.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

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

SandboxProvider::SandboxProvider(QObject *parent)
    : SandboxProvider(GeoDatabase::instance(), parent) {}

SandboxProvider::SandboxProvider(const GeoDatabase &geo, QObject *parent)
    : FlightProvider(parent)
    , m_generator(std::make_shared<const SandboxOfferGenerator>(geo))
    , m_clock([] { return QDate::currentDate(); }) {}

SandboxProvider::~SandboxProvider() = default;

QString SandboxProvider::id() const {
    return SandboxOfferGenerator::providerId();
}

void SandboxProvider::setClock(Clock clock) {
    m_clock = clock ? std::move(clock) : Clock([] { return QDate::currentDate(); });
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
        [reply, timer, deliver](const SandboxResult &result) {
            if (reply->isFinished())
                return;
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
