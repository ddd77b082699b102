// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/** Writing an export (JSON, CSV, .ics) to disk. */
class ExportFile {
public:
    /**
     * Writes @p data to @p path atomically (QSaveFile: a temporary file renamed over the
     * target only once everything was written, so a failure never leaves half a file or
     * destroys an older one). False and a sentence in @p error (in the application's language)
     * when the folder is missing or read-only, the disk is full, or the write fails otherwise.
     * Blocking: call it off the GUI thread.
     */
    static bool write(const QString &path, const QByteArray &data, QString *error);
};
