// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationTransfer.h"

#include "storage/SessionStore.h"
#include "storage/export/ExportFile.h"
#include "storage/export/SessionCsv.h"
#include "storage/export/SessionImporter.h"
#include "storage/export/SessionJson.h"
#include "util/AsyncTask.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace {
struct WriteResult {
    bool ok = false;
    QString error;
};

QString documentsFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}
} // namespace

ConversationTransfer::ConversationTransfer(QWidget *window, SessionStore *store,
                                           std::function<qint64()> currentSession)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_currentSession(std::move(currentSession))
    , m_exportAction(new QAction(tr("&Export conversation…"), this))
    , m_importAction(new QAction(tr("&Import conversation…"), this)) {
    m_exportAction->setObjectName(QStringLiteral("actionExportConversation"));
    m_importAction->setObjectName(QStringLiteral("actionImportConversation"));
    m_exportAction->setEnabled(store != nullptr);
    m_importAction->setEnabled(store != nullptr);
    connect(m_exportAction, &QAction::triggered, this, &ConversationTransfer::askExport);
    connect(m_importAction, &QAction::triggered, this, &ConversationTransfer::askImport);
}

void ConversationTransfer::showError(QWidget *owner, const QString &title, const QString &text) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, owner);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ConversationTransfer::saveInBackground(QWidget *owner, const QString &path,
                                            std::function<QByteArray()> produce,
                                            std::function<void()> saved) {
    AsyncTask::run(
        owner,
        [path, produce = std::move(produce)]() {
            WriteResult result;
            result.ok = ExportFile::write(path, produce(), &result.error);
            return result;
        },
        [owner, saved = std::move(saved)](const WriteResult &result) {
            if (result.ok)
                saved();
            else
                showError(owner, tr("Not saved"), result.error);
        });
}

void ConversationTransfer::askExport() {
    const qint64 session = m_currentSession ? m_currentSession() : 0;
    if (!m_store || session <= 0) {
        emit statusMessage(tr("There is no saved conversation to export yet."));
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Export conversation"), documentsFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString json = tr("Conversation, to import again (*.json)");
    const QString csv = tr("Offers seen, for a spreadsheet (*.csv)");
    dialog->setNameFilters({json, csv});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("conversation-%1.json").arg(session));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, csv, session](const QString &f) {
        const bool isCsv = f == csv;
        dialog->setDefaultSuffix(isCsv ? QStringLiteral("csv") : QStringLiteral("json"));
        dialog->selectFile(QStringLiteral("conversation-%1.%2")
                               .arg(session)
                               .arg(isCsv ? QStringLiteral("csv") : QStringLiteral("json")));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, csv, session](const QString &path) {
                const bool isCsv = dialog->selectedNameFilter() == csv ||
                                   path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
                exportSessionTo(session, path, isCsv ? Format::Csv : Format::Json);
            });
    dialog->open();
}

void ConversationTransfer::exportSessionTo(qint64 sessionId, const QString &path, Format format) {
    if (!m_store)
        return;
    emit statusMessage(tr("Exporting the conversation…"));
    AsyncTask::whenReady(
        this, m_store->loadSession(sessionId),
        [this, path, format](const SessionTranscript &transcript) {
            if (!transcript.isValid()) {
                showError(m_window, tr("Not exported"), tr("That conversation no longer exists."));
                return;
            }
            saveInBackground(
                m_window, path,
                [transcript, format]() {
                    return format == Format::Csv ? SessionCsv::write(transcript)
                                                 : SessionJson::write(transcript);
                },
                [this, path]() {
                    emit statusMessage(
                        tr("Conversation exported to %1").arg(QDir::toNativeSeparators(path)));
                });
        },
        [this](const QString &) {
            showError(m_window, tr("Not exported"),
                      tr("The conversation could not be read from the history."));
        });
}

void ConversationTransfer::askImport() {
    if (!m_store)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import conversation"), documentsFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Exported conversation (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ConversationTransfer::importFrom);
    dialog->open();
}

void ConversationTransfer::importFrom(const QString &path) {
    if (!m_store)
        return;
    emit statusMessage(tr("Importing the conversation…"));
    AsyncTask::whenReady(
        this, SessionImporter::importFile(m_store, path),
        [this](qint64 sessionId) {
            emit statusMessage(tr("Conversation imported."));
            emit sessionImported(sessionId);
        },
        [this](const QString &error) {
            showError(m_window, tr("Not imported"),
                      tr("The conversation could not be imported; nothing was added to the "
                         "history.\n\n%1")
                          .arg(error));
        });
}
