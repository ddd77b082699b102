// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

bool ExportFile::write(const QString &path, const QByteArray &data, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!info.absoluteDir().exists())
        return fail(
            QCoreApplication::translate("ExportFile", "The folder %1 does not exist.").arg(folder));
    if (info.isDir())
        return fail(QCoreApplication::translate("ExportFile", "%1 is a folder; choose a file name.")
                        .arg(QDir::toNativeSeparators(path)));
    auto diskFull = [&]() {
        const QStorageInfo storage(info.absolutePath());
        return storage.isValid() && storage.bytesAvailable() >= 0 &&
               storage.bytesAvailable() < data.size() + 4096;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(QCoreApplication::translate(
                            "ExportFile", "The folder %1 is read-only: choose another folder.")
                            .arg(folder));
        return fail(QCoreApplication::translate("ExportFile", "%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        if (diskFull())
            return fail(QCoreApplication::translate(
                            "ExportFile",
                            "The disk is full: %1 was not written. Free some space and try again.")
                            .arg(QDir::toNativeSeparators(path)));
        return fail(QCoreApplication::translate("ExportFile", "%1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), why));
    }
    return true;
}
