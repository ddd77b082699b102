// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class HistoryModel;
class HistorySearchModel;
class QAction;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;
class SessionStore;

/**
 * The search and housekeeping of the history list: a search field (filter as you type, 150 ms
 * after the last key), the list of hits shown in place of the history list while it has text
 * (title, date, snippet with the matched words in bold), Delete on a history row (context menu
 * or the Delete key, after a confirmation) and History › Clear History… (after a confirmation).
 *
 * Every store call is asynchronous; results arrive in the GUI thread and a stale search result
 * (the text changed since) is dropped. The panel never owns the history list it serves.
 */
class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    /**
     * @p store may be null (no history: the field is disabled). @p historyView shows
     * @p historyModel; the panel hides it while search results are shown.
     */
    HistoryPanel(SessionStore *store, QListView *historyView, HistoryModel *historyModel,
                 QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    HistorySearchModel *resultsModel() const { return m_model; }
    /** The History menu (Clear History…), for the window's menu bar. */
    QMenu *historyMenu() const { return m_menu; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *clearAction() const { return m_clearAction; }
    /** Whether the history can be used (the store opened); off disables search and deletion. */
    void setAvailable(bool available);

public Q_SLOTS:
    /** Runs the search for the field's text now (the debounce timer calls it). */
    void runSearch();
    /** Asks to delete the selected history row's conversation; deletes it if confirmed. */
    void deleteSelected();
    /** Asks to clear the whole history; clears it if confirmed. */
    void clearHistory();

Q_SIGNALS:
    /** A hit was chosen (Enter or click): show session @p sessionId, at @p messageId if > 0. */
    void sessionActivated(qint64 sessionId, qint64 messageId);
    /** Session @p sessionId was deleted. */
    void sessionDeleted(qint64 sessionId);
    /** Every session was deleted. */
    void historyCleared();
    /** A sentence for the status bar. */
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults(bool shown);
    void onHitActivated(const QModelIndex &index);
    void showHistoryMenu(const QPoint &pos);

    QPointer<SessionStore> m_store;
    QListView *m_historyView;
    HistoryModel *m_historyModel;
    QLineEdit *m_field;
    QListView *m_results;
    HistorySearchModel *m_model;
    QTimer *m_debounce;
    QMenu *m_menu;
    QAction *m_deleteAction;
    QAction *m_clearAction;
    bool m_available = true;
    quint64 m_searchSerial = 0; ///< the latest search asked for; older results are dropped
};
