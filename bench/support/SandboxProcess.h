// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * `booking-cli sandbox --port 0 ...` as a child process of a benchmark: started, its endpoint
 * read from the first stdout line ("listening on http://127.0.0.1:PORT"), stopped with SIGTERM
 * when this object dies.
 */
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /** Starts @p cli with "sandbox --port 0" and @p options; false with error() on failure. */
    bool start(const QString &cli, const QStringList &options);
    QUrl endpoint() const { return m_endpoint; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_endpoint;
    QString m_error;
};
