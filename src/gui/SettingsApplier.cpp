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

#include <algorithm>

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
    m_active = {m_current};
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
    return m_loader->isLoading() ||
           std::any_of(m_allLoaders.cbegin(), m_allLoaders.cend(),
                       [](const auto &loader) { return loader->isLoading(); });
}

QList<FlightProvider *> SettingsApplier::providers() const {
    return m_active;
}

void SettingsApplier::setInstantSandbox(bool instant) {
    static_cast<SandboxProvider *>(m_sandbox.get())
        ->setLatencyMs(instant ? 0 : SandboxProvider::RealisticLatency);
}

void SettingsApplier::attach(ChatController *controller, ChatWindow *window) {
    m_controller = controller;
    m_window = window;
    if (m_controller)
        m_controller->setProviders(m_active);
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
    m_allLoaders.clear(); // a load of every provider still running is abandoned
    if (m_settingsInUse.searchAll) {
        applyAll();
        return;
    }
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
    if (m_settingsInUse.searchAll)
        return; // a load from before the switch to every provider
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

void SettingsApplier::applyAll() {
    useSandbox(tr("Sandbox (loading the credentials of every provider…)"));
    for (const QString &id : ProviderSettings::knownProviders()) {
        if (CredentialLoader::keysFor(id).isEmpty())
            continue; // the sandbox needs none
        auto loader = std::make_unique<CredentialLoader>(m_store);
        connect(loader.get(), &CredentialLoader::finished, this,
                &SettingsApplier::onAllCredentialsLoaded);
        loader->load(id);
        m_allLoaders.push_back(std::move(loader));
    }
    if (m_allLoaders.empty())
        onAllCredentialsLoaded();
}

void SettingsApplier::onAllCredentialsLoaded() {
    if (isLoading())
        return; // the others are still loading
    retireChosen();
    QStringList names;
    for (const auto &loader : m_allLoaders) {
        if (!loader->isComplete())
            continue;
        const QString id = loader->providerId();
        // The endpoint belongs to the chosen provider; the others use their own address.
        const QString endpoint =
            id == m_settingsInUse.providerId ? m_settingsInUse.endpoint : QString();
        QString error;
        std::unique_ptr<FlightProvider> provider = ProviderFactory::create(
            id, endpoint, m_today, loader->credentials(), &error, m_network);
        if (!provider) {
            qCWarning(lcGui).noquote() << "provider" << id << "not started:" << error;
            continue;
        }
        names.append(displayName(id));
        if (!m_chosen)
            m_chosen = std::move(provider);
        else
            m_more.push_back(std::move(provider));
    }
    // Called from one of them: free them from the event loop.
    for (auto &loader : m_allLoaders)
        loader.release()->deleteLater();
    m_allLoaders.clear();
    if (!m_chosen) {
        useSandbox(tr("Sandbox (no other provider has credentials yet: enter them in Settings)"));
        Q_EMIT applied();
        return;
    }
    const bool withSandbox = m_settingsInUse.providerId == QLatin1String("sandbox");
    if (withSandbox)
        names.append(tr("Sandbox"));
    useSeveral(withSandbox, names.join(QStringLiteral(" + ")));
    Q_EMIT applied();
}

void SettingsApplier::useSeveral(bool withSandbox, const QString &statusText) {
    m_current = m_chosen.get();
    m_active = {m_current};
    for (const auto &provider : m_more)
        m_active.append(provider.get());
    if (withSandbox)
        m_active.append(m_sandbox.get());
    if (m_controller)
        m_controller->setProviders(m_active);
    m_latency->clear();
    m_latency->attach(m_current);
    qCInfo(lcGui).noquote() << "searching with" << m_active.size() << "providers at once";
    Q_EMIT providerChanged(m_current->id());
    setStatus(statusText);
}

void SettingsApplier::retireChosen() {
    // A running search may still use them: they live until the applier goes.
    if (m_chosen)
        m_retired.push_back(std::move(m_chosen));
    for (auto &provider : m_more)
        m_retired.push_back(std::move(provider));
    m_more.clear();
}

void SettingsApplier::useSandbox(const QString &statusText) {
    const bool changed = m_current != m_sandbox.get();
    m_current = m_sandbox.get();
    m_active = {m_current};
    if (m_controller)
        m_controller->setProviders(m_active);
    if (changed) {
        m_latency->clear();
        m_latency->attach(nullptr);
        Q_EMIT providerChanged(m_current->id());
    }
    retireChosen();
    setStatus(statusText);
}

void SettingsApplier::use(std::unique_ptr<FlightProvider> provider, const QString &statusText) {
    retireChosen(); // a running search may still use it
    m_chosen = std::move(provider);
    m_current = m_chosen.get();
    m_active = {m_current};
    if (m_controller)
        m_controller->setProviders(m_active);
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
