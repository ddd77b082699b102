// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfferMerger.h"
#include "domain/SearchRequest.h"
#include "providers/ProviderError.h"

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class FlightProvider;
class SearchReply;

/**
 * Several searches run at once and merged into one list: the days of a flexible-date search,
 * the providers a person has credentials for, or both (a "part" is one request on one
 * provider). Every part starts in start(), in the caller's thread; HTTP providers of one thread
 * share that thread's QNetworkAccessManager (NetworkAccess), so the parts reuse connections.
 *
 * As each part finishes, progress() carries the merged offers so far (OfferMerger: a flight
 * sold twice is kept once, at its cheapest), so a window can show offers early. When every
 * part has finished, finished() follows; offers() then holds the merged list sorted by price.
 * A part that fails does not fail the whole: error() is set only when every part failed (the
 * error of the first part that failed), and partOutcomes() tells each part's fate.
 *
 * cancel() (or destroying the search) cancels every part still running and frees every reply;
 * after cancel(), finished() is emitted once with error() Cancelled. Bounded: at most MaxDates
 * departure dates and MaxProviders providers, so at most MaxParts parts.
 */
class FanOutSearch : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxDates = 7;
    static constexpr int MaxProviders = 3;
    static constexpr int MaxParts = MaxDates * MaxProviders;

    /** One request on one provider, and how it ended. */
    struct Part {
        QString providerId;
        SearchRequest request;
        QDate date;                    ///< the departure date (of the first slice)
        bool finished = false;         ///< the part answered (with offers or an error)
        ProviderError error;           ///< None when it gave offers
        int offerCount = 0;            ///< offers it gave (before merging)
        qint64 elapsedMs = 0;          ///< from start() to its answer
        std::optional<Money> cheapest; ///< its cheapest offer, if any
    };

    /** The cheapest offer found for one departure date (empty when none). */
    struct DayPrice {
        QDate date;
        std::optional<Money> cheapest;
        bool operator==(const DayPrice &o) const {
            return date == o.date && cheapest == o.cheapest;
        }
    };

    explicit FanOutSearch(QObject *parent = nullptr);
    /** Cancels the parts still running and frees their replies. */
    ~FanOutSearch() override;

    /**
     * Adds a part: @p request on @p provider (not owned; it must stay alive until the part
     * finishes). Refused (false) after start(), for a null provider, for a part already added,
     * or when it would make more than MaxDates dates or MaxProviders providers.
     */
    bool addPart(FlightProvider *provider, const SearchRequest &request);
    /** Every request on every provider (see addPart); returns how many parts were added. */
    int addParts(const QList<FlightProvider *> &providers, const QList<SearchRequest> &requests);

    /**
     * Starts every part at once. Returns at once; progress() and finished() come from the event
     * loop (never inside this call). With no parts, finished() follows with InvalidRequest.
     * Calling it twice has no effect.
     */
    void start();
    /** Cancels every running part and frees its reply; finished() follows at once with
     * Cancelled. No effect before start() or after finished(). */
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    int partCount() const { return int(m_parts.size()); }
    int finishedParts() const { return m_finishedParts; }
    const QList<Part> &parts() const { return m_parts; }
    /** The merged offers: sorted by price once finished; in arrival order before. */
    QList<FlightOffer> offers() const;
    /** Every provider that sold the flight of @p offer (OfferMerger::providersOf). */
    QStringList providersOf(const FlightOffer &offer) const { return m_merger.providersOf(offer); }
    /** None, unless every part failed (the first failure) or the search was cancelled. */
    ProviderError error() const { return m_error; }
    /** Per departure date (earliest first), the cheapest offer any provider gave that day. Days
     * where every part failed or found nothing have no price. */
    QList<DayPrice> cheapestByDate() const;
    /** Milliseconds from start() to finished() (or so far). */
    qint64 elapsedMs() const;

Q_SIGNALS:
    /**
     * A part finished: @p offers is the merged list so far in arrival order (the previous list
     * with the new flights appended; a flight found cheaper elsewhere is replaced at its place).
     */
    void progress(const QList<FlightOffer> &offers, int finishedParts, int totalParts);
    /** Every part finished, or the search was cancelled; emitted once. */
    void finished();

private:
    void onPartFinished(int index);
    void finish(const ProviderError &error);

    struct Running {
        QPointer<SearchReply> reply;
        QPointer<FlightProvider> provider;
        bool counted = false; ///< its answer was handled
    };
    QList<Part> m_parts;
    QList<Running> m_running;
    OfferMerger m_merger;
    QList<FlightOffer> m_sorted;
    ProviderError m_error;
    ProviderError m_firstFailure;
    QElapsedTimer m_clock;
    qint64 m_finishedAtMs = -1;
    int m_finishedParts = 0;
    bool m_started = false;
    bool m_finished = false;
};
