// SPDX-License-Identifier: GPL-3.0-or-later
// GUI-thread stalls while a search fans out and offers arrive (DESIGN section 6: no stall over
// 16 ms). Builds the real ChatWindow (ChatController, SessionStore in a temporary folder),
// offscreen, and records the gap between the ticks of a 1 ms repeating timer on the GUI thread
// during three kinds of chat turn, all through the same path as any search (SearchReply ->
// ChatController::offersChanged -> OffersModel -> the offers table):
//  (1) a sandbox search;
//  (2) 1,000 sandbox offers (generated beforehand, several routes concatenated) in one reply;
//  (3) the same 1,000 offers arriving in 7 growing batches: a flexible-dates request (+/- 3 days)
//      fans out into 7 parts whose replies finish 30 ms apart, so the controller shows the merged
//      list as it grows, then the full list sorted by price.
// Each turn ends once the offers table has painted all of its offers (plus a short tail). Time to
// first rows: from the first reply finishing to the first paint of the table with offers; time to
// all rows: from the last reply finishing to the paint of the final list.
// Usage: bench_gui_stall [rounds]   (default 5, after one warm-up round)
#include "ChatWindow.h"
#include "OffersModel.h"
#include "assistant/ChatController.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "providers/sandbox/SandboxOfferGenerator.h"
#include "storage/SessionStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

namespace {
constexpr int OfferCount = 1000;
constexpr int BatchCount = 7;      ///< the parts of a +/- 3 days search
constexpr int BatchSpacingMs = 30; ///< between the parts' replies
constexpr double BudgetMs = 16.0;
constexpr int GiveUpMs = 30000; // a run that never paints its offers is reported, not awaited

/**
 * A provider whose searches finish (from the event loop) with fixed offers. With one batch,
 * every search gets them all at once; with several, the search for the departure date
 * @c centre+k gets batch k+spread, after (k+spread+1) x BatchSpacingMs.
 */
class BatchProvider : public FlightProvider {
public:
    explicit BatchProvider(const QList<FlightOffer> &offers, int batches = 1)
        : m_batches(batches) {
        const qsizetype per = (offers.size() + batches - 1) / batches;
        for (int b = 0; b < batches; ++b)
            m_parts.append(offers.mid(b * per, per));
    }
    QString id() const override { return SandboxOfferGenerator::providerId(); }
    void setCentre(const QDate &date) { m_centre = date; }
    SearchReply *search(const SearchRequest &request) override {
        auto *reply = new SearchReply;
        int part = 0;
        int delay = 0;
        if (m_batches > 1) {
            const QDate date = request.slices.value(0).date;
            part = qBound(0, int(m_centre.daysTo(date)) + m_batches / 2, m_batches - 1);
            delay = (part + 1) * BatchSpacingMs;
        }
        QTimer::singleShot(delay, reply, [this, reply, part] {
            if (m_finished++ == 0)
                m_firstFinish.start();
            m_lastFinish.start();
            reply->finishWithOffers(m_parts.at(part), 0);
        });
        return reply;
    }
    void rearm() { m_finished = 0; }
    /** Started when the turn's first / last reply finished. */
    const QElapsedTimer &firstFinish() const { return m_firstFinish; }
    const QElapsedTimer &lastFinish() const { return m_lastFinish; }

private:
    QList<QList<FlightOffer>> m_parts;
    int m_batches;
    int m_finished = 0;
    QDate m_centre;
    QElapsedTimer m_firstFinish;
    QElapsedTimer m_lastFinish;
};

/**
 * Records the gaps between the ticks of a 1 ms precise timer on the GUI thread, in wall time
 * and in the GUI thread's CPU time (the work done in the gap, whatever else the machine runs).
 */
class GapRecorder : public QObject {
public:
    GapRecorder() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &GapRecorder::tick);
    }
    void start() {
        m_gaps.clear();
        m_cpuGaps.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    /** Stops, counting the gap from the last tick up to now. */
    QList<double> stop() {
        tick();
        m_timer.stop();
        return m_gaps;
    }
    /** The CPU time of each gap, in ms, after stop(). */
    const QList<double> &cpuGaps() const { return m_cpuGaps; }

private:
    static qint64 threadCpuNs() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_gaps.append(double(now - m_last) / 1e6);
        m_cpuGaps.append(double(cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_cpuGaps;
};

struct GapStats {
    double max = 0.0;
    double p99 = 0.0;
    int over = 0; ///< gaps over the 16 ms budget
    qsizetype ticks = 0;

    static GapStats of(QList<double> gaps) {
        GapStats s;
        if (gaps.isEmpty())
            return s;
        std::sort(gaps.begin(), gaps.end());
        s.ticks = gaps.size();
        s.max = gaps.last();
        const auto rank = qsizetype(std::ceil(0.99 * double(gaps.size()))) - 1;
        s.p99 = gaps.at(qBound(qsizetype(0), rank, gaps.size() - 1));
        s.over =
            int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > BudgetMs; }));
        return s;
    }
};

struct PhaseResult {
    GapStats gaps;
    QList<double> raw;             ///< every gap, in ms
    double maxCpu = 0.0;           ///< the most GUI-thread CPU time in one gap, in ms
    qint64 submitToPaintedMs = -1; ///< from sending the message to all offers painted
    qint64 firstRowsMs = -1;       ///< from the first reply finishing to the first rows painted
    qint64 allRowsMs = -1;         ///< from the last reply finishing to all offers painted
    int rows = 0;
    int offerLists = 0; ///< how many times the controller sent offers
};

/**
 * Runs a local event loop (the GUI thread sleeps between events, as under exec()) until @p done
 * or @p timeoutMs; a 2 ms coarse timer checks @p done.
 */
template <typename Pred> bool spinUntil(Pred done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    if (!done()) {
        poll.start();
        loop.exec();
    }
    return done();
}

/**
 * Notices paints of the offers table: the first one showing any offer, and the first one
 * showing the armed row count after the last arm().
 */
class PaintProbe : public QObject {
public:
    explicit PaintProbe(QTableView *view)
        : m_view(view) {
        view->viewport()->installEventFilter(this);
    }
    void reset() {
        m_rows = -1;
        m_painted = false;
        m_firstRows = false;
    }
    void arm(int rows) {
        m_rows = rows;
        m_painted = false;
    }
    void disarm() { m_rows = -1; }
    bool painted() const { return m_painted; }
    /** Runs once, when the first paint with rows is done. */
    std::function<void()> onFirstRows;
    /** Runs once after arm(), when the paint of the armed row count is done. */
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            const int rows = m_view->model()->rowCount();
            if (rows > 0 && !m_firstRows) {
                m_firstRows = true;
                QTimer::singleShot(0, this, [this] {
                    if (onFirstRows)
                        onFirstRows();
                });
            }
            if (m_rows >= 0 && rows == m_rows) {
                m_rows = -1;
                // Marked once this paint (and the rest of the window's repaint) is done.
                QTimer::singleShot(0, this, [this] {
                    m_painted = true;
                    if (onPainted)
                        onPainted();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    int m_rows = -1;
    bool m_painted = false;
    bool m_firstRows = false;
};

/** One ChatWindow with its controller and history store, as the app wires them. */
struct Rig {
    QTemporaryDir dir;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<ChatController> controller;
    std::unique_ptr<ChatWindow> window;

    explicit Rig(FlightProvider *provider) {
        const QString path = SessionStore::databasePathFor(dir.path());
        store = std::make_unique<SessionStore>(path);
        const QFuture<StoreOpenResult> opening = store->open();
        controller = std::make_unique<ChatController>(provider, store.get());
        controller->setSource(QStringLiteral("app"));
        window = std::make_unique<ChatWindow>(controller.get(), store.get());
        window->setHistoryLocation(path);
        window->attachHistory(opening);
        window->resize(1200, 800);
        window->show();
    }
    ~Rig() {
        window.reset();
        // Let the history writes finish (the store runs calls in order) before it goes.
        for (int round = 0; round < 3; ++round) {
            const QFuture<QList<SessionSummary>> drained = store->listSessions();
            spinUntil([&] { return drained.isFinished(); }, GiveUpMs);
            spinUntil([] { return false; }, 10);
        }
        controller.reset();
        store.reset();
    }
};

QDate outboundDate() {
    return QDate::currentDate().addDays(21);
}

QString requestText(bool flexible) {
    const QDate out = outboundDate();
    return QStringLiteral("London to New York on %1, back on %2%3")
        .arg(out.toString(Qt::ISODate), out.addDays(7).toString(Qt::ISODate),
             flexible ? QStringLiteral(", +/- 3 days") : QString());
}

/** 1,000 distinct sandbox offers: several round-trip searches' offers concatenated. */
QList<FlightOffer> thousandOffers() {
    const SandboxOfferGenerator generator;
    const QDate today = QDate::currentDate();
    const char *const routes[][2] = {{"LON", "NYC"}, {"PAR", "LIS"}, {"FRA", "TYO"},
                                     {"MAD", "MEX"}, {"AMS", "SIN"}, {"ROM", "BKK"},
                                     {"BER", "CHI"}, {"ZRH", "DXB"}, {"MUC", "LAX"},
                                     {"VIE", "IST"}, {"DUB", "BOS"}, {"BCN", "SFO"}};
    QList<FlightOffer> offers;
    QSet<QString> ids;
    for (int days = 14; days < 60 && offers.size() < OfferCount; days += 3) {
        for (const auto &route : routes) {
            SearchRequest request;
            SearchSlice out;
            out.origin = QLatin1String(route[0]);
            out.destination = QLatin1String(route[1]);
            out.date = today.addDays(days);
            SearchSlice back = out;
            std::swap(back.origin, back.destination);
            back.date = out.date.addDays(7);
            request.slices = {out, back};
            for (const FlightOffer &offer : generator.generate(request, today)) {
                if (offers.size() < OfferCount && !ids.contains(offer.id)) {
                    ids.insert(offer.id);
                    offers.append(offer);
                }
            }
        }
    }
    return offers;
}

/** Runs one chat turn on @p rig and measures the GUI thread until its offers are painted. */
PhaseResult runTurn(Rig &rig, PaintProbe &probe, GapRecorder &recorder, BatchProvider *batch,
                    bool flexible) {
    rig.window->startNewConversation();
    spinUntil([] { return false; }, 100); // let the reset paint and settle
    PhaseResult result;
    bool finished = false;
    probe.reset();
    if (batch)
        batch->rearm();
    probe.onFirstRows = [&] {
        if (batch)
            result.firstRowsMs = batch->firstFinish().elapsed();
    };
    probe.onPainted = [&] {
        if (batch)
            result.allRowsMs = batch->lastFinish().elapsed();
    };
    QMetaObject::Connection onOffers =
        QObject::connect(rig.controller.get(), &ChatController::offersChanged, &probe,
                         [&](const QList<FlightOffer> &offers) {
                             if (offers.isEmpty())
                                 return;
                             ++result.offerLists;
                             probe.arm(int(offers.size()));
                         });
    QMetaObject::Connection onFinished =
        QObject::connect(rig.controller.get(), &ChatController::turnFinished, &probe,
                         [&finished] { finished = true; });

    recorder.start();
    QElapsedTimer sinceSubmit;
    sinceSubmit.start();
    rig.window->inputEdit()->setText(requestText(flexible));
    rig.window->sendInput();
    const bool ok = spinUntil([&] { return finished && probe.painted(); }, GiveUpMs);
    result.submitToPaintedMs = sinceSubmit.elapsed();
    spinUntil([] { return false; }, 50); // a tail: anything queued right after the paint
    result.raw = recorder.stop();
    result.gaps = GapStats::of(result.raw);
    for (const double cpu : recorder.cpuGaps())
        result.maxCpu = std::max(result.maxCpu, cpu);
    result.rows = rig.window->offersView()->model()->rowCount();
    QObject::disconnect(onOffers);
    QObject::disconnect(onFinished);
    probe.reset();
    probe.onFirstRows = nullptr;
    probe.onPainted = nullptr;
    if (!ok) {
        std::fprintf(stderr, "the turn did not finish with painted offers (%d rows)\n",
                     result.rows);
        result.submitToPaintedMs = -1;
    }
    return result;
}

double medianOf(QList<double> values) {
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void printRound(const char *label, const PhaseResult &r) {
    std::printf(
        "  %-16s rows %4d  lists %d  ticks %5lld  max gap %6.2f ms (cpu %5.2f)  p99 %5.2f ms  "
        "gaps>16ms %2d  submit->painted %4lld ms",
        label, r.rows, r.offerLists, static_cast<long long>(r.gaps.ticks), r.gaps.max, r.maxCpu,
        r.gaps.p99, r.gaps.over, static_cast<long long>(r.submitToPaintedMs));
    if (r.firstRowsMs >= 0)
        std::printf("  first rows %3lld ms", static_cast<long long>(r.firstRowsMs));
    if (r.allRowsMs >= 0)
        std::printf("  all rows %3lld ms", static_cast<long long>(r.allRowsMs));
    std::printf("\n");
}

/** The rounds of one scenario. */
struct Scenario {
    const char *label;
    BatchProvider *provider; ///< null: the sandbox
    bool flexible;
    int expectedRows;
    QList<double> max, maxCpu, firstRows, allRows, raw;
    bool failed = false;

    void add(const PhaseResult &r) {
        max.append(r.gaps.max);
        maxCpu.append(r.maxCpu);
        raw += r.raw;
        if (r.firstRowsMs >= 0)
            firstRows.append(double(r.firstRowsMs));
        if (r.allRowsMs >= 0)
            allRows.append(double(r.allRowsMs));
    }
    void check(const PhaseResult &r) {
        failed = failed || r.submitToPaintedMs < 0 || (expectedRows > 0 && r.rows != expectedRows);
    }
    void summarise(int index) const {
        const GapStats pooled = GapStats::of(raw);
        std::printf("  (%d) %-34s max gap %6.2f ms (rounds %5.2f..%5.2f; most GUI-thread CPU in "
                    "one gap %5.2f ms), p99 %5.2f ms, gaps>16ms %d of %lld; ratio "
                    "max/budget %.2f",
                    index, label, medianOf(max), *std::min_element(max.cbegin(), max.cend()),
                    *std::max_element(max.cbegin(), max.cend()), medianOf(maxCpu), pooled.p99,
                    pooled.over, static_cast<long long>(pooled.ticks), medianOf(max) / BudgetMs);
        if (!firstRows.isEmpty())
            std::printf("; first rows %.0f ms, all rows %.0f ms", medianOf(firstRows),
                        medianOf(allRows));
        std::printf("\n");
    }
};
} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = qBound(1, app.arguments().value(1, QStringLiteral("5")).toInt(), 100);

    QString error;
    const std::unique_ptr<FlightProvider> sandbox =
        ProviderFactory::create(QStringLiteral("sandbox"), QString(), {}, &error);
    if (!sandbox) {
        std::fprintf(stderr, "no sandbox provider: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer generating;
    generating.start();
    const QList<FlightOffer> offers = thousandOffers();
    BatchProvider single(offers);
    BatchProvider growing(offers, BatchCount);
    growing.setCentre(outboundDate());
    const qint64 generatedMs = generating.elapsed();

    Rig rig(sandbox.get());
    spinUntil([] { return false; }, 300); // the window shows, the history list loads
    PaintProbe probe(rig.window->offersView());
    GapRecorder recorder;

    std::printf("bench_gui_stall: real ChatWindow, QPA %s, 1 ms precise tick timer, "
                "%d rounds after 1 warm-up (budget: no gap over %.0f ms)\n",
                qgetenv("QT_QPA_PLATFORM").constData(), rounds, BudgetMs);
    std::printf("message: \"%s\" (\", +/- 3 days\" for the growing batches); %d sandbox "
                "offers generated beforehand in %lld ms; growing: %d parts %d ms apart\n",
                qPrintable(requestText(false)), OfferCount, static_cast<long long>(generatedMs),
                BatchCount, BatchSpacingMs);

    recorder.start();
    spinUntil([] { return false; }, 300);
    const GapStats idle = GapStats::of(recorder.stop());
    std::printf("idle window, 300 ms: ticks %lld, max gap %.2f ms, p99 %.2f ms (the timer's "
                "floor)\n",
                static_cast<long long>(idle.ticks), idle.max, idle.p99);

    Scenario scenarios[] = {
        {"chat turn with sandbox search", nullptr, false, 0, {}, {}, {}, {}},
        {"1,000 offers in one reply", &single, false, OfferCount, {}, {}, {}, {}},
        {"1,000 offers in 7 growing batches", &growing, true, OfferCount, {}, {}, {}, {}},
    };
    const char *const shortLabels[] = {"sandbox search", "1000 at once", "1000 in 7 batches"};
    for (int round = 0; round <= rounds; ++round) {
        std::printf(round == 0 ? "warm-up:\n" : "round %d:\n", round);
        for (int i = 0; i < 3; ++i) {
            Scenario &scenario = scenarios[i];
            rig.controller->setProvider(scenario.provider ? scenario.provider : sandbox.get());
            const PhaseResult result =
                runTurn(rig, probe, recorder, scenario.provider, scenario.flexible);
            scenario.check(result);
            if (round > 0)
                scenario.add(result);
            printRound(shortLabels[i], result);
        }
    }
    rig.controller->setProvider(sandbox.get());

    std::printf("summary over %d rounds (max: median of the rounds' max gap; p99 and count: all "
                "ticks of all rounds pooled; first/all rows: medians):\n",
                rounds);
    bool failed = false;
    for (int i = 0; i < 3; ++i) {
        scenarios[i].summarise(i + 1);
        failed = failed || scenarios[i].failed;
    }
    if (failed)
        std::printf("note: at least one turn did not end with all its offers painted (see "
                    "stderr)\n");
    return 0;
}
