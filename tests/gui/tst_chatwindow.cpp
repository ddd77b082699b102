// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window wired to the real engine: a ChatController, the in-process sandbox provider
// (no latency) and a SessionStore in a temporary folder, driven with simulated key presses.
#include "ChatWindow.h"
#include "HistoryModel.h"
#include "OfferDetailsDialog.h"
#include "OffersModel.h"
#include "TranscriptModel.h"
#include "assistant/ChatController.h"
#include "providers/sandbox/SandboxProvider.h"
#include "storage/SessionStore.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Wait = 20000; // a generous wait for asynchronous work, not a performance limit

/** One window with everything behind it, destroyed in the right order. */
struct Rig {
    QTemporaryDir dir;
    std::unique_ptr<SandboxProvider> provider = std::make_unique<SandboxProvider>();
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<ChatController> controller;
    std::unique_ptr<ChatWindow> window;

    Rig() {
        store = std::make_unique<SessionStore>(SessionStore::databasePathFor(dir.path()));
        const QFuture<StoreOpenResult> opening = store->open();
        controller = std::make_unique<ChatController>(provider.get(), store.get());
        window = std::make_unique<ChatWindow>(controller.get(), store.get());
        window->setHistoryLocation(SessionStore::databasePathFor(dir.path()));
        window->attachHistory(opening);
        window->resize(1200, 800);
        window->show();
        window->activateWindow();
    }
    ~Rig() {
        window.reset();
        // Let the history writes of the last turn finish and their continuations reach the
        // controller before it goes (the store runs calls in order: when a later call has
        // finished, every earlier one has; a continuation may queue one more write).
        for (int round = 0; round < 3; ++round) {
            const QFuture<QList<SessionSummary>> drained = store->listSessions();
            if (!QTest::qWaitFor([&] { return drained.isFinished(); }, Wait))
                qWarning("the history store did not finish its writes");
            QTest::qWait(10);
        }
        controller.reset();
        store.reset();
    }
    void type(const QString &text) {
        QLineEdit *input = window->inputEdit();
        input->setFocus();
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    bool transcriptHas(ChatMessage::Role role, const QString &text) const {
        const auto &messages = window->liveTranscript()->messages();
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&](const ChatMessage &m) { return m.role == role && m.text == text; });
    }
    int assistantMessagesAfter(int row) const {
        const auto &messages = window->liveTranscript()->messages();
        int count = 0;
        for (int i = row + 1; i < messages.size(); ++i)
            count += messages.at(i).role == ChatMessage::Role::Assistant ? 1 : 0;
        return count;
    }
};

QString requestText() {
    const QDate date = QDate::currentDate().addDays(21);
    return QStringLiteral("LHR to JFK on %1").arg(date.toString(Qt::ISODate));
}
} // namespace

class TestChatWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsWithGreeting();
    void searchShowsOffersAndHistory();
    void blankAndGarbageInput();
    void pastConversationIsReadOnly();
    void offerDetailsOnEnter();
    void selectionSurvivesGrowingOffers();
    void escapeCancelsSearch();
};

void TestChatWindow::startsWithGreeting() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    QCOMPARE(rig.window->windowTitle(), QStringLiteral("Booking Assistant"));
    const auto &messages = rig.window->liveTranscript()->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().role, ChatMessage::Role::Assistant);
    QVERIFY(rig.window->findChild<QFrame *>(QStringLiteral("pastBanner"))->isHidden());
    QVERIFY(!rig.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(rig.window->findChild<QWidget *>(QStringLiteral("busyRow"))->isHidden());
}

void TestChatWindow::searchShowsOffersAndHistory() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    QAbstractItemModelTester tester(rig.window->offersProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString text = requestText();
    rig.type(text);
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->offersView()->model()->rowCount() >= 20, Wait);
    QVERIFY(rig.transcriptHas(ChatMessage::Role::User, text));
    QTRY_VERIFY_WITH_TIMEOUT(rig.assistantMessagesAfter(1) >= 1, Wait);
    QVERIFY(rig.window->inputEdit()->text().isEmpty());

    // The understood parts of the request are highlighted.
    QTRY_VERIFY_WITH_TIMEOUT(!rig.window->liveTranscript()->messages().at(1).highlights.isEmpty(),
                             Wait);

    // Sorted by price, cheapest first, and labelled as sandbox fares.
    const QAbstractItemModel *offers = rig.window->offersView()->model();
    for (int row = 1; row < offers->rowCount(); ++row) {
        const FlightOffer a =
            offers->index(row - 1, 0).data(OffersModel::OfferRole).value<FlightOffer>();
        const FlightOffer b =
            offers->index(row, 0).data(OffersModel::OfferRole).value<FlightOffer>();
        QCOMPARE(a.totalAmount.currency(), b.totalAmount.currency());
        QVERIFY(a.totalAmount.units() <= b.totalAmount.units());
    }
    const QString label = rig.window->offersLabel()->text();
    QVERIFY2(label.contains(QStringLiteral("sandbox fares")), qPrintable(label));
    QVERIFY2(label.startsWith(QString::number(offers->rowCount()) + QStringLiteral(" offers")),
             qPrintable(label));

    // The conversation is in the history list.
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy(), Wait);
    QVERIFY(rig.window->findChild<QWidget *>(QStringLiteral("busyRow"))->isHidden());
}

void TestChatWindow::blankAndGarbageInput() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    rig.type(QStringLiteral("   "));
    QTest::qWait(50);
    QCOMPARE(rig.window->liveTranscript()->rowCount(), 1); // only the greeting
    QVERIFY(!rig.controller->isBusy());

    rig.window->inputEdit()->clear();
    rig.type(QStringLiteral("qwrtzp blorf ###"));
    QTRY_VERIFY_WITH_TIMEOUT(rig.assistantMessagesAfter(1) >= 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy(), Wait);
    const ChatMessage reply = rig.window->liveTranscript()->messages().constLast();
    QCOMPARE(reply.role, ChatMessage::Role::Assistant);
    QVERIFY2(reply.text.contains(QStringLiteral("where"), Qt::CaseInsensitive),
             qPrintable(reply.text));
    QCOMPARE(rig.window->offersView()->model()->rowCount(), 0);
}

void TestChatWindow::pastConversationIsReadOnly() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    const QString text = requestText();
    rig.type(text);
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->offersView()->model()->rowCount() >= 20, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 1, Wait);
    const int shownOffers = rig.window->offersView()->model()->rowCount();

    // Ctrl+N: a new conversation with just the greeting and no offers.
    QTest::keyClick(rig.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(rig.window->liveTranscript()->rowCount(), 1);
    QCOMPARE(rig.window->offersView()->model()->rowCount(), 0);

    // Selecting the stored conversation shows it read-only, with its offers.
    QListView *history = rig.window->historyView();
    history->selectionModel()->setCurrentIndex(history->model()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->isViewingPastSession(), Wait);
    auto *banner = rig.window->findChild<QFrame *>(QStringLiteral("pastBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!rig.window->inputEdit()->isEnabled());
    const QAbstractItemModel *shown = rig.window->transcriptView()->model();
    QVERIFY(shown != rig.window->liveTranscript());
    bool hasUserMessage = false;
    for (int row = 0; row < shown->rowCount(); ++row)
        hasUserMessage = hasUserMessage || shown->index(row, 0).data().toString() == text;
    QVERIFY(hasUserMessage);
    QCOMPARE(rig.window->offersView()->model()->rowCount(), shownOffers);

    // New conversation returns to the live chat.
    QTest::keyClick(rig.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!rig.window->isViewingPastSession());
    QVERIFY(banner->isHidden());
    QVERIFY(rig.window->inputEdit()->isEnabled());
    QCOMPARE(rig.window->transcriptView()->model(), rig.window->liveTranscript());
}

void TestChatWindow::offerDetailsOnEnter() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    rig.type(requestText());
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->offersView()->model()->rowCount() >= 20, Wait);
    QTableView *table = rig.window->offersView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    OfferDetailsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = rig.window->findChild<OfferDetailsDialog *>()) != nullptr,
                             Wait);
    const FlightOffer cheapest =
        table->model()->index(0, 0).data(OffersModel::OfferRole).value<FlightOffer>();
    QCOMPARE(dialog->offer(), cheapest);
    QVERIFY(dialog->text().contains(cheapest.slices.first().segments.first().designator()));
    QVERIFY(dialog->text().contains(QStringLiteral("not bookable")));
    // The offers just shown are in the history once stored: the dialog lists today's price on
    // this route, the cheapest seen, and the offer is recorded as selected.
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->sessionId() > 0, Wait);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->findChild<OfferDetailsDialog *>() == nullptr, Wait);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = rig.window->findChild<OfferDetailsDialog *>()) != nullptr,
                             Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->priceHistoryText().isEmpty(), Wait);
    QVERIFY2(dialog->priceHistoryText().contains(QStringLiteral("LHR → JFK")),
             qPrintable(dialog->priceHistoryText()));
    QVERIFY2(
        dialog->priceHistoryText().contains(cheapest.totalAmount.displayString(dialog->locale())),
        qPrintable(dialog->priceHistoryText()));
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(
        !rig.store->loadSession(rig.controller->sessionId()).result().marks.isEmpty(), Wait);
    const OfferMarkRecord mark =
        rig.store->loadSession(rig.controller->sessionId()).result().marks.first();
    QCOMPARE(mark.offerId, cheapest.id);
    QCOMPARE(mark.mark, OfferMark::Selected);
}

void TestChatWindow::selectionSurvivesGrowingOffers() {
    Rig rig;
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    rig.type(requestText());
    QTRY_VERIFY_WITH_TIMEOUT(rig.window->offersView()->model()->rowCount() >= 20, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy(), Wait);
    // A fan-out search sends its offers in parts: show the first half, select one offer, then
    // the whole list (the selected offer elsewhere in it) as its last part would.
    const QList<FlightOffer> all = rig.window->liveOffers()->offers();
    OffersModel *offers = rig.window->liveOffers();
    offers->setOffers(all.mid(0, all.size() / 2));
    QTableView *table = rig.window->offersView();
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    table->setFocus();
    table->selectRow(3);
    const FlightOffer chosen =
        table->currentIndex().data(OffersModel::OfferRole).value<FlightOffer>();
    QList<FlightOffer> grown = all;
    std::reverse(grown.begin(), grown.end());
    offers->setOffers(grown);
    QCOMPARE(table->model()->rowCount(), int(all.size()));
    QVERIFY(rig.window->offersLabel()->text().startsWith(QString::number(all.size())));
    QCOMPARE(table->currentIndex().data(OffersModel::OfferRole).value<FlightOffer>(), chosen);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(OffersModel::OfferRole).value<FlightOffer>(), chosen);
    // A double-click opens the details of that same offer.
    table->scrollTo(table->currentIndex());
    const QPoint cell = table->visualRect(table->currentIndex()).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    OfferDetailsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = rig.window->findChild<OfferDetailsDialog *>()) != nullptr,
                             Wait);
    QCOMPARE(dialog->offer(), chosen);
    dialog->close();
}

void TestChatWindow::escapeCancelsSearch() {
    Rig rig;
    // A search that would take a minute: only a working cancel ends it within the wait.
    rig.provider->setLatencyMs(60000);
    QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
    rig.type(requestText());
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->isBusy(), Wait);
    auto *busyRow = rig.window->findChild<QWidget *>(QStringLiteral("busyRow"));
    auto *send = rig.window->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(busyRow->isVisible());
    // The input stays usable for typing, but nothing can be sent while busy.
    QTest::keyClicks(rig.window->inputEdit(), QStringLiteral("2 adults"));
    QCOMPARE(rig.window->inputEdit()->text(), QStringLiteral("2 adults"));
    QVERIFY(rig.window->inputEdit()->isEnabled());
    QVERIFY(!send->isEnabled());
    QTest::keyClick(rig.window->inputEdit(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy(), Wait);
    QVERIFY(busyRow->isHidden());
    QCOMPARE(rig.window->offersView()->model()->rowCount(), 0);
    QVERIFY(send->isEnabled());
    QCOMPARE(rig.window->inputEdit()->text(), QStringLiteral("2 adults"));
}

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
