// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatWindow.h"

#include "ConversationTransfer.h"

#include "util/AsyncTask.h"

#include "HistoryDelegate.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "OfferDetailsDialog.h"
#include "OffersDelegate.h"
#include "OffersModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"
#include "assistant/ChatController.h"
#include "storage/SessionStore.h"
#include "ui_ChatWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimeZone>

ChatWindow::ChatWindow(ChatController *controller, SessionStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ChatWindow>())
    , m_controller(controller)
    , m_store(store)
    , m_liveTranscript(new TranscriptModel(this))
    , m_pastTranscript(new TranscriptModel(this))
    , m_liveOffers(new OffersModel(this))
    , m_pastOffers(new OffersModel(this))
    , m_offersProxy(new QSortFilterProxyModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_statusLabel(new QLabel(this)) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/booking/icons/booking-assistant.svg")));
    m_providerName = tr("Sandbox");
    m_historyAvailable = store != nullptr;
    setupViews();
    setupActions();
    setupHistoryPanel();
    connectController();
    addGreeting();
    onBusyChanged(controller && controller->isBusy());
    showLiveConversation();
    updateStatus();
    m_ui->inputEdit->setFocus();
}

ChatWindow::~ChatWindow() = default;

QLineEdit *ChatWindow::inputEdit() const {
    return m_ui->inputEdit;
}
QListView *ChatWindow::transcriptView() const {
    return m_ui->transcriptView;
}
QTableView *ChatWindow::offersView() const {
    return m_ui->offersView;
}
QListView *ChatWindow::historyView() const {
    return m_ui->historyView;
}
QLabel *ChatWindow::offersLabel() const {
    return m_ui->offersLabel;
}

void ChatWindow::setupViews() {
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({270, 930});
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    m_ui->contentSplitter->setSizes({440, 320});

    QFont heading = m_ui->historyLabel->font();
    heading.setBold(true);
    m_ui->historyLabel->setFont(heading);
    m_ui->offersLabel->setFont(heading);

    // The banner over a past conversation: a soft tint of the accent colour.
    const QColor accent = palette().color(QPalette::Highlight);
    m_ui->pastBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_ui->pastBanner->palette();
    bannerPalette.setColor(QPalette::Window,
                           QColor::fromRgbF(float(1.0 - (1.0 - accent.redF()) * 0.18),
                                            float(1.0 - (1.0 - accent.greenF()) * 0.18),
                                            float(1.0 - (1.0 - accent.blueF()) * 0.18)));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_ui->pastBanner->setPalette(bannerPalette);
    m_ui->pastBanner->setVisible(false);

    m_ui->transcriptView->setAccessibleName(tr("Conversation"));
    m_ui->historyView->setAccessibleName(tr("Past conversations"));
    m_ui->offersView->setAccessibleName(tr("Flight offers"));
    m_ui->inputEdit->setAccessibleName(tr("Your message"));
    m_ui->transcriptView->setModel(m_liveTranscript);
    m_ui->historyView->setModel(m_historyModel);
    m_ui->historyView->setItemDelegate(new HistoryDelegate(m_ui->historyView));
    m_ui->historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->historyView->setUniformItemSizes(true);

    m_offersProxy->setSourceModel(m_liveOffers);
    m_offersProxy->setSortRole(OffersModel::SortRole);
    m_offersProxy->setDynamicSortFilter(true);
    QTableView *table = m_ui->offersView;
    table->setModel(m_offersProxy);
    // Draws as the default delegate; remembers the measured texts for the column fitting.
    table->setItemDelegate(new OffersDelegate(table));
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the first rows only: their texts all have the same shape, and measuring
    // 1,000 rows stalled the window for about 50 ms when a big search arrived.
    header->setResizeContentsPrecision(100);
    // Airline and Return (round trips only) share the spare width and elide, so the price
    // always stays in view.
    header->setSectionResizeMode(OffersModel::Airline, QHeaderView::Stretch);
    header->setSectionResizeMode(OffersModel::Return, QHeaderView::Stretch);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicator(OffersModel::Price, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    m_offersProxy->sort(OffersModel::Price, Qt::AscendingOrder);

    connect(table, &QTableView::activated, this, &ChatWindow::showOffersDetails);
    // Offers arriving in parts are inserted (and removed) rather than reset: the count and the
    // Return column follow every change.
    connect(m_offersProxy, &QAbstractItemModel::modelReset, this,
            &ChatWindow::updateOffersPresentation);
    connect(m_offersProxy, &QAbstractItemModel::rowsInserted, this,
            &ChatWindow::updateOffersPresentation);
    connect(m_offersProxy, &QAbstractItemModel::rowsRemoved, this,
            &ChatWindow::updateOffersPresentation);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChatWindow::onHistorySelectionChanged);
    connect(m_historyModel, &QAbstractItemModel::modelReset, this,
            &ChatWindow::syncHistorySelection);

    statusBar()->addWidget(m_statusLabel, 1);
    m_statusLabel->setTextFormat(Qt::PlainText);
}

void ChatWindow::setupActions() {
    connect(m_ui->actionNewConversation, &QAction::triggered, this,
            &ChatWindow::startNewConversation);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &ChatWindow::showAbout);
    // Settings… sits in the File menu above Quit; on macOS the Preferences role moves it to the
    // application menu, where people look for it there.
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_settingsAction);
    // File > History Storage…, under Settings…: where the history is kept (this computer or a
    // shared PostgreSQL server).
    m_historyStorageAction = new QAction(tr("&History Storage…"), this);
    m_historyStorageAction->setObjectName(QStringLiteral("actionHistoryStorage"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_historyStorageAction);
    connect(m_historyStorageAction, &QAction::triggered, this,
            &ChatWindow::historyStorageRequested);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_settingsAction, &QAction::triggered, this, &ChatWindow::settingsRequested);
    // File > Export conversation… / Import conversation…, above Settings….
    m_transfer = new ConversationTransfer(this, m_store, [this]() {
        return isViewingPastSession() ? m_pastSessionId
                                      : (m_controller ? m_controller->sessionId() : 0);
    });
    m_ui->menuFile->insertAction(m_settingsAction, m_transfer->exportAction());
    m_ui->menuFile->insertAction(m_settingsAction, m_transfer->importAction());
    m_ui->menuFile->insertSeparator(m_settingsAction);
    connect(m_transfer, &ConversationTransfer::statusMessage, this, &ChatWindow::setStatusMessage);
    connect(m_transfer, &ConversationTransfer::sessionImported, this, [this](qint64 sessionId) {
        refreshHistory();
        showSession(sessionId);
    });
    // Help > Diagnostics…, above About.
    m_diagnosticsAction = new QAction(tr("&Diagnostics…"), this);
    m_diagnosticsAction->setObjectName(QStringLiteral("actionDiagnostics"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, m_diagnosticsAction);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    connect(m_diagnosticsAction, &QAction::triggered, this, &ChatWindow::diagnosticsRequested);
    connect(m_ui->newConversationButton, &QPushButton::clicked, this,
            &ChatWindow::startNewConversation);
    connect(m_ui->bannerNewButton, &QPushButton::clicked, this, &ChatWindow::startNewConversation);
    connect(m_ui->backToLiveButton, &QPushButton::clicked, this, &ChatWindow::showLiveConversation);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ChatWindow::sendInput);
    connect(m_ui->inputEdit, &QLineEdit::returnPressed, this, &ChatWindow::sendInput);
    connect(m_ui->inputEdit, &QLineEdit::textChanged, this, &ChatWindow::updateInputState);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ChatWindow::cancelSearch);
    // Esc cancels a search: the button's shortcut only works while the busy row is shown.
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
}

void ChatWindow::setupHistoryPanel() {
    // The search field sits above the history list; its hits replace the list while it has text.
    m_historyPanel = new HistoryPanel(m_store, m_ui->historyView, m_historyModel, this);
    m_ui->historyLayout->insertWidget(m_ui->historyLayout->indexOf(m_ui->historyView),
                                      m_historyPanel);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_historyPanel->historyMenu());
    connect(m_historyPanel, &HistoryPanel::sessionActivated, this,
            [this](qint64 sessionId, qint64) { showSession(sessionId); });
    connect(m_historyPanel, &HistoryPanel::sessionDeleted, this, [this](qint64 sessionId) {
        if (m_controller && sessionId == m_controller->sessionId())
            startNewConversation();
        else if (sessionId == m_pastSessionId)
            showLiveConversation();
        refreshHistory();
    });
    connect(m_historyPanel, &HistoryPanel::historyCleared, this, [this] {
        startNewConversation();
        refreshHistory();
    });
    connect(m_historyPanel, &HistoryPanel::statusMessage, this, &ChatWindow::setStatusMessage);
}

void ChatWindow::connectController() {
    if (!m_controller)
        return;
    ChatController *c = m_controller;
    connect(c, &ChatController::messageAdded, m_liveTranscript, &TranscriptModel::addMessage);
    connect(c, &ChatController::messageChanged, m_liveTranscript, &TranscriptModel::updateMessage);
    connect(c, &ChatController::offersChanged, m_liveOffers, &OffersModel::setOffers);
    connect(c, &ChatController::busyChanged, this, &ChatWindow::onBusyChanged);
    connect(c, &ChatController::historyChanged, this, &ChatWindow::refreshHistory);
}

void ChatWindow::addGreeting() {
    ChatMessage greeting;
    greeting.role = ChatMessage::Role::Assistant;
    greeting.timestamp = QDateTime::currentDateTimeUtc();
    greeting.text = tr("Hello! Tell me where and when you would like to fly, in your own words, "
                       "and I will look for flights. For example:\n"
                       "• London to New York on 10 December\n"
                       "• Paris to Lisbon next Friday, 2 adults, back on Sunday");
    m_liveTranscript->addMessage(greeting);
}

void ChatWindow::sendInput() {
    if (!m_controller || m_busy || isViewingPastSession())
        return;
    const QString text = m_ui->inputEdit->text();
    if (text.trimmed().isEmpty())
        return;
    if (m_controller->submit(text))
        m_ui->inputEdit->clear();
    updateInputState();
}

void ChatWindow::cancelSearch() {
    if (m_controller && m_busy)
        m_controller->cancel();
}

void ChatWindow::startNewConversation() {
    if (m_controller) {
        if (m_controller->isBusy())
            m_controller->cancel();
        m_controller->startNewSession();
    }
    m_liveTranscript->clear();
    m_liveOffers->clear();
    addGreeting();
    showLiveConversation();
    m_ui->inputEdit->setFocus();
}

void ChatWindow::onBusyChanged(bool busy) {
    m_busy = busy;
    m_ui->busyRow->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    updateInputState();
}

void ChatWindow::updateInputState() {
    const bool live = !isViewingPastSession();
    m_ui->inputEdit->setEnabled(live);
    m_ui->inputEdit->setPlaceholderText(
        live ? tr("Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”")
             : tr("This conversation is read-only: start a new conversation to continue"));
    m_ui->sendButton->setEnabled(live && !m_busy && !m_ui->inputEdit->text().trimmed().isEmpty());
}

void ChatWindow::attachHistory(QFuture<StoreOpenResult> opening) {
    AsyncTask::whenReady(
        this, opening, [this](const StoreOpenResult &result) { onStoreOpened(result); },
        [this](const QString &) {
            StoreOpenResult failed;
            failed.error = tr("The history could not be opened.");
            onStoreOpened(failed);
        });
}

void ChatWindow::onStoreOpened(const StoreOpenResult &result) {
    m_historyAvailable = result.ok;
    m_historyPanel->setAvailable(result.ok);
    updateStatus();
    if (!result.ok) {
        m_historyModel->setSessions({});
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("History unavailable"),
            tr("The conversation history could not be opened, so this session will not be "
               "saved. You can keep searching as usual.\n\nCheck that this folder can be "
               "written:\n%1")
                .arg(QDir::toNativeSeparators(m_historyLocation)),
            QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!result.movedAsideTo.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("History repaired"),
            tr("The history file could not be read, so a new one was started. The old file "
               "was kept as:\n%1")
                .arg(QDir::toNativeSeparators(result.movedAsideTo)),
            QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    refreshHistory();
}

void ChatWindow::refreshHistory() {
    if (!m_store || !m_historyAvailable)
        return;
    AsyncTask::whenReady(
        this, m_store->listSessions(),
        [this](const QList<SessionSummary> &sessions) { m_historyModel->setSessions(sessions); },
        [this](const QString &) { setStatusMessage(tr("The history could not be read.")); });
}

void ChatWindow::onHistorySelectionChanged() {
    if (m_syncingSelection)
        return;
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    showSession(m_historyModel->sessionId(rows.first().row()));
}

void ChatWindow::syncHistorySelection() {
    // Keep the highlighted row on the conversation shown, without loading it again.
    const qint64 shown =
        isViewingPastSession() ? m_pastSessionId : (m_controller ? m_controller->sessionId() : 0);
    const int row = shown != 0 ? m_historyModel->rowOf(shown) : -1;
    m_syncingSelection = true;
    QItemSelectionModel *selection = m_ui->historyView->selectionModel();
    if (row >= 0)
        selection->setCurrentIndex(m_historyModel->index(row), QItemSelectionModel::ClearAndSelect);
    else
        selection->clear();
    m_syncingSelection = false;
}

void ChatWindow::showSession(qint64 sessionId) {
    if (sessionId == 0)
        return;
    if (m_controller && sessionId == m_controller->sessionId()) {
        showLiveConversation();
        return;
    }
    if (!m_store || !m_historyAvailable)
        return;
    m_loadingSessionId = sessionId;
    setStatusMessage(tr("Loading the conversation…"));
    AsyncTask::whenReady(
        this, m_store->loadSession(sessionId),
        [this, sessionId](const SessionTranscript &transcript) {
            onSessionLoaded(sessionId, transcript);
        },
        [this, sessionId](const QString &) {
            if (m_loadingSessionId != sessionId)
                return;
            m_loadingSessionId = 0;
            setStatusMessage(tr("That conversation could not be loaded."));
        });
}

void ChatWindow::onSessionLoaded(qint64 sessionId, const SessionTranscript &transcript) {
    if (m_loadingSessionId != sessionId)
        return; // another selection came later
    m_loadingSessionId = 0;
    if (!transcript.isValid()) {
        setStatusMessage(tr("That conversation no longer exists."));
        refreshHistory();
        return;
    }
    QList<FlightOffer> offers;
    for (auto it = transcript.messages.crbegin(); it != transcript.messages.crend(); ++it) {
        if (it->role != ChatMessage::Role::Assistant)
            continue;
        const QList<FlightOffer> shown = transcript.offersByMessage.value(it->id);
        if (!shown.isEmpty()) {
            offers = shown;
            break;
        }
    }
    m_pastSessionId = sessionId;
    m_pastTranscript->setMessages(transcript.messages);
    m_pastOffers->setOffers(offers);
    m_ui->transcriptView->setModel(m_pastTranscript);
    m_offersProxy->setSourceModel(m_pastOffers);
    m_ui->pastBanner->setVisible(true);
    m_ui->backToLiveButton->setVisible(true);
    updateOffersPresentation();
    updateInputState();
    setStatusMessage(QString());
    syncHistorySelection();
}

void ChatWindow::showLiveConversation() {
    m_pastSessionId = 0;
    m_loadingSessionId = 0;
    if (m_ui->transcriptView->model() != m_liveTranscript)
        m_ui->transcriptView->setAccessibleName(tr("Conversation"));
    m_ui->historyView->setAccessibleName(tr("Past conversations"));
    m_ui->offersView->setAccessibleName(tr("Flight offers"));
    m_ui->inputEdit->setAccessibleName(tr("Your message"));
    m_ui->transcriptView->setModel(m_liveTranscript);
    if (m_offersProxy->sourceModel() != m_liveOffers)
        m_offersProxy->setSourceModel(m_liveOffers);
    m_pastTranscript->clear();
    m_pastOffers->clear();
    m_ui->pastBanner->setVisible(false);
    m_ui->transcriptView->scrollToBottom();
    updateOffersPresentation();
    updateInputState();
    syncHistorySelection();
}

void ChatWindow::updateOffersPresentation() {
    const auto *model = qobject_cast<const OffersModel *>(m_offersProxy->sourceModel());
    if (!model)
        return;
    m_ui->offersView->setColumnHidden(OffersModel::Return, !model->hasReturnSlices());
    const int count = model->rowCount();
    QString text;
    if (count == 0) {
        text = isViewingPastSession() ? tr("No offers in this conversation") : tr("No offers yet");
    } else {
        text = count == 1 ? tr("1 offer") : tr("%n offers", nullptr, count);
        const int sandbox = model->sandboxCount();
        if (sandbox == count)
            text = tr("%1 · sandbox fares (not bookable)").arg(text);
        else if (sandbox > 0)
            text = tr("%1 · includes sandbox fares (not bookable)").arg(text);
        if (isViewingPastSession())
            text = tr("%1 · as seen then").arg(text);
    }
    m_ui->offersLabel->setText(text);
}

void ChatWindow::showOffersDetails(const QModelIndex &proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_offersProxy->mapToSource(proxyIndex);
    const auto *model = qobject_cast<const OffersModel *>(m_offersProxy->sourceModel());
    if (!model || !source.isValid())
        return;
    const FlightOffer offer = model->offer(source.row());
    auto *dialog = new OfferDetailsDialog(offer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!m_store || offer.slices.isEmpty())
        return;
    // The prices seen on this route before, from the history (offline), once the store answers.
    const Slice &outbound = offer.slices.first();
    AsyncTask::whenReady(
        dialog,
        m_store->priceHistory(outbound.origin(), outbound.destination(), PriceHistoryDays,
                              QTimeZone::systemTimeZone()),
        [dialog](const QList<PricePoint> &points) { dialog->showPriceHistory(points); },
        [](const QString &) {});
    // An offer looked at closely in the live conversation is recorded as selected.
    if (model == m_liveOffers && m_controller && m_controller->sessionId() > 0)
        m_store->markOffer(m_controller->sessionId(), offer.id, OfferMark::Selected,
                           QDateTime::currentDateTimeUtc());
}

void ChatWindow::setProviderName(const QString &name) {
    m_providerName = name;
    updateStatus();
}

void ChatWindow::setHistoryLocation(const QString &path) {
    m_historyLocation = path;
    updateStatus();
}

void ChatWindow::updateStatus() {
    QString history;
    if (!m_store)
        history = tr("History: off");
    else if (!m_historyAvailable)
        history = tr("History unavailable: conversations are not being saved");
    else if (m_historyLocation.isEmpty())
        history = tr("History: on");
    else
        history = tr("History: %1").arg(QDir::toNativeSeparators(m_historyLocation));
    m_statusLabel->setText(tr("Provider: %1 · %2").arg(m_providerName, history));
}

void ChatWindow::setStatusMessage(const QString &message) {
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message, 5000);
}

void ChatWindow::showAbout() {
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Booking Assistant"),
        tr("Booking Assistant %1\n\nTell it where you want to go in your own words; it finds "
           "flight offers and keeps your conversations on this computer.\n\nSandbox fares are "
           "generated for trying the app out and cannot be booked.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
