// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
#endif

namespace {
#ifdef Q_OS_UNIX
double toMs(const timeval &tv) {
    return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0;
}
#endif
} // namespace

ChildRun ChildRun::run(const QString &program, const QStringList &args, int timeoutMs,
                       const QStringList &extraEnv) {
    ChildRun result;
#ifdef Q_OS_UNIX
    QTemporaryFile outFile;
    QTemporaryFile errFile;
    if (!outFile.open() || !errFile.open()) {
        result.error = QStringLiteral("cannot create temporary files");
        return result;
    }
    const QByteArray outPath = QFile::encodeName(outFile.fileName());
    const QByteArray errPath = QFile::encodeName(errFile.fileName());

    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStorage;
    for (char **e = environ; *e; ++e)
        envStorage.emplace_back(*e);
    for (const QString &kv : extraEnv)
        envStorage.push_back(kv.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &s : envStorage)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(),
                                     O_WRONLY | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(),
                                     O_WRONLY | O_TRUNC, 0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        result.error = QStringLiteral("cannot start %1: %2")
                           .arg(program, QString::fromLocal8Bit(strerror(rc)));
        return result;
    }
    result.started = true;

    int status = 0;
    rusage usage{};
    bool killed = false;
    for (;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0) {
            result.error = QStringLiteral("wait4 failed");
            return result;
        }
        if (!killed && clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            killed = true;
            result.timedOut = true;
        }
        ::usleep(2000);
    }
    result.wallMs = double(clock.nsecsElapsed()) / 1e6;
    result.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
#ifdef Q_OS_MACOS
    result.maxRssKb = usage.ru_maxrss / 1024;
#else
    result.maxRssKb = usage.ru_maxrss;
#endif
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = outFile.readAll();
    result.err = errFile.readAll();
    if (result.timedOut)
        result.error = QStringLiteral("killed after %1 s").arg(timeoutMs / 1000);
    else if (result.exitCode != 0)
        result.error = QStringLiteral("exit %1: %2")
                           .arg(result.exitCode)
                           .arg(QString::fromLocal8Bit(result.err.right(300)).trimmed());
#else
    Q_UNUSED(program)
    Q_UNUSED(args)
    Q_UNUSED(timeoutMs)
    Q_UNUSED(extraEnv)
    result.error = QStringLiteral("child resource figures need a POSIX system");
#endif
    return result;
}
