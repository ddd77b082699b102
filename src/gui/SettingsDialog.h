// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"
#include "util/ProviderSettings.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QSettings;
class SecretStore;

namespace Ui {
class SettingsDialog;
}

/**
 * Where a person chooses the flight provider (Sandbox, Duffel, Amadeus-compatible), an optional
 * endpoint URL, whether to search every provider that has credentials at once, and enters the
 * provider's credentials.
 *
 * The provider and endpoint go to QSettings; the credentials only to the SecretStore (the
 * keychain), asynchronously: while they are written the form is disabled and a progress row
 * shows, and the window never waits. Stored secrets are never shown: their fields stay empty and
 * say that a secret is stored; typing a new one replaces it, leaving it empty keeps it. When the
 * store reports that no keychain works (a job kept in memory only, or NoKeychain), the dialog
 * stays open and says the credentials are kept in memory until the app quits. A refusal or
 * another keychain failure is reported and nothing is saved. saved() follows every successful
 * save.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    /** Neither @p store nor @p settings is owned; both must outlive the dialog. */
    SettingsDialog(SecretStore *store, QSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The provider selected in the form ("sandbox", "duffel", "amadeus"). */
    QString selectedProvider() const;
    void selectProvider(const QString &providerId);
    /** The "Search every provider that has credentials at once" box (ProviderSettings::searchAll).
     */
    bool searchesAllProviders() const;
    void setSearchesAllProviders(bool all);
    /** True while credentials are being read, written or removed. */
    bool isBusy() const { return !m_jobs.isEmpty(); }
    /** Whether a secret is known to be stored under @p key (after the initial reads). */
    bool isStored(const QString &key) const { return m_stored.value(key, false); }
    /** True once the keychain proved unavailable and the no-keychain message shows. */
    bool isShowingNoKeychain() const { return m_noKeychain; }
    /** The message shown above the buttons (empty when none). */
    QString message() const;

    /** The sentence shown when no keychain works (for the window's status bar too). */
    static QString noKeychainMessage();

Q_SIGNALS:
    /** The choice was saved to QSettings and its credentials to the store. */
    void saved(const ProviderSettings &settings);
    /** Credentials of @p providerId were removed from the store. */
    void credentialsForgotten(const QString &providerId);

private:
    void populateProviders();
    void readStoredState();
    void onProviderChanged();
    void updateStateLabels();
    void save();
    void forget();
    void track(SecretJob *job, bool writing);
    void onJobFinished(SecretJob *job);
    void finishBatch();
    void setBusy(bool busy, const QString &text = QString());
    void showMessage(const QString &text, bool warning);
    /** An empty string when @p endpoint is acceptable, else the reason. */
    QString endpointProblem(const QString &endpoint) const;

    enum class Batch { None, Reading, Saving, Forgetting };

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QPointer<SecretStore> m_store;
    QSettings *m_settings;
    QList<QPointer<SecretJob>> m_jobs;
    QHash<QString, bool> m_stored;
    QHash<QString, bool> m_inMemory;
    Batch m_batch = Batch::None;
    SecretJob::Status m_worst = SecretJob::Status::Ok;
    bool m_noKeychain = false;
    ProviderSettings m_pending;
};
