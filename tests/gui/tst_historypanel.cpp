// SPDX-License-Identifier: GPL-3.0-or-later
// The history search field, its results and delete/clear in the real ChatWindow, over a
// SessionStore in a temporary folder filled beforehand; driven with simulated key presses.
#include "ChatWindow.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "HistorySearchModel.h"
#include "assistant/ChatController.h"
#include "providers/sandbox/SandboxProvider.h"
#include "storage/SessionStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Wait = 20000; // a generous wait for asynchronous work, not a performance limit

ChatMessage message(qint64 sessionId, ChatMessage::Role role, const QString &text) {
    ChatMessage m;
    m.sessionId = sessionId;
    m.role = role;
    m.text = text;
    m.timestamp = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    return m;
}

struct Rig {
    QTemporaryDir dir;
    std::unique_ptr<SandboxProvider> provider = std::make_unique<SandboxProvider>();
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<ChatController> controller;
    std::unique_ptr<ChatWindow> window;
    qint64 lisbon = 0;
    qint64 rome = 0;

    Rig() {
        store = std::make_unique<SessionStore>(SessionStore::databasePathFor(dir.path()));
        const QFuture<StoreOpenResult> opening = store->open();
        lisbon = store->createSession(QString(), QString(), QDateTime()).result();
        store
            ->appendMessage(message(lisbon, ChatMessage::Role::User,
                                    u"Paris to Lisbon next Friday, 2 adults"_qs))
            .result();
        store
            ->appendMessage(message(lisbon, ChatMessage::Role::Assistant,
                                    u"Here are flights to Lisbon <b>cheap</b>"_qs))
            .result();
        rome = store->createSession(QString(), QString(), QDateTime()).result();
        store->appendMessage(message(rome, ChatMessage::Role::User, u"Rome in May"_qs)).result();
        controller = std::make_unique<ChatController>(provider.get(), store.get());
        window = std::make_unique<ChatWindow>(controller.get(), store.get());
        window->attachHistory(opening);
        window->resize(1200, 800);
        window->show();
        window->activateWindow();
    }
    ~Rig() {
        window.reset();
        const QFuture<QList<SessionSummary>> drained = store->listSessions();
        QTest::qWaitFor([&] { return drained.isFinished(); }, Wait);
        controller.reset();
        store.reset();
    }
    HistoryPanel *panel() const { return window->historyPanel(); }
    /** Clicks @p button of the confirmation box named @p name once it is open. */
    bool answer(const char *name, QMessageBox::StandardButton button) const {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    box = window->findChild<QMessageBox *>(QLatin1String(name));
                    return box && box->isVisible();
                },
                Wait))
            return false;
        if (box->textFormat() != Qt::PlainText)
            return false;
        box->button(button)->click();
        return true;
    }
};
} // namespace

class TestHistoryPanel : public QObject {
    Q_OBJECT

private slots:
    void searchAsYouTypeAndOpen() {
        Rig rig;
        QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 2, Wait);
        HistoryPanel *panel = rig.panel();
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->resultsModel());
        QVERIFY(panel->searchField()->isVisible());
        QVERIFY(!panel->resultsView()->isVisible());

        QTest::keyClicks(panel->searchField(), u"lisb"_qs);
        // Debounced: nothing searched while typing fast, then the hits arrive.
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultsModel()->rowCount(), 2, Wait);
        QVERIFY(panel->resultsView()->isVisible());
        QVERIFY(!rig.window->historyView()->isVisible());
        const HistoryHit best = panel->resultsModel()->hit(0);
        QCOMPARE(best.sessionId, rig.lisbon);
        QVERIFY(!best.marks.isEmpty());
        QCOMPARE(best.snippet.mid(best.marks.at(0).first, best.marks.at(0).second), u"Lisbon"_qs);
        // The markup-looking text stays text, drawn by the delegate (grab paints every row).
        const QModelIndex index = panel->resultsModel()->index(0);
        QVERIFY(index.data(HistorySearchModel::TitleRole).toString().startsWith(u"Paris"_qs));
        QVERIFY(!panel->resultsView()->grab().isNull());

        // Enter opens the best hit read-only.
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->isViewingPastSession(), Wait);

        // Accents and case do not matter; a word-less query shows no hits and no error.
        panel->searchField()->setText(u"ROME"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultsModel()->rowCount(), 1, Wait);
        QCOMPARE(panel->resultsModel()->hit(0).sessionId, rig.rome);
        panel->searchField()->setText(u"\"*("_qs);
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultsModel()->rowCount(), 0, Wait);
        // Clearing the field brings the history list back.
        panel->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->historyView()->isVisible(), Wait);
        QVERIFY(!panel->resultsView()->isVisible());
    }

    void deleteWithConfirmation() {
        Rig rig;
        QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 2, Wait);
        HistoryPanel *panel = rig.panel();
        QListView *list = rig.window->historyView();
        const int romeRow = rig.window->historyModel()->rowOf(rig.rome);
        list->setCurrentIndex(rig.window->historyModel()->index(romeRow));
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->isViewingPastSession(), Wait);
        // Cancel keeps it.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(rig.answer("confirmDeleteConversation", QMessageBox::Cancel));
        QTest::qWait(50);
        QCOMPARE(rig.window->historyModel()->rowCount(), 2);
        // Delete removes it, and the window leaves the deleted conversation.
        panel->deleteAction()->trigger();
        QVERIFY(rig.answer("confirmDeleteConversation", QMessageBox::Yes));
        QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 1, Wait);
        QCOMPARE(rig.window->historyModel()->sessionId(0), rig.lisbon);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.window->isViewingPastSession(), Wait);
        QVERIFY(!rig.store->loadSession(rig.rome).result().isValid());
    }

    void clearFromTheMenu() {
        Rig rig;
        QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 2, Wait);
        HistoryPanel *panel = rig.panel();
        bool inMenuBar = false;
        for (QAction *menu : rig.window->menuBar()->actions())
            inMenuBar = inMenuBar || (menu->menu() == panel->historyMenu());
        QVERIFY(inMenuBar);
        QVERIFY(panel->historyMenu()->actions().contains(panel->clearAction()));
        panel->clearAction()->trigger();
        QVERIFY(rig.answer("confirmClearHistory", QMessageBox::Cancel));
        QTest::qWait(50);
        QCOMPARE(rig.store->listSessions().result().size(), 2);
        panel->clearAction()->trigger();
        QVERIFY(rig.answer("confirmClearHistory", QMessageBox::Yes));
        QTRY_COMPARE_WITH_TIMEOUT(rig.window->historyModel()->rowCount(), 0, Wait);
        QVERIFY(rig.store->searchHistory(u"lisbon"_qs).result().isEmpty());
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
