// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "secrets/SecretStore.h"
#include "ui_SettingsDialog.h"
#include "util/CredentialLoader.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace {
/** Orders failures by how much they matter to the person: the worst one is reported. */
int severity(SecretJob::Status status) {
    switch (status) {
    case SecretJob::Status::Pending:
    case SecretJob::Status::Ok:
    case SecretJob::Status::NotFound:
        return 0;
    case SecretJob::Status::Failed:
        return 1;
    case SecretJob::Status::Denied:
        return 2;
    case SecretJob::Status::NoKeychain:
        return 3;
    }
    return 0;
}
} // namespace

SettingsDialog::SettingsDialog(SecretStore *store, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_settings(settings) {
    m_ui->setupUi(this);
    populateProviders();
    m_ui->messageLabel->setVisible(false);
    m_ui->progressRow->setVisible(false);
    m_ui->endpointEdit->setPlaceholderText(tr("For example https://api.example.com"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);

    const ProviderSettings current =
        m_settings ? ProviderSettings::load(*m_settings) : ProviderSettings();
    selectProvider(current.providerId);
    m_ui->endpointEdit->setText(current.endpoint);
    m_ui->searchAllCheck->setChecked(current.searchAll);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onProviderChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &SettingsDialog::forget);
    onProviderChanged();
    readStoredState();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::noKeychainMessage() {
    return tr("No keychain is available on this system: the credentials are kept in memory "
              "until you quit.");
}

void SettingsDialog::populateProviders() {
    m_ui->providerCombo->addItem(tr("Sandbox (offline, no account)"), QStringLiteral("sandbox"));
    m_ui->providerCombo->addItem(tr("Duffel"), QStringLiteral("duffel"));
    m_ui->providerCombo->addItem(tr("Amadeus-compatible"), QStringLiteral("amadeus"));
}

QString SettingsDialog::selectedProvider() const {
    return m_ui->providerCombo->currentData().toString();
}

void SettingsDialog::selectProvider(const QString &providerId) {
    const int index = m_ui->providerCombo->findData(providerId);
    m_ui->providerCombo->setCurrentIndex(index >= 0 ? index : 0);
}

bool SettingsDialog::searchesAllProviders() const {
    return m_ui->searchAllCheck->isChecked();
}

void SettingsDialog::setSearchesAllProviders(bool all) {
    m_ui->searchAllCheck->setChecked(all);
}

QString SettingsDialog::message() const {
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void SettingsDialog::onProviderChanged() {
    const QString id = selectedProvider();
    const bool duffel = id == QLatin1String("duffel");
    const bool amadeus = id == QLatin1String("amadeus");
    m_ui->duffelGroup->setVisible(duffel);
    m_ui->amadeusGroup->setVisible(amadeus);
    m_ui->advancedGroup->setVisible(duffel || amadeus);
    m_ui->forgetButton->setVisible(duffel || amadeus);
    if (duffel)
        m_ui->providerDescription->setText(
            tr("Real offers from Duffel. You need an access token from your Duffel account."));
    else if (amadeus)
        m_ui->providerDescription->setText(
            tr("Offers from an Amadeus-compatible service. You need the client ID and secret "
               "your provider gave you."));
    else
        m_ui->providerDescription->setText(
            tr("Generated fares for trying the app out. Works offline; they cannot be booked."));
    updateStateLabels();
    // Fit the fields now shown (the sandbox needs none), after the layout has settled.
    QTimer::singleShot(0, this, [this] { resize(width(), minimumSizeHint().height()); });
}

void SettingsDialog::updateStateLabels() {
    const auto describe = [this](const QStringList &keys) {
        bool all = true;
        bool any = false;
        bool memory = false;
        for (const QString &key : keys) {
            all = all && isStored(key);
            any = any || isStored(key);
            memory = memory || m_inMemory.value(key, false);
        }
        if (!any)
            return tr("Not set yet.");
        if (memory)
            return all ? tr("Kept in memory until you quit.")
                       : tr("Partly set, kept in memory until you quit.");
        return all ? tr("Stored in the keychain. Type a new value to replace it.")
                   : tr("Partly stored in the keychain: fill in what is missing.");
    };
    m_ui->duffelState->setText(describe({SecretKeys::duffelToken()}));
    m_ui->amadeusState->setText(
        describe({SecretKeys::amadeusClientId(), SecretKeys::amadeusClientSecret()}));
    const QString stored = tr("Stored (hidden)");
    m_ui->duffelTokenEdit->setPlaceholderText(
        isStored(SecretKeys::duffelToken()) ? stored : tr("Paste your access token"));
    m_ui->amadeusClientIdEdit->setPlaceholderText(
        isStored(SecretKeys::amadeusClientId()) ? stored : QString());
    m_ui->amadeusClientSecretEdit->setPlaceholderText(
        isStored(SecretKeys::amadeusClientSecret()) ? stored : QString());
}

void SettingsDialog::readStoredState() {
    if (!m_store)
        return;
    m_batch = Batch::Reading;
    m_worst = SecretJob::Status::Ok;
    setBusy(true, tr("Checking the keychain…"));
    for (const QString &key : {SecretKeys::duffelToken(), SecretKeys::amadeusClientId(),
                               SecretKeys::amadeusClientSecret()})
        track(m_store->read(key), false);
}

void SettingsDialog::track(SecretJob *job, bool writing) {
    Q_UNUSED(writing)
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &SecretJob::finished, this, [this, job] { onJobFinished(job); });
}

void SettingsDialog::onJobFinished(SecretJob *job) {
    job->deleteLater();
    m_jobs.removeAll(job);
    const SecretJob::Status status = job->status();
    if (severity(status) > severity(m_worst))
        m_worst = status;
    if (job->isInMemoryOnly())
        m_noKeychain = true;
    const QString key = job->key();
    if (status == SecretJob::Status::Ok || status == SecretJob::Status::NotFound) {
        switch (job->operation()) {
        case SecretJob::Operation::Read:
            // Only whether it is there: the value itself is never kept nor shown.
            m_stored.insert(key, status == SecretJob::Status::Ok && !job->value().isEmpty());
            break;
        case SecretJob::Operation::Write:
            m_stored.insert(key, true);
            break;
        case SecretJob::Operation::Remove:
            m_stored.insert(key, false);
            break;
        }
        m_inMemory.insert(key, job->isInMemoryOnly());
    }
    if (m_jobs.isEmpty())
        finishBatch();
}

void SettingsDialog::finishBatch() {
    const Batch batch = std::exchange(m_batch, Batch::None);
    setBusy(false);
    if (m_worst == SecretJob::Status::NoKeychain)
        m_noKeychain = true;
    updateStateLabels();

    if (batch == Batch::Reading) {
        if (m_noKeychain)
            showMessage(noKeychainMessage(), true);
        return;
    }
    if (batch == Batch::Forgetting) {
        if (severity(m_worst) > 0 && !m_noKeychain)
            showMessage(tr("The keychain could not remove the credentials. Try again, or remove "
                           "them with your system's password manager."),
                        true);
        else
            showMessage(tr("The credentials were forgotten."), false);
        Q_EMIT credentialsForgotten(selectedProvider());
        return;
    }
    // Saving.
    if (m_worst == SecretJob::Status::Denied) {
        showMessage(tr("Access to the keychain was refused, so nothing was saved. Save again "
                       "and allow access when the system asks."),
                    true);
        return;
    }
    if (m_worst == SecretJob::Status::Failed) {
        showMessage(tr("The keychain could not save the credentials, so nothing was saved. "
                       "Check that your keychain is unlocked and try again."),
                    true);
        return;
    }
    if (m_settings)
        m_pending.save(*m_settings);
    m_ui->duffelTokenEdit->clear();
    m_ui->amadeusClientIdEdit->clear();
    m_ui->amadeusClientSecretEdit->clear();
    Q_EMIT saved(m_pending);
    if (m_noKeychain) {
        // Stay open: the person must read this. Cancel becomes Close; saving again is fine.
        showMessage(noKeychainMessage(), true);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    accept();
}

void SettingsDialog::save() {
    if (isBusy())
        return;
    ProviderSettings chosen;
    chosen.providerId = selectedProvider();
    chosen.searchAll = m_ui->searchAllCheck->isChecked();
    const QString token = m_ui->duffelTokenEdit->text().trimmed();
    const QString clientId = m_ui->amadeusClientIdEdit->text().trimmed();
    const QString clientSecret = m_ui->amadeusClientSecretEdit->text().trimmed();
    QList<QPair<QString, QString>> writes;
    if (chosen.providerId == QLatin1String("duffel")) {
        if (token.isEmpty() && !isStored(SecretKeys::duffelToken())) {
            showMessage(tr("Enter your Duffel access token, or choose the sandbox."), true);
            m_ui->duffelTokenEdit->setFocus();
            return;
        }
        if (!token.isEmpty())
            writes.append({SecretKeys::duffelToken(), token});
    } else if (chosen.providerId == QLatin1String("amadeus")) {
        if ((clientId.isEmpty() && !isStored(SecretKeys::amadeusClientId())) ||
            (clientSecret.isEmpty() && !isStored(SecretKeys::amadeusClientSecret()))) {
            showMessage(tr("Enter both the client ID and the client secret, or choose the "
                           "sandbox."),
                        true);
            (clientId.isEmpty() ? m_ui->amadeusClientIdEdit : m_ui->amadeusClientSecretEdit)
                ->setFocus();
            return;
        }
        if (!clientId.isEmpty())
            writes.append({SecretKeys::amadeusClientId(), clientId});
        if (!clientSecret.isEmpty())
            writes.append({SecretKeys::amadeusClientSecret(), clientSecret});
    }
    if (chosen.providerId != QLatin1String("sandbox")) {
        chosen.endpoint = m_ui->endpointEdit->text().trimmed();
        const QString problem = endpointProblem(chosen.endpoint);
        if (!problem.isEmpty()) {
            showMessage(problem, true);
            m_ui->endpointEdit->setFocus();
            return;
        }
    }
    m_pending = chosen;
    m_worst = SecretJob::Status::Ok;
    if (writes.isEmpty() || !m_store) {
        m_batch = Batch::Saving;
        finishBatch();
        return;
    }
    m_batch = Batch::Saving;
    setBusy(true, tr("Saving to the keychain…"));
    for (const auto &write : writes)
        track(m_store->write(write.first, write.second), true);
}

void SettingsDialog::forget() {
    if (isBusy() || !m_store)
        return;
    const QStringList keys = CredentialLoader::keysFor(selectedProvider());
    if (keys.isEmpty())
        return;
    m_batch = Batch::Forgetting;
    m_worst = SecretJob::Status::Ok;
    setBusy(true, tr("Removing from the keychain…"));
    for (const QString &key : keys)
        track(m_store->remove(key), false);
}

void SettingsDialog::setBusy(bool busy, const QString &text) {
    m_ui->progressRow->setVisible(busy);
    m_ui->progressLabel->setText(text);
    m_ui->providerCombo->setEnabled(!busy);
    m_ui->duffelGroup->setEnabled(!busy);
    m_ui->amadeusGroup->setEnabled(!busy);
    m_ui->advancedGroup->setEnabled(!busy);
    m_ui->forgetButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy)
        m_ui->messageLabel->setVisible(false);
}

void SettingsDialog::showMessage(const QString &text, bool warning) {
    m_ui->messageLabel->setText(text);
    QPalette palette = this->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x30, 0x00));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString SettingsDialog::endpointProblem(const QString &endpoint) const {
    if (endpoint.isEmpty())
        return QString();
    const QUrl url(endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("The endpoint must be a web address such as https://api.example.com.");
    const QString host = url.host().toLower();
    const bool loopback = host == QLatin1String("localhost") ||
                          host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
    // Credentials never travel unencrypted, except to a sandbox on this computer.
    if (scheme == QLatin1String("http") && !loopback)
        return tr("The endpoint must use https:// (plain http:// is only allowed for a sandbox "
                  "on this computer).");
    return QString();
}
