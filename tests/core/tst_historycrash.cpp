// SPDX-License-Identifier: GPL-3.0-or-later
// The reliability check: a child process (tests/support/history_writer) appends messages
// and offers in a loop and is killed with SIGKILL at a random moment, 50 times, on the same
// file; after each kill the file passes PRAGMA integrity_check and every write the child had
// reported as committed is there with its offers. Also: a full disk gives a StoreError with a
// clear sentence, not a crash.
#include "HistoryFixtures.h"
#include "storage/SessionStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {
constexpr int Runs = 50;

struct ChildReport {
    qint64 sessionId = 0;
    QList<QPair<qint64, int>> committed; ///< message id, offers
    QString error;
};

/** Only complete lines count: a line cut by the kill was never fully reported. */
ChildReport parse(const QByteArray &out) {
    ChildReport report;
    const qsizetype end = out.lastIndexOf('\n');
    const QList<QByteArray> lines = out.left(end + 1).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.value(0) == "session")
            report.sessionId = words.value(1).toLongLong();
        else if (words.value(0) == "committed" && words.size() == 3)
            report.committed.append({words.at(1).toLongLong(), words.at(2).toInt()});
        else if (words.value(0) == "error")
            report.error = QString::fromUtf8(line);
    }
    return report;
}

QString integrityCheck(const QString &path) {
    const QString name = QStringLiteral("crash-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                result = query.lastError().text();
            QStringList lines;
            while (query.next())
                lines.append(query.value(0).toString());
            if (result.isEmpty())
                result = lines.join(QLatin1Char('\n'));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

class TestHistoryCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sigkillNeverLosesACommittedWrite() {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a POSIX signal");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = SessionStore::databasePathFor(dir.path());
        QRandomGenerator random(20261129); // seeded: the same delays on every run
        QList<ChildReport> reports;
        int totalCommitted = 0;
        for (int run = 0; run < Runs; ++run) {
            QProcess child;
            child.setProgram(QStringLiteral(BOOKING_HISTORY_WRITER_PATH));
            child.setArguments({path});
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start();
            QVERIFY2(child.waitForStarted(60000), qPrintable(child.errorString()));
            QByteArray out;
            // Wait for the first commit (a wait for the child, not a performance limit).
            QElapsedTimer waiting;
            waiting.start();
            while (!out.contains("committed ") && !out.contains("error ") &&
                   child.state() == QProcess::Running && waiting.elapsed() < 120000) {
                child.waitForReadyRead(1000);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("committed "),
                     qPrintable(QStringLiteral("run %1: no commit: %2 %3")
                                    .arg(run)
                                    .arg(QString::fromUtf8(out),
                                         QString::fromUtf8(child.readAllStandardError()))));
            const int delayMs = int(random.bounded(20, 301));
            QElapsedTimer delay;
            delay.start();
            while (delay.elapsed() < delayMs && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(qMax<qint64>(1, delayMs - delay.elapsed())));
                out += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(60000));
            out += child.readAllStandardOutput();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const ChildReport report = parse(out);
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QVERIFY(report.sessionId > 0);
            QVERIFY(!report.committed.isEmpty());
            reports.append(report);
            totalCommitted += int(report.committed.size());

            // The file as the killed child left it: whole and readable.
            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            SessionStore store(path);
            const StoreOpenResult opened = store.open().result();
            QVERIFY2(opened.ok, qPrintable(opened.error));
            QVERIFY(opened.movedAsideTo.isEmpty());
            const SessionTranscript transcript = store.loadSession(report.sessionId).result();
            QVERIFY(transcript.isValid());
            QSet<qint64> stored;
            for (const ChatMessage &m : transcript.messages)
                stored.insert(m.id);
            for (const auto &[messageId, offers] : report.committed) {
                QVERIFY2(stored.contains(messageId),
                         qPrintable(QStringLiteral("run %1: committed message %2 is missing")
                                        .arg(run)
                                        .arg(messageId)));
                QCOMPARE(transcript.offersByMessage.value(messageId).size(), offers);
            }
        }
        // Every earlier run's writes survived the later kills too.
        SessionStore store(path);
        QVERIFY(store.open().result().ok);
        const QList<SessionSummary> sessions = store.listSessions(0).result();
        QCOMPARE(sessions.size(), Runs);
        for (const ChildReport &report : reports) {
            const SessionTranscript transcript = store.loadSession(report.sessionId).result();
            QVERIFY(transcript.messages.size() >= report.committed.size());
            QCOMPARE(transcript.messages.at(report.committed.size() - 1).id,
                     report.committed.last().first);
        }
        qInfo("%d kills, %d committed writes checked", Runs, totalCommitted);
    }

    void fullDiskGivesAClearError() {
#ifndef Q_OS_LINUX
        QSKIP("needs a tmpfs mount (Linux, as root)");
#else
        if (::geteuid() != 0)
            QSKIP("a tiny tmpfs needs root to mount (CI runs as root)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=320k"), QStringLiteral("tmpfs"), mountPoint});
        if (!mount.waitForFinished(60000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("tmpfs cannot be mounted here: ") +
                             QString::fromUtf8(mount.readAllStandardError()).trimmed()));
        auto unmount = qScopeGuard([&mountPoint] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
        });
        QString failure;
        int written = 0;
        {
            SessionStore store(SessionStore::databasePathFor(mountPoint));
            const StoreOpenResult opened = store.open().result();
            QVERIFY2(opened.ok, qPrintable(opened.error));
            const QFuture<qint64> session =
                store.createSession(QStringLiteral("full disk"), QStringLiteral("cli"),
                                    QDateTime::currentDateTimeUtc());
            const QString filler = QStringLiteral("Lisbon to Berlin ").repeated(600); // ~10 KB
            for (int n = 0; n < 1000 && failure.isEmpty(); ++n) {
                try {
                    store
                        .appendMessage(session,
                                       HistoryFixtures::message(ChatMessage::Role::User, filler,
                                                                QDateTime::currentDateTimeUtc()),
                                       {}, QDateTime())
                        .waitForFinished();
                    ++written;
                } catch (const StoreError &error) {
                    failure = error.message();
                }
            }
            QVERIFY2(!failure.isEmpty(), "320 KiB never filled up");
            QVERIFY(written > 0);
            // Still usable for reading after the failure.
            QCOMPARE(store.loadSession(session.result()).result().messages.size(), written);
        }
        qInfo("after %d messages: %s", written, qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("full"), Qt::CaseInsensitive),
                 qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("storing a message")), qPrintable(failure));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_historycrash.moc"
