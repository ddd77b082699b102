// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanOutSearch.h"

#include "diagnostics/LoggingCategories.h"
#include "providers/FlightProvider.h"

#include <QMetaObject>
#include <QSet>
#include <QTimer>

#include <algorithm>

FanOutSearch::FanOutSearch(QObject *parent)
    : QObject(parent) {}

FanOutSearch::~FanOutSearch() {
    for (Running &running : m_running) {
        if (!running.reply)
            continue;
        running.reply->disconnect(this);
        running.reply->cancel(); // lets the provider stop its work
        delete running.reply.data();
    }
}

bool FanOutSearch::addPart(FlightProvider *provider, const SearchRequest &request) {
    if (m_started || !provider)
        return false;
    const QDate date = request.slices.isEmpty() ? QDate() : request.slices.first().date;
    const QString id = provider->id();
    QSet<QDate> dates{date};
    QSet<FlightProvider *> providers{provider};
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_running.at(i).provider == provider && m_parts.at(i).request == request)
            return false; // the same part twice
        dates.insert(m_parts.at(i).date);
        providers.insert(m_running.at(i).provider.data());
    }
    if (dates.size() > MaxDates || providers.size() > MaxProviders)
        return false;
    Part part;
    part.providerId = id;
    part.request = request;
    part.date = date;
    m_parts.append(part);
    m_running.append({nullptr, provider, false});
    return true;
}

int FanOutSearch::addParts(const QList<FlightProvider *> &providers,
                           const QList<SearchRequest> &requests) {
    int added = 0;
    for (const SearchRequest &request : requests) {
        for (FlightProvider *provider : providers)
            added += addPart(provider, request) ? 1 : 0;
    }
    return added;
}

void FanOutSearch::start() {
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_parts.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish({ProviderError::Code::InvalidRequest, QStringLiteral("nothing to search")});
        });
        return;
    }
    qCDebug(lcApi) << "fan-out search of" << m_parts.size() << "parts";
    // Every part is asked before any answer is handled: the answers come from the event loop.
    for (int i = 0; i < m_parts.size(); ++i) {
        FlightProvider *provider = m_running.at(i).provider;
        if (!provider) {
            m_parts[i].error = {ProviderError::Code::Network, QStringLiteral("provider gone")};
            QTimer::singleShot(0, this, [this, i] { onPartFinished(i); });
            continue;
        }
        SearchReply *reply = provider->search(m_parts.at(i).request);
        reply->setParent(this);
        m_running[i].reply = reply;
        connect(reply, &SearchReply::finished, this, [this, i] { onPartFinished(i); });
        if (reply->isFinished()) // a provider breaking its contract: answer from the loop
            QTimer::singleShot(0, this, [this, i] { onPartFinished(i); });
    }
}

void FanOutSearch::onPartFinished(int index) {
    if (m_finished || index < 0 || index >= m_parts.size() || m_running.at(index).counted)
        return;
    m_running[index].counted = true;
    Part &part = m_parts[index];
    part.finished = true;
    part.elapsedMs = m_clock.elapsed();
    if (SearchReply *reply = m_running.at(index).reply) {
        m_running[index].reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        part.error = reply->error();
        if (!part.error.isError()) {
            const QList<FlightOffer> &offers = reply->offers();
            part.offerCount = int(offers.size());
            for (const FlightOffer &offer : offers) {
                if (!part.cheapest || (offer.totalAmount.currency() == part.cheapest->currency() &&
                                       offer.totalAmount.units() < part.cheapest->units()))
                    part.cheapest = offer.totalAmount;
            }
            m_merger.add(offers, index); // across currencies the part asked first wins
        }
    }
    if (part.error.isError()) {
        qCInfo(lcApi).noquote() << "fan-out part" << part.providerId
                                << part.date.toString(Qt::ISODate)
                                << "failed:" << ProviderError::codeName(part.error.code)
                                << part.error.detail;
        if (!m_firstFailure.isError())
            m_firstFailure = part.error;
    }
    ++m_finishedParts;
    const QPointer<FanOutSearch> alive(this);
    Q_EMIT progress(m_merger.offers(), m_finishedParts, int(m_parts.size()));
    if (!alive || m_finished || m_finishedParts < m_parts.size())
        return;
    const bool anyAnswered = std::any_of(m_parts.cbegin(), m_parts.cend(),
                                         [](const Part &p) { return !p.error.isError(); });
    finish(anyAnswered ? ProviderError() : m_firstFailure);
}

void FanOutSearch::cancel() {
    if (!m_started || m_finished)
        return;
    for (int i = 0; i < m_running.size(); ++i) {
        SearchReply *reply = m_running.at(i).reply;
        if (!reply)
            continue;
        m_running[i].reply = nullptr;
        reply->disconnect(this);
        reply->cancel(); // lets the provider stop its work
        reply->deleteLater();
        m_parts[i].error = {ProviderError::Code::Cancelled, QStringLiteral("cancelled")};
    }
    finish({ProviderError::Code::Cancelled, QStringLiteral("cancelled")});
}

void FanOutSearch::finish(const ProviderError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_finishedAtMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_sorted = m_merger.sortedByPrice();
    Q_EMIT finished();
}

QList<FlightOffer> FanOutSearch::offers() const {
    return m_finished ? m_sorted : m_merger.offers();
}

QList<FanOutSearch::DayPrice> FanOutSearch::cheapestByDate() const {
    QList<DayPrice> days;
    for (const Part &part : m_parts) {
        auto it = std::find_if(days.begin(), days.end(),
                               [&part](const DayPrice &d) { return d.date == part.date; });
        if (it == days.end()) {
            days.append({part.date, std::nullopt});
            it = days.end() - 1;
        }
        if (part.cheapest &&
            (!it->cheapest || (part.cheapest->currency() == it->cheapest->currency() &&
                               part.cheapest->units() < it->cheapest->units())))
            it->cheapest = part.cheapest;
    }
    std::sort(days.begin(), days.end(),
              [](const DayPrice &a, const DayPrice &b) { return a.date < b.date; });
    return days;
}

qint64 FanOutSearch::elapsedMs() const {
    if (m_finishedAtMs >= 0)
        return m_finishedAtMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}
