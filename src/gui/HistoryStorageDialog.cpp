// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStorageDialog.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/SessionStore.h"
#include "ui_HistoryStorageDialog.h"
#include "util/AsyncTask.h"
#include "util/HistorySettings.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

HistoryStorageDialog::HistoryStorageDialog(SecretStore *secrets, QSettings *settings,
                                           const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryStorageDialog>())
    , m_secrets(secrets)
    , m_settings(settings)
    , m_dataDir(dataDir) {
    m_ui->setupUi(this);
    m_ui->messageLabel->setVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    m_ui->hostEdit->setPlaceholderText(tr("For example db.example.com"));
    m_ui->databaseEdit->setPlaceholderText(tr("For example booking_history"));
    m_ui->sslCombo->addItem(tr("If the server offers it (default)"), QString());
    m_ui->sslCombo->addItem(tr("Never"), QStringLiteral("disable"));
    m_ui->sslCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Required, with a trusted certificate"),
                            QStringLiteral("verify-ca"));
    m_ui->sslCombo->addItem(tr("Required, with a trusted certificate for this host name"),
                            QStringLiteral("verify-full"));

    m_loaded = m_settings ? HistorySettings::load(*m_settings, dataDir)
                          : HistoryConnection::sqlite(SessionStore::databasePathFor(dataDir));
    m_ui->localDescription->setText(tr("The history is kept in %1, for this computer's user only.")
                                        .arg(SessionStore::databasePathFor(dataDir)));
    setConnection(m_loaded);

    connect(m_ui->localRadio, &QRadioButton::toggled, this,
            &HistoryStorageDialog::onBackendChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &HistoryStorageDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HistoryStorageDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onBackendChanged();
    readStoredPassword();
}

HistoryStorageDialog::~HistoryStorageDialog() = default;

HistoryConnection HistoryStorageDialog::connection() const {
    if (m_ui->localRadio->isChecked())
        return HistoryConnection::sqlite(SessionStore::databasePathFor(m_dataDir));
    HistoryConnection result = HistoryConnection::postgreSql(
        m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
        m_ui->databaseEdit->text().trimmed(), m_ui->userEdit->text().trimmed());
    result.sqlitePath = SessionStore::databasePathFor(m_dataDir);
    result.sslMode = m_ui->sslCombo->currentData().toString();
    result.password = m_ui->passwordEdit->text();
    // Left empty: the stored password, if it belongs to these same settings.
    if (result.password.isEmpty() && result.secretKey() == m_loaded.secretKey() &&
        m_loaded.isPostgreSql())
        result.password = m_storedPassword;
    return result;
}

void HistoryStorageDialog::setConnection(const HistoryConnection &connection) {
    m_ui->serverRadio->setChecked(connection.isPostgreSql());
    m_ui->localRadio->setChecked(!connection.isPostgreSql());
    m_ui->hostEdit->setText(connection.host);
    m_ui->portSpin->setValue(connection.port > 0 ? connection.port
                                                 : HistoryConnection::DefaultPort);
    m_ui->databaseEdit->setText(connection.database);
    m_ui->userEdit->setText(connection.user);
    m_ui->passwordEdit->setText(connection.password);
    const int ssl = m_ui->sslCombo->findData(connection.sslMode);
    m_ui->sslCombo->setCurrentIndex(ssl >= 0 ? ssl : 0);
    onBackendChanged();
}

QString HistoryStorageDialog::testResult() const {
    return m_testing ? QString() : m_ui->resultLabel->text();
}

QString HistoryStorageDialog::message() const {
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void HistoryStorageDialog::onBackendChanged() {
    const bool server = m_ui->serverRadio->isChecked();
    m_ui->serverGroup->setEnabled(server && !isBusy());
    m_ui->resultLabel->clear();
    ++m_testGeneration; // an answer for the other choice is no longer shown
    m_testing = false;
    m_ui->testButton->setEnabled(!isBusy());
}

void HistoryStorageDialog::readStoredPassword() {
    if (!m_secrets || !m_loaded.isPostgreSql() || m_loaded.secretKey().isEmpty())
        return;
    SecretJob *job = m_secrets->read(m_loaded.secretKey());
    job->setParent(this);
    m_job = job;
    setBusy(true);
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        setBusy(false);
        if (job->isOk() && !job->value().isEmpty()) {
            m_storedPassword = job->value();
            m_ui->passwordEdit->setPlaceholderText(
                tr("A password is stored in the keychain; type to replace it"));
        } else if (job->status() != SecretJob::Status::NotFound) {
            showMessage(tr("The stored password could not be read from the keychain."), true);
        }
    });
}

void HistoryStorageDialog::testConnection() {
    const HistoryConnection candidate = connection();
    const QString problem = candidate.problem();
    if (!problem.isEmpty()) {
        m_ui->resultLabel->setText(problem);
        return;
    }
    const int generation = ++m_testGeneration;
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Testing the connection…"));
    AsyncTask::run(
        this, [candidate] { return HistoryServerProbe::probe(candidate); },
        [this, generation](const HistoryProbeResult &result) { onTested(generation, result); });
}

void HistoryStorageDialog::onTested(int generation, const HistoryProbeResult &result) {
    if (generation != m_testGeneration)
        return; // the form changed meanwhile: that answer is stale
    m_testing = false;
    m_ui->testButton->setEnabled(!isBusy());
    m_ui->resultLabel->setText(result.message);
    Q_EMIT tested(result);
}

void HistoryStorageDialog::save() {
    if (isBusy())
        return;
    const HistoryConnection chosen = connection();
    const QString problem = chosen.problem();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const QString typed = m_ui->passwordEdit->text();
    if (!chosen.isPostgreSql() || typed.isEmpty()) {
        finishSave(chosen);
        return;
    }
    if (!m_secrets) {
        showMessage(tr("The password cannot be stored: no keychain is available."), true);
        return;
    }
    SecretJob *job = m_secrets->write(chosen.secretKey(), typed);
    job->setParent(this);
    m_job = job;
    setBusy(true);
    connect(job, &SecretJob::finished, this, [this, job, chosen] {
        job->deleteLater();
        m_job = nullptr;
        setBusy(false);
        if (!job->isOk()) {
            showMessage(job->status() == SecretJob::Status::Denied
                            ? tr("The keychain refused to store the password; nothing was saved.")
                            : tr("The password could not be stored in the keychain; nothing was "
                                 "saved."),
                        true);
            return;
        }
        if (job->isInMemoryOnly()) {
            auto *box = new QMessageBox(
                QMessageBox::Information, windowTitle(),
                tr("No keychain is available on this system: the password is kept in memory "
                   "only, until you quit."),
                QMessageBox::Ok, parentWidget());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        finishSave(chosen);
    });
}

void HistoryStorageDialog::finishSave(const HistoryConnection &connection) {
    if (m_settings)
        HistorySettings::save(*m_settings, connection);
    HistoryConnection withoutPassword = connection;
    withoutPassword.password.clear();
    Q_EMIT saved(withoutPassword);
    accept();
}

void HistoryStorageDialog::setBusy(bool busy) {
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->localRadio->setEnabled(!busy);
    m_ui->serverRadio->setEnabled(!busy);
    m_ui->serverGroup->setEnabled(!busy && m_ui->serverRadio->isChecked());
    m_ui->testButton->setEnabled(!busy && !m_testing);
}

void HistoryStorageDialog::showMessage(const QString &text, bool warning) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, warning ? QColor(0xb0, 0x20, 0x20)
                                                   : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
}

void HistoryStorageDialog::askToRestart(QWidget *parent) {
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("History Storage"),
        tr("The new history storage is used once Booking Assistant restarts. Restart now?"),
        QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(restart);
    connect(restart, &QPushButton::clicked, box, [] {
        // The same program with the same arguments (e.g. --data-dir), then this one quits,
        // which finishes the queued history writes first (SessionStore's destructor).
        QStringList arguments = QCoreApplication::arguments();
        if (!arguments.isEmpty())
            arguments.removeFirst();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        QCoreApplication::quit();
    });
    box->open();
}
