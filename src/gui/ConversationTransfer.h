// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;
class SessionStore;

/**
 * File › Export conversation… and File › Import conversation… for a window.
 *
 * Export asks for a file with a non-blocking QFileDialog (its "JSON" or "CSV" type picks the
 * format), loads the session shown from the store, and writes the file off the GUI thread;
 * import reads, validates and stores a JSON export off the GUI thread. Success is said through
 * statusMessage(); failures (disk full, read-only folder, an invalid file) in a window-modal
 * message box in the person's language. Nothing here waits on disk in the GUI thread.
 */
class ConversationTransfer : public QObject {
    Q_OBJECT

public:
    enum class Format { Json, Csv };

    /**
     * @p window parents the dialogs and message boxes; @p store may be null (the actions are
     * then disabled); @p currentSession gives the id of the session shown (0: none).
     */
    ConversationTransfer(QWidget *window, SessionStore *store,
                         std::function<qint64()> currentSession);

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    /** Exports session @p sessionId to @p path without asking (what the dialog leads to). */
    void exportSessionTo(qint64 sessionId, const QString &path, Format format);
    /** Imports the JSON export at @p path without asking. */
    void importFrom(const QString &path);

    /**
     * Runs @p produce and writes its bytes to @p path on a worker thread; then, in @p owner's
     * thread, calls @p saved, or shows the error in a message box over @p owner.
     */
    static void saveInBackground(QWidget *owner, const QString &path,
                                 std::function<QByteArray()> produce, std::function<void()> saved);
    /** A window-modal, plain-text warning over @p owner that deletes itself when closed. */
    static void showError(QWidget *owner, const QString &title, const QString &text);

Q_SIGNALS:
    /** A sentence for the status bar ("Exported to …"). */
    void statusMessage(const QString &text);
    /** A conversation was imported as session @p sessionId. */
    void sessionImported(qint64 sessionId);

private:
    void askExport();
    void askImport();

    QWidget *m_window;
    QPointer<SessionStore> m_store;
    std::function<qint64()> m_currentSession;
    QAction *m_exportAction;
    QAction *m_importAction;
};
