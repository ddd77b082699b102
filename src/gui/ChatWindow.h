// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SessionStore.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class ChatController;
class ConversationTransfer;
class QAction;
class HistoryModel;
class HistoryPanel;
class OffersModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTableView;
class TranscriptModel;

namespace Ui {
class ChatWindow;
}

/**
 * The desktop chat window: the history of past conversations on the left, the live transcript
 * with the input line in the centre, and the offers of the latest search below it.
 *
 * It only talks to the ChatController (submit, cancel, startNewSession and its signals) and,
 * for the history list and past conversations, to the SessionStore through future watchers that
 * deliver in the GUI thread (and die with the window): it never waits on disk or network. Selecting
 * a past conversation shows it read-only (with a banner) until "New conversation" or "Back to
 * current conversation".
 *
 * Keyboard: Enter sends, Esc cancels a running search, Ctrl+N starts a new conversation,
 * Ctrl+Q quits; Enter or a double-click on an offer opens its details.
 */
class ChatWindow : public QMainWindow {
    Q_OBJECT

public:
    /** @p store may be null (no history). Neither is owned; both must outlive the window. */
    ChatWindow(ChatController *controller, SessionStore *store, QWidget *parent = nullptr);
    ~ChatWindow() override;

    /** The File > Settings… action (QAction::PreferencesRole). */
    QAction *settingsAction() const { return m_settingsAction; }
    /** Shown in the status bar, e.g. "Sandbox". */
    void setProviderName(const QString &name);
    /** Where the history is kept, shown in the status bar. */
    void setHistoryLocation(const QString &path);
    QString historyLocation() const { return m_historyLocation; }
    /** The Help > Diagnostics… action. */
    QAction *diagnosticsAction() const { return m_diagnosticsAction; }
    /** File › Export conversation… and File › Import conversation…. */
    ConversationTransfer *conversationTransfer() const { return m_transfer; }
    /** The File > History Storage… action. */
    QAction *historyStorageAction() const { return m_historyStorageAction; }
    /**
     * Follows the store's open(): once it finishes, the history list is loaded. If the store
     * moved a corrupt file aside, or could not be opened (the app then keeps working without
     * history, as the status bar says), a non-blocking message box tells the person.
     */
    void attachHistory(QFuture<StoreOpenResult> opening);

    /** True while a past conversation is shown (read-only). */
    bool isViewingPastSession() const { return m_pastSessionId != 0; }
    /** Whether the history could be opened (true until told otherwise). */
    bool isHistoryAvailable() const { return m_historyAvailable; }

    // The models and views, for tests and accessibility tools.
    TranscriptModel *liveTranscript() const { return m_liveTranscript; }
    OffersModel *liveOffers() const { return m_liveOffers; }
    HistoryModel *historyModel() const { return m_historyModel; }
    QSortFilterProxyModel *offersProxy() const { return m_offersProxy; }
    QLineEdit *inputEdit() const;
    QListView *transcriptView() const;
    QTableView *offersView() const;
    QListView *historyView() const;
    /** The search field, search results and delete/clear of the history list. */
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    QLabel *offersLabel() const;

public Q_SLOTS:
    /** Sends the input line to the controller (ignored when blank or busy). */
    void sendInput();
    /** Cancels the running search, if any. */
    void cancelSearch();
    /** Forgets the live conversation and starts a new one (showing it). */
    void startNewConversation();
    /** Reloads the history list from the store. */
    void refreshHistory();
    /** Shows stored session @p sessionId read-only (the live one if it is the live session). */
    void showSession(qint64 sessionId);
    /** Leaves a past conversation and shows the live one. */
    void showLiveConversation();

Q_SIGNALS:
    /** File > Settings… (Preferences on macOS) was chosen: whoever wires the app opens them. */
    void settingsRequested();
    /** Help > Diagnostics… was chosen: whoever wires the app opens the diagnostics. */
    void diagnosticsRequested();
    /** File > History Storage… was chosen: whoever wires the app opens HistoryStorageDialog. */
    void historyStorageRequested();

private:
    /** Days of prices seen that the offer details show, the most recent ones. */
    static constexpr int PriceHistoryDays = 8;

    void setupViews();
    void setupActions();
    void setupHistoryPanel();
    void connectController();
    void addGreeting();
    void onBusyChanged(bool busy);
    void onStoreOpened(const StoreOpenResult &result);
    void onSessionLoaded(qint64 sessionId, const SessionTranscript &transcript);
    void onHistorySelectionChanged();
    void syncHistorySelection();
    void showOffersDetails(const QModelIndex &proxyIndex);
    void updateOffersPresentation();
    void updateInputState();
    void updateStatus();
    void showAbout();
    void setStatusMessage(const QString &message);

    std::unique_ptr<Ui::ChatWindow> m_ui;
    QPointer<ChatController> m_controller;
    QPointer<SessionStore> m_store;
    TranscriptModel *m_liveTranscript;
    TranscriptModel *m_pastTranscript;
    OffersModel *m_liveOffers;
    OffersModel *m_pastOffers;
    QSortFilterProxyModel *m_offersProxy;
    HistoryModel *m_historyModel;
    HistoryPanel *m_historyPanel = nullptr;
    QLabel *m_statusLabel;
    QAction *m_settingsAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_historyStorageAction = nullptr;
    ConversationTransfer *m_transfer = nullptr;
    QString m_providerName;
    QString m_historyLocation;
    bool m_historyAvailable = true;
    bool m_busy = false;
    bool m_syncingSelection = false;
    qint64 m_pastSessionId = 0;    ///< the past session shown, 0 when live
    qint64 m_loadingSessionId = 0; ///< the past session being loaded, 0 when none
};
