// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ProviderSettings.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class ChatController;
class ChatWindow;
class CredentialLoader;
class FlightProvider;
class LatencyRecorder;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

/**
 * Puts the saved settings to work in the app: reads the chosen provider from QSettings, loads
 * its credentials from the SecretStore (and the environment) asynchronously, builds it with
 * ProviderFactory and switches the ChatController to it. Until the credentials are loaded, or
 * when they are missing or the provider cannot be built, the in-process sandbox serves, and the
 * window's status bar says so. It also opens the SettingsDialog and applies what it saves.
 *
 * Providers that were replaced stay alive until the applier is destroyed, so a search still
 * running on one finishes normally. All HTTP providers share this thread's
 * QNetworkAccessManager (NetworkAccess). The latencies of the active provider's HTTP calls are
 * kept in latencyRecorder() for Help > Diagnostics…, which the applier opens.
 *
 * With ProviderSettings::searchAll, the credentials of every HTTP provider are loaded at once
 * and the controller searches each ready provider in parallel (ChatController::setProviders),
 * merging their offers; the status bar names them all.
 */
class SettingsApplier : public QObject {
    Q_OBJECT

public:
    /** @p store and @p settings are not owned and must outlive the applier. */
    SettingsApplier(SecretStore *store, QSettings *settings, QObject *parent = nullptr);
    ~SettingsApplier() override;

    /** The provider to search with now; never null (the sandbox until another one is ready).
     * When several are searched at once, the first of providers(). */
    FlightProvider *provider() const { return m_current; }
    /**
     * Every provider searched now: provider() alone, or, with "Search every provider that has
     * credentials at once" (ProviderSettings::searchAll), each provider whose credentials are
     * ready (the sandbox too when it is the chosen provider or when no other one is ready).
     */
    QList<FlightProvider *> providers() const;
    /** Its id: "sandbox" until the chosen provider is ready. */
    QString activeProviderId() const;
    /** What the status bar shows as the provider. */
    QString statusText() const { return m_statusText; }
    /** True while credentials are being loaded. */
    bool isLoading() const;
    /** The recent HTTP latencies of the active provider (empty for the sandbox). */
    LatencyRecorder *latencyRecorder() const { return m_latency; }

    /** The clock handed to providers (validation and pricing); the current date by default. */
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    /** Makes the sandbox answer at once instead of with a realistic delay (tests). */
    void setInstantSandbox(bool instant);
    /** The controller to switch and the window to report to; neither is owned. */
    void attach(ChatController *controller, ChatWindow *window);

public Q_SLOTS:
    /** Reads the saved choice and starts loading its credentials; returns at once. */
    void apply();
    /** Opens the settings dialog over the window (without blocking); a save is applied. */
    void openSettings();
    /** Opens the diagnostics dialog over the window (without blocking) and runs its checks. */
    void openDiagnostics();

Q_SIGNALS:
    /** The provider used for searches changed (its id). */
    void providerChanged(const QString &providerId);
    /** apply() is done: the chosen provider is in use, or the sandbox with a reason. */
    void applied();

private:
    void onCredentialsLoaded();
    void applyAll();
    void onAllCredentialsLoaded();
    /** Switches the controller to every provider in m_chosen and m_more (plus the sandbox when
     * @p withSandbox). */
    void useSeveral(bool withSandbox, const QString &statusText);
    void retireChosen();
    void useSandbox(const QString &statusText);
    void use(std::unique_ptr<FlightProvider> provider, const QString &statusText);
    void setStatus(const QString &text);
    static QString displayName(const QString &providerId);

    QPointer<SecretStore> m_store;
    QSettings *m_settings;
    QNetworkAccessManager *m_network; ///< this thread's (NetworkAccess): outlives the providers
    LatencyRecorder *m_latency;
    std::unique_ptr<FlightProvider> m_sandbox;
    std::unique_ptr<FlightProvider> m_chosen;
    std::vector<std::unique_ptr<FlightProvider>> m_more; ///< searched with m_chosen (searchAll)
    QList<FlightProvider *> m_active;                    ///< what the controller searches
    std::vector<std::unique_ptr<CredentialLoader>> m_allLoaders; ///< searchAll: one a provider
    std::vector<std::unique_ptr<FlightProvider>> m_retired;
    FlightProvider *m_current = nullptr;
    std::unique_ptr<CredentialLoader> m_loader;
    QPointer<ChatController> m_controller;
    QPointer<ChatWindow> m_window;
    std::function<QDate()> m_today;
    ProviderSettings m_settingsInUse;
    QString m_statusText;
};
