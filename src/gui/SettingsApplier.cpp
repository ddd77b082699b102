// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsApplier.h"

#include "ChatWindow.h"
#include "DiagnosticsDialog.h"
#include "SettingsDialog.h"
#include "assistant/ChatController.h"
#include "diagnostics/HealthCheck.h"
#include "diagnostics/LatencyRecorder.h"
#include "diagnostics/LoggingCategories.h"
#include "providers/ProviderFactory.h"
#include "providers/sandbox/SandboxProvider.h"
#include "secrets/SecretStore.h"
#include "storage/SessionStore.h"
#include "util/CredentialLoader.h"
#include "util/NetworkAccess.h"

#include <QNetworkAccessManager>
#include <QSettings>

SettingsApplier::SettingsApplier(SecretStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_network(NetworkAccess::forCurrentThread())
    , m_latency(new LatencyRecorder(100, this))
    , m_loader(std::make_unique<CredentialLoader>(store)) {
    auto sandbox = std::make_unique<SandboxProvider>();
    // Feel like a real search (300-600 ms, the same for the same request) so the busy state shows.
    sandbox->setLatencyMs(SandboxProvider::RealisticLatency);
    m_sandbox = std::move(sandbox);
    m_current = m_sandbox.get();
    m_statusText = tr("Sandbox");
    connect(m_loader.get(), &CredentialLoader::finished, this,
            &SettingsApplier::onCredentialsLoaded);
}

SettingsApplier::~SettingsApplier() {
    if (m_controller)
        m_controller->setProvider(nullptr);
    m_loader.reset();
}

QString SettingsApplier::activeProviderId() const {
    return m_current ? m_current->id() : QString();
}

bool SettingsApplier::isLoading() const {
    return m_loader->isLoading();
}

void SettingsApplier::setInstantSandbox(bool instant) {
    static_cast<SandboxProvider *>(m_sandbox.get())
        ->setLatencyMs(instant ? 0 : SandboxProvider::RealisticLatency);
}

void SettingsApplier::attach(ChatController *controller, ChatWindow *window) {
    m_controller = controller;
    m_window = window;
    if (m_controller)
        m_controller->setProvider(m_current);
    if (m_window) {
        connect(m_window, &ChatWindow::settingsRequested, this, &SettingsApplier::openSettings);
        connect(m_window, &ChatWindow::diagnosticsRequested, this,
                &SettingsApplier::openDiagnostics);
        m_window->setProviderName(m_statusText);
    }
}

QString SettingsApplier::displayName(const QString &providerId) {
    if (providerId == QLatin1String("duffel"))
        return tr("Duffel");
    if (providerId == QLatin1String("amadeus"))
        return tr("Amadeus-compatible");
    return tr("Sandbox");
}

void SettingsApplier::apply() {
    m_settingsInUse = m_settings ? ProviderSettings::load(*m_settings) : ProviderSettings();
    const QString id = m_settingsInUse.providerId;
    if (id == QLatin1String("sandbox")) {
        useSandbox(tr("Sandbox"));
        Q_EMIT applied();
        return;
    }
    // Until the credentials are there, searches keep going to the sandbox.
    useSandbox(tr("Sandbox (loading your %1 credentials…)").arg(displayName(id)));
    m_loader->load(id);
}

void SettingsApplier::onCredentialsLoaded() {
    const QString id = m_loader->providerId();
    const QString name = displayName(id);
    const bool noKeychain = m_loader->keychainStatus() == SecretJob::Status::NoKeychain;
    if (!m_loader->isComplete()) {
        useSandbox(noKeychain
                       ? tr("Sandbox (no keychain available: enter your %1 credentials in "
                            "Settings; they are kept until you quit)")
                             .arg(name)
                       : tr("Sandbox (no %1 credentials yet: enter them in Settings)").arg(name));
        Q_EMIT applied();
        return;
    }
    QString error;
    std::unique_ptr<FlightProvider> provider = ProviderFactory::create(
        id, m_settingsInUse.endpoint, m_today, m_loader->credentials(), &error, m_network);
    if (!provider) {
        qCWarning(lcGui).noquote() << "provider" << id << "not started:" << error;
        useSandbox(
            tr("Sandbox (%1 could not be started: check the endpoint in Settings)").arg(name));
        Q_EMIT applied();
        return;
    }
    bool inMemory = false;
    for (const QString &key : CredentialLoader::keysFor(id))
        inMemory = inMemory ||
                   (noKeychain && m_loader->sourceOf(key) == CredentialLoader::Source::Keychain);
    use(std::move(provider),
        inMemory ? tr("%1 (credentials kept in memory until you quit)").arg(name) : name);
    Q_EMIT applied();
}

void SettingsApplier::useSandbox(const QString &statusText) {
    if (m_current != m_sandbox.get()) {
        m_current = m_sandbox.get();
        if (m_controller)
            m_controller->setProvider(m_current);
        m_latency->clear();
        m_latency->attach(nullptr);
        Q_EMIT providerChanged(m_current->id());
    }
    if (m_chosen)
        m_retired.push_back(std::move(m_chosen));
    setStatus(statusText);
}

void SettingsApplier::use(std::unique_ptr<FlightProvider> provider, const QString &statusText) {
    if (m_chosen)
        m_retired.push_back(std::move(m_chosen)); // a running search may still use it
    m_chosen = std::move(provider);
    m_current = m_chosen.get();
    if (m_controller)
        m_controller->setProvider(m_current);
    m_latency->clear();
    m_latency->attach(m_current);
    qCInfo(lcGui).noquote() << "searching with" << m_current->id();
    Q_EMIT providerChanged(m_current->id());
    setStatus(statusText);
}

void SettingsApplier::setStatus(const QString &text) {
    m_statusText = text;
    if (m_window)
        m_window->setProviderName(text);
}

void SettingsApplier::openSettings() {
    auto *dialog = new SettingsDialog(m_store, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this] { apply(); });
    connect(dialog, &SettingsDialog::credentialsForgotten, this, [this] { apply(); });
    dialog->open();
}

void SettingsApplier::openDiagnostics() {
    auto *check = new HealthCheck;
    check->setProvider(m_current);
    check->setSecretStore(m_store);
    if (m_window && !m_window->historyLocation().isEmpty())
        check->setDatabasePath(m_window->historyLocation());
    if (m_today)
        check->setToday(m_today);
    auto *dialog = new DiagnosticsDialog(check, m_latency, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A provider switched while the dialog is open is the one the next Refresh checks.
    connect(this, &SettingsApplier::providerChanged, check,
            [this, check] { check->setProvider(m_current); });
    dialog->open();
}
