// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/HistoryConnection.h"
#include "storage/HistoryServerProbe.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QSettings;
class SecretJob;
class SecretStore;

namespace Ui {
class HistoryStorageDialog;
}

/**
 * File › History storage…: where the conversation history is kept, "On this computer" (the
 * SQLite file of the data folder) or on a "Shared PostgreSQL server" (host, port, database,
 * user, password, secure-connection mode).
 *
 * The choice goes to settings.ini through HistorySettings; the password only to the SecretStore
 * (the keychain) under HistoryConnection::secretKey(), asynchronously. A stored password is
 * never shown: its field says one is stored, typing replaces it, leaving it empty keeps it.
 * "Test connection" runs HistoryServerProbe off the GUI thread and says the result in a sentence
 * (only the latest test's answer is shown). Save checks the fields, writes the password (the
 * form is disabled meanwhile), then the settings, emits saved() and closes; a keychain failure
 * is reported and nothing is saved. The window never waits.
 *
 * The store in use is not switched live: the app offers to restart (askToRestart()) when the
 * saved place differs from the one in use.
 */
class HistoryStorageDialog : public QDialog {
    Q_OBJECT

public:
    /**
     * @p secrets and @p settings are not owned and must outlive the dialog; @p dataDir is the
     * data folder (for the local file's path).
     */
    HistoryStorageDialog(SecretStore *secrets, QSettings *settings, const QString &dataDir,
                         QWidget *parent = nullptr);
    ~HistoryStorageDialog() override;

    /** The connection the form describes, with the password typed (or the stored one). */
    HistoryConnection connection() const;
    /** Fills the form from @p connection (its password, if any, goes in the field). */
    void setConnection(const HistoryConnection &connection);
    /** The answer of the last "Test connection" (empty while none or while testing). */
    QString testResult() const;
    /** True while a test runs. */
    bool isTesting() const { return m_testing; }
    /** True while the keychain is read or written. */
    bool isBusy() const { return m_job != nullptr; }
    /** The message above the buttons (empty when none). */
    QString message() const;
    /** Whether a password is stored for the connection loaded from the settings. */
    bool hasStoredPassword() const { return !m_storedPassword.isEmpty(); }

    /**
     * Asks, without blocking, whether to restart now so the new history place is used; "Restart
     * now" starts the program again with the same arguments and quits this one.
     */
    static void askToRestart(QWidget *parent);

public Q_SLOTS:
    /** Starts "Test connection". */
    void testConnection();

Q_SIGNALS:
    /** The choice was saved (the password is not in @p connection). */
    void saved(const HistoryConnection &connection);
    /** A test finished (for tests and accessibility). */
    void tested(const HistoryProbeResult &result);

private:
    void onBackendChanged();
    void onTested(int generation, const HistoryProbeResult &result);
    void readStoredPassword();
    void save();
    void finishSave(const HistoryConnection &connection);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool warning);

    std::unique_ptr<Ui::HistoryStorageDialog> m_ui;
    QPointer<SecretStore> m_secrets;
    QSettings *m_settings;
    QString m_dataDir;
    HistoryConnection m_loaded; ///< as read from the settings
    QString m_storedPassword;   ///< the keychain's password for m_loaded (never shown)
    QPointer<SecretJob> m_job;
    int m_testGeneration = 0;
    bool m_testing = false;
};
