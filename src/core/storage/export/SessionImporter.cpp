// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionImporter.h"

#include "SessionJson.h"
#include "storage/SessionStore.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace {
qint64 store(SessionStore *store, const SessionTranscript &transcript) {
    // One transaction on the store's thread: all of it or nothing, even across a crash.
    return QFuture<qint64>(store->importSession(transcript)).result(); // rethrows a StoreError
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
