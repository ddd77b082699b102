// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPanel.h"

#include "HistoryModel.h"
#include "HistorySearchDelegate.h"
#include "HistorySearchModel.h"
#include "storage/SessionStore.h"
#include "util/AsyncTask.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int DebounceMs = 150;
constexpr int SearchLimit = 100;
} // namespace

HistoryPanel::HistoryPanel(SessionStore *store, QListView *historyView, HistoryModel *historyModel,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_historyView(historyView)
    , m_historyModel(historyModel)
    , m_field(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new HistorySearchModel(this))
    , m_debounce(new QTimer(this))
    , m_menu(new QMenu(tr("Hi&story"), this))
    , m_deleteAction(new QAction(tr("&Delete Conversation…"), this))
    , m_clearAction(new QAction(tr("&Clear History…"), this)) {
    setObjectName(QStringLiteral("historySearchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);

    m_field->setObjectName(QStringLiteral("historySearchField"));
    m_field->setPlaceholderText(tr("Search conversations and places"));
    m_field->setAccessibleName(tr("Search the history"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("historySearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HistorySearchDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setUniformItemSizes(true);
    m_results->setVisible(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPanel::runSearch);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the field opens the best hit; Down moves into the results.
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        if (m_model->rowCount() > 0)
            onHitActivated(m_model->index(0));
    });
    m_field->installEventFilter(this);
    connect(m_results, &QListView::activated, this, &HistoryPanel::onHitActivated);
    connect(m_results, &QListView::clicked, this, &HistoryPanel::onHitActivated);

    m_deleteAction->setObjectName(QStringLiteral("actionDeleteConversation"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_clearAction->setObjectName(QStringLiteral("actionClearHistory"));
    m_menu->addAction(m_clearAction);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    connect(m_clearAction, &QAction::triggered, this, &HistoryPanel::clearHistory);
    if (m_historyView) {
        m_historyView->addAction(m_deleteAction); // Delete key while the list has focus
        m_historyView->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_historyView, &QWidget::customContextMenuRequested, this,
                &HistoryPanel::showHistoryMenu);
    }
    setAvailable(store != nullptr);
}

void HistoryPanel::setAvailable(bool available) {
    m_available = available && m_store;
    m_field->setEnabled(m_available);
    m_deleteAction->setEnabled(m_available);
    m_clearAction->setEnabled(m_available);
    if (!m_available)
        m_field->clear();
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->isVisible() &&
        m_model->rowCount() > 0) {
        m_results->setFocus();
        m_results->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::runSearch() {
    m_debounce->stop();
    const QString text = m_field->text();
    const quint64 serial = ++m_searchSerial;
    if (text.trimmed().isEmpty() || !m_available) {
        m_model->setHits({});
        showResults(false);
        return;
    }
    showResults(true);
    AsyncTask::whenReady(
        this, m_store->searchHistory(text, SearchLimit),
        [this, serial](const QList<HistoryHit> &hits) {
            if (serial == m_searchSerial) // the text changed since: a newer search is coming
                m_model->setHits(hits);
        },
        [this, serial](const QString &) {
            if (serial != m_searchSerial)
                return;
            m_model->setHits({});
            Q_EMIT statusMessage(tr("The history could not be searched."));
        });
}

void HistoryPanel::showResults(bool shown) {
    m_results->setVisible(shown);
    setSizePolicy(QSizePolicy::Preferred, shown ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (m_historyView)
        m_historyView->setVisible(!shown);
}

void HistoryPanel::onHitActivated(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const HistoryHit hit = m_model->hit(index.row());
    Q_EMIT sessionActivated(hit.sessionId, hit.messageId);
}

void HistoryPanel::showHistoryMenu(const QPoint &pos) {
    if (!m_historyView || !m_historyView->indexAt(pos).isValid())
        return;
    m_historyView->setCurrentIndex(m_historyView->indexAt(pos));
    auto *menu = new QMenu(m_historyView);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_clearAction);
    menu->popup(m_historyView->viewport()->mapToGlobal(pos));
}

void HistoryPanel::deleteSelected() {
    if (!m_available || !m_historyView || !m_historyModel)
        return;
    const QModelIndex current = m_historyView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 sessionId = m_historyModel->sessionId(current.row());
    if (sessionId == 0)
        return;
    const QString title = current.data(HistoryModel::TitleRole).toString().simplified();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete conversation"),
                                tr("Delete the conversation “%1” and the offers it showed? "
                                   "This cannot be undone.")
                                    .arg(title.isEmpty() ? tr("Untitled conversation") : title),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteConversation"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, sessionId] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_store)
            return;
        AsyncTask::whenReady(
            this, m_store->deleteSession(sessionId),
            [this, sessionId](bool deleted) {
                if (deleted)
                    Q_EMIT sessionDeleted(sessionId);
                if (!m_field->text().trimmed().isEmpty())
                    runSearch();
            },
            [this](const QString &) {
                Q_EMIT statusMessage(tr("The conversation could not be deleted."));
            });
    });
    box->open();
}

void HistoryPanel::clearHistory() {
    if (!m_available)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear history"),
                                tr("Delete every stored conversation and every offer seen? "
                                   "This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmClearHistory"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Clear History"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_store)
            return;
        AsyncTask::whenReady(
            this, m_store->clearHistory(),
            [this](int) {
                m_field->clear();
                runSearch();
                Q_EMIT historyCleared();
            },
            [this](const QString &) {
                Q_EMIT statusMessage(tr("The history could not be cleared."));
            });
    });
    box->open();
}
