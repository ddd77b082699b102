// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionImporter.h"

#include "SessionJson.h"
#include "diagnostics/LoggingCategories.h"
#include "storage/SessionStore.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace {
qint64 store(SessionStore *store, const SessionTranscript &transcript) {
    const SessionSummary &s = transcript.summary;
    const QFuture<qint64> session = store->createSession(s.title, s.source, s.createdAt);
    // Queued back to back, behind the session's creation: no waiting between them.
    QList<QFuture<qint64>> writes;
    for (const ChatMessage &m : transcript.messages) {
        ChatMessage message = m;
        message.id = 0;
        writes.append(store->appendMessage(session, message, transcript.offersByMessage.value(m.id),
                                           m.timestamp));
    }
    const qint64 sessionId = QFuture<qint64>(session).result(); // rethrows a StoreError
    try {
        for (QFuture<qint64> &write : writes)
            write.waitForFinished();
        const QList<FlightOffer> sessionOffers = transcript.offersByMessage.value(0);
        if (!sessionOffers.isEmpty())
            store->recordOffers(sessionId, 0, sessionOffers, s.updatedAt).waitForFinished();
    } catch (...) {
        qCWarning(lcDb) << "import failed; removing the partly imported session" << sessionId;
        try {
            store->deleteSession(sessionId).waitForFinished();
        } catch (const QException &error) {
            qCWarning(lcDb) << "could not remove the partly imported session:" << error.what();
        }
        throw;
    }
    return sessionId;
}

} // namespace

SessionTranscript SessionImporter::readFile(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(
            QCoreApplication::translate("SessionImporter", "The file %1 does not exist.")
                .arg(path));
    if (info.isDir())
        throw StoreError(QCoreApplication::translate("SessionImporter",
                                                     "%1 is a folder, not a conversation file.")
                             .arg(path));
    if (info.size() > SessionJson::MaxFileSize)
        throw StoreError(QCoreApplication::translate(
                             "SessionImporter",
                             "The file %1 is larger than %2 MiB, too large for a conversation.")
                             .arg(path)
                             .arg(SessionJson::MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            QCoreApplication::translate("SessionImporter", "The file %1 cannot be read: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.read(SessionJson::MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        throw StoreError(
            QCoreApplication::translate("SessionImporter", "The file %1 cannot be read: %2")
                .arg(path, file.errorString()));
    QString error;
    const std::optional<SessionTranscript> transcript = SessionJson::read(bytes, &error);
    if (!transcript)
        throw StoreError(error);
    return *transcript;
}

QFuture<qint64> SessionImporter::import(SessionStore *target, const SessionTranscript &transcript) {
    return QtConcurrent::run([target, transcript]() { return store(target, transcript); });
}

QFuture<qint64> SessionImporter::importFile(SessionStore *target, const QString &path) {
    return QtConcurrent::run([target, path]() { return store(target, readFile(path)); });
}

qint64 SessionImporter::importNow(SessionStore *target, const SessionTranscript &transcript) {
    return store(target, transcript);
}
