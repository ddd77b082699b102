// SPDX-License-Identifier: GPL-3.0-or-later
#include "NlpPeers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

namespace {
QString scriptPath() {
    return QStringLiteral(BOOKING_BENCH_DIR "/peers/nlp_peers.py");
}

QStringList toStringList(const QJsonValue &value) {
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}
} // namespace

NlpPeers::Report NlpPeers::run(const QList<BenchMessage> &messages, int rounds) {
    Report report;
    report.missing = {QStringLiteral("python3")};
    // Probe every interpreter; keep the first with everything, else the one missing the fewest.
    for (const QString &python : interpreters()) {
        QString error;
        const QJsonObject probe =
            runScript(python, {QStringLiteral("--probe")}, QByteArray(), 60'000, &error);
        if (!error.isEmpty())
            continue;
        const QStringList missing = toStringList(probe.value(QStringLiteral("missing")));
        if (report.interpreter.isEmpty() || missing.size() < report.missing.size()) {
            report.interpreter = python;
            report.missing = missing;
        }
        if (missing.isEmpty())
            break;
    }
    if (report.interpreter.isEmpty()) {
        report.error = QStringLiteral("no python3 interpreter found");
        return report;
    }
    const QStringList args = {QStringLiteral("--rounds"), QString::number(rounds)};
    report.json =
        runScript(report.interpreter, args, messagesJson(messages), 30 * 60'000, &report.error);
    return report;
}

QStringList NlpPeers::interpreters() {
    QStringList list;
    const QString fromEnv = qEnvironmentVariable("BOOKING_PYTHON");
    if (!fromEnv.isEmpty())
        list.append(fromEnv);
    const QString system = QStringLiteral("/usr/bin/python3");
    if (QFileInfo(system).isExecutable())
        list.append(system);
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty() && !list.contains(onPath))
        list.append(onPath);
    return list;
}

QJsonObject NlpPeers::runScript(const QString &python, const QStringList &args,
                                const QByteArray &input, int timeoutMs, QString *error) {
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(python, QStringList{QStringLiteral("-u"), scriptPath()} + args);
    if (!process.waitForStarted(10'000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(python, process.errorString());
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    QByteArray errors;
    // Relay the script's progress lines while it runs (stderr), keep stdout for the JSON.
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(1000);
        const QByteArray chunk = process.readAllStandardError();
        errors += chunk;
        if (!args.contains(QStringLiteral("--probe")))
            std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 timed out after %2 s").arg(python).arg(timeoutMs / 1000);
        return {};
    }
    errors += process.readAllStandardError();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !doc.isObject()) {
        *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                     .arg(python, scriptPath())
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(errors.right(400)).trimmed());
        return {};
    }
    return doc.object();
}

QByteArray NlpPeers::messagesJson(const QList<BenchMessage> &messages) {
    QJsonArray array;
    for (const BenchMessage &m : messages)
        array.append(
            QJsonObject{{QStringLiteral("lang"), m.language}, {QStringLiteral("text"), m.text}});
    return QJsonDocument(QJsonObject{{QStringLiteral("messages"), array}})
        .toJson(QJsonDocument::Compact);
}
