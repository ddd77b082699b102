// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QElapsedTimer>

SandboxProcess::~SandboxProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool SandboxProcess::start(const QString &cli, const QStringList &options) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(
        cli, QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")} +
                 options);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(cli, m_process.errorString());
        return false;
    }
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    // Bounded: the sandbox loads its tables first (well under a second here); give it 60 s.
    while (!line.contains('\n') && clock.elapsed() < 60000 &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(1000);
        line += m_process.readAllStandardOutput();
    }
    const QByteArray first = line.left(line.indexOf('\n')).trimmed();
    const QByteArray prefix = "listening on ";
    if (!first.startsWith(prefix)) {
        m_error = QStringLiteral("%1 sandbox did not print its address (got \"%2\")")
                      .arg(cli, QString::fromUtf8(first));
        return false;
    }
    m_endpoint = QUrl(QString::fromUtf8(first.mid(prefix.size())));
    return m_endpoint.isValid();
}
