// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the desktop app: from launching the process to an interactive window (the
// app logs "interactive after N ms" once its first event-loop turn runs after show()).
// Budget (DESIGN section 6): under 500 ms. Runs offscreen, on a fresh data folder each time.
// Usage: bench_startup [path/to/booking-assistant] [runs]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString binary = args.value(1, QStringLiteral(BOOKING_APP_PATH));
    const int runs = qBound(1, args.value(2, QStringLiteral("15")).toInt(), 100);
    const QRegularExpression line(QStringLiteral("interactive after (\\d+) ms"));

    QList<qint64> wall;
    QList<qint64> inside;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir data;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("booking.gui.info=true"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(binary, {QStringLiteral("--data-dir"), data.path()});
        QByteArray output;
        qint64 reported = -1;
        // Bounded: give up on a run after 20 s.
        while (reported < 0 && timer.elapsed() < 20000 && process.waitForReadyRead(20000)) {
            output += process.readAll();
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(output));
            if (m.hasMatch())
                reported = m.captured(1).toLongLong();
        }
        const qint64 elapsed = timer.elapsed();
        process.kill();
        process.waitForFinished();
        if (reported < 0) {
            std::fprintf(stderr, "run %d: the app did not report an interactive window\n", i);
            return 1;
        }
        wall.append(elapsed);
        inside.append(reported);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(inside.begin(), inside.end());
    std::printf("bench_startup: %d cold starts of %s (offscreen)\n", runs, qPrintable(binary));
    std::printf("launch to interactive window: median %lld ms, max %lld ms (budget 500 ms, "
                "ratio %.2f)\n",
                static_cast<long long>(wall.at(wall.size() / 2)),
                static_cast<long long>(wall.last()), wall.at(wall.size() / 2) / 500.0);
    std::printf("main() to interactive (as the app reports it): median %lld ms\n",
                static_cast<long long>(inside.at(inside.size() / 2)));
    return 0;
}
