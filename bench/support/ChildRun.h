// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * One worker process of bench_api, run to its end with its own resource figures: the child is
 * spawned directly (posix_spawn, not QProcess, which reaps its children itself) and reaped with
 * wait4() on its pid, whose rusage gives exactly that process's CPU time (user + system) and
 * peak resident set (ru_maxrss). stdout and stderr go to temporary files, read afterwards, so
 * the parent does nothing while the child runs but poll for its end every 2 ms.
 * POSIX only (Linux and macOS; ru_maxrss is in KiB on Linux and bytes on macOS, normalised).
 */
struct ChildRun {
    bool started = false;  ///< false: the program could not be spawned (see error)
    bool timedOut = false; ///< killed after the timeout
    int exitCode = -1;     ///< -1 when it did not exit normally
    QByteArray out;        ///< its stdout
    QByteArray err;        ///< its stderr
    double wallMs = 0;     ///< spawn to reaped
    double cpuMs = 0;      ///< ru_utime + ru_stime of the child
    qint64 maxRssKb = 0;   ///< ru_maxrss of the child, in KiB
    QString error;

    /** Runs @p program with @p args (environment inherited, plus @p extraEnv "K=V" entries). */
    static ChildRun run(const QString &program, const QStringList &args, int timeoutMs,
                        const QStringList &extraEnv = {});
};
