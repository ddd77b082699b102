// SPDX-License-Identifier: GPL-3.0-or-later
// GUI-thread stalls while a search fans out and offers arrive (DESIGN section 6: no stall over
// 16 ms). Builds the real ChatWindow (ChatController, SessionStore in a temporary folder),
// offscreen, and records the gap between the ticks of a 1 ms repeating timer on the GUI thread
// while (1) a chat turn runs a sandbox search and (2) a chat turn's search delivers 1,000 sandbox
// offers (generated beforehand, several routes concatenated) through the same path as any
// search: SearchReply -> ChatController::offersChanged -> OffersModel -> the offers table.
// Each phase ends once the offers table has painted the new offers (plus a short tail).
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
#include <memory>

namespace {
constexpr int OfferCount = 1000;
constexpr double BudgetMs = 16.0;
constexpr int GiveUpMs = 30000; // a run that never paints its offers is reported, not awaited

/** A provider whose every search finishes (from the event loop) with a fixed list of offers. */
class BatchProvider : public FlightProvider {
public:
    explicit BatchProvider(QList<FlightOffer> offers)
        : m_offers(std::move(offers)) {}
    QString id() const override { return SandboxOfferGenerator::providerId(); }
    SearchReply *search(const SearchRequest &) override {
        auto *reply = new SearchReply;
        QTimer::singleShot(0, reply, [this, reply] {
            m_finishTimer.start();
            reply->finishWithOffers(m_offers, 0);
        });
        return reply;
    }
    /** Started when the last search's reply finished. */
    const QElapsedTimer &finishTimer() const { return m_finishTimer; }

private:
    QList<FlightOffer> m_offers;
    QElapsedTimer m_finishTimer;
};

/** Records the gaps between the ticks of a 1 ms precise timer on the GUI thread. */
class GapRecorder : public QObject {
public:
    GapRecorder() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &GapRecorder::tick);
    }
    void start() {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /** Stops, counting the gap from the last tick up to now. */
    QList<double> stop() {
        tick();
        m_timer.stop();
        return m_gaps;
    }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.append(double(now - m_last) / 1e6);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
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
    qint64 submitToPaintedMs = -1; ///< from sending the message to the offers painted
    qint64 replyToPaintedMs = -1;  ///< from the search reply finishing to the offers painted
    int rows = 0;
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

/** Notices the first paint of the offers table after it was armed with a row count. */
class PaintProbe : public QObject {
public:
    explicit PaintProbe(QTableView *view)
        : m_view(view) {
        view->viewport()->installEventFilter(this);
    }
    void arm(int rows) {
        m_rows = rows;
        m_painted = false;
    }
    void disarm() { m_rows = -1; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && m_rows >= 0 &&
            m_view->model()->rowCount() == m_rows) {
            m_rows = -1;
            // Marked once this paint (and the rest of the window's repaint) is done.
            QTimer::singleShot(0, this, [this] { m_painted = true; });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    int m_rows = -1;
    bool m_painted = false;
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

QString requestText() {
    const QDate out = QDate::currentDate().addDays(21);
    return QStringLiteral("London to New York on %1, back on %2")
        .arg(out.toString(Qt::ISODate), out.addDays(7).toString(Qt::ISODate));
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
PhaseResult runTurn(Rig &rig, PaintProbe &probe, GapRecorder &recorder,
                    const BatchProvider *batch) {
    rig.window->startNewConversation();
    spinUntil([] { return false; }, 100); // let the reset paint and settle
    PhaseResult result;
    bool finished = false;
    QMetaObject::Connection onOffers =
        QObject::connect(rig.controller.get(), &ChatController::offersChanged, &probe,
                         [&](const QList<FlightOffer> &offers) {
                             if (!offers.isEmpty())
                                 probe.arm(int(offers.size()));
                         });
    QMetaObject::Connection onFinished =
        QObject::connect(rig.controller.get(), &ChatController::turnFinished, &probe,
                         [&finished] { finished = true; });

    recorder.start();
    QElapsedTimer sinceSubmit;
    sinceSubmit.start();
    rig.window->inputEdit()->setText(requestText());
    rig.window->sendInput();
    const bool ok = spinUntil([&] { return finished && probe.painted(); }, GiveUpMs);
    result.submitToPaintedMs = sinceSubmit.elapsed();
    if (batch)
        result.replyToPaintedMs = batch->finishTimer().elapsed();
    spinUntil([] { return false; }, 50); // a tail: anything queued right after the paint
    result.raw = recorder.stop();
    result.gaps = GapStats::of(result.raw);
    result.rows = rig.window->offersView()->model()->rowCount();
    QObject::disconnect(onOffers);
    QObject::disconnect(onFinished);
    probe.disarm();
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
    std::printf("  %-14s rows %4d  ticks %5lld  max gap %7.2f ms  p99 %6.2f ms  gaps>16ms %3d"
                "  submit->painted %5lld ms",
                label, r.rows, static_cast<long long>(r.gaps.ticks), r.gaps.max, r.gaps.p99,
                r.gaps.over, static_cast<long long>(r.submitToPaintedMs));
    if (r.replyToPaintedMs >= 0)
        std::printf("  reply->painted %5lld ms", static_cast<long long>(r.replyToPaintedMs));
    std::printf("\n");
}
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
    BatchProvider batch(thousandOffers());
    const qint64 generatedMs = generating.elapsed();

    Rig rig(sandbox.get());
    spinUntil([] { return false; }, 300); // the window shows, the history list loads
    PaintProbe probe(rig.window->offersView());
    GapRecorder recorder;

    std::printf("bench_gui_stall: real ChatWindow, QPA %s, 1 ms precise tick timer, "
                "%d rounds after 1 warm-up (budget: no gap over %.0f ms)\n",
                qgetenv("QT_QPA_PLATFORM").constData(), rounds, BudgetMs);
    std::printf("message: \"%s\"; batch of %d sandbox offers generated beforehand in %lld ms\n",
                qPrintable(requestText()), OfferCount, static_cast<long long>(generatedMs));

    recorder.start();
    spinUntil([] { return false; }, 300);
    const GapStats idle = GapStats::of(recorder.stop());
    std::printf("idle window, 300 ms: ticks %lld, max gap %.2f ms, p99 %.2f ms (the timer's "
                "floor)\n",
                static_cast<long long>(idle.ticks), idle.max, idle.p99);

    QList<double> searchMax, batchMax, batchShow, batchReplyShow, searchAll, batchAll;
    bool failed = false;
    for (int round = 0; round <= rounds; ++round) {
        rig.controller->setProvider(sandbox.get());
        const PhaseResult search = runTurn(rig, probe, recorder, nullptr);
        rig.controller->setProvider(&batch);
        const PhaseResult thousand = runTurn(rig, probe, recorder, &batch);
        failed = failed || search.submitToPaintedMs < 0 || thousand.submitToPaintedMs < 0 ||
                 thousand.rows != OfferCount;
        if (round == 0) {
            std::printf("warm-up:\n");
        } else {
            std::printf("round %d:\n", round);
            searchMax.append(search.gaps.max);
            searchAll += search.raw;
            batchMax.append(thousand.gaps.max);
            batchAll += thousand.raw;
            batchShow.append(double(thousand.submitToPaintedMs));
            batchReplyShow.append(double(thousand.replyToPaintedMs));
        }
        printRound("sandbox search", search);
        printRound("1000 offers", thousand);
    }
    rig.controller->setProvider(sandbox.get());

    const GapStats searchPooled = GapStats::of(searchAll);
    const GapStats batchPooled = GapStats::of(batchAll);
    std::printf("summary over %d rounds (max: median of the rounds' max; p99 and count: all "
                "ticks of all rounds pooled):\n",
                rounds);
    std::printf("  (1) chat turn with sandbox search: max gap %.2f ms, p99 %.2f ms, gaps>16ms %d "
                "of %lld; ratio max/budget %.2f\n",
                medianOf(searchMax), searchPooled.p99, searchPooled.over,
                static_cast<long long>(searchPooled.ticks), medianOf(searchMax) / BudgetMs);
    std::printf("  (2) 1,000 offers arrive: max gap %.2f ms, p99 %.2f ms, gaps>16ms %d of %lld; "
                "ratio max/budget %.2f\n",
                medianOf(batchMax), batchPooled.p99, batchPooled.over,
                static_cast<long long>(batchPooled.ticks), medianOf(batchMax) / BudgetMs);
    std::printf("  time to show 1,000 offers: %.0f ms from sending the message, %.0f ms from "
                "the search reply finishing\n",
                medianOf(batchShow), medianOf(batchReplyShow));
    if (failed)
        std::printf("note: at least one turn did not end with its offers painted (see stderr)\n");
    return 0;
}
