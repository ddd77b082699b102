// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosticsDialog (offscreen) with injected HealthCheck inputs: the in-process sandbox, a
// MemorySecretStore (working or refusing), a history database; the recent-latency line; Refresh;
// and Help > Diagnostics… opening it through the SettingsApplier.
#include "ChatWindow.h"
#include "DiagnosticsDialog.h"
#include "SettingsApplier.h"
#include "assistant/ChatController.h"
#include "diagnostics/HealthCheck.h"
#include "diagnostics/LatencyRecorder.h"
#include "providers/http/HttpTransport.h"
#include "providers/sandbox/SandboxProvider.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int Wait = 30000; // a generous wait for asynchronous work, not a performance limit
}

class TestDiagnosticsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    HealthCheck *makeCheck(FlightProvider *provider, SecretStore *store) {
        auto *check = new HealthCheck;
        check->setProvider(provider);
        check->setSecretStore(store);
        check->setSampleCount(2);
        check->setDatabasePath(m_dir.filePath(QStringLiteral("history.sqlite")));
        return check;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void showsEveryCheck() {
        SandboxProvider sandbox;
        MemorySecretStore store;
        LatencyRecorder recorder;
        DiagnosticsDialog dialog(makeCheck(&sandbox, &store), &recorder);
        QSignalSpy shown(&dialog, &DiagnosticsDialog::reportShown);
        dialog.show(); // starts the check, without waiting for it
        QVERIFY(dialog.isChecking());
        QVERIFY(!dialog.refreshButton()->isEnabled());
        QVERIFY(shown.wait(Wait));
        QVERIFY(!dialog.isChecking());
        QVERIFY(dialog.refreshButton()->isEnabled());

        QTableWidget *table = dialog.checksTable();
        QCOMPARE(table->rowCount(), 6);
        QStringList titles;
        for (int row = 0; row < table->rowCount(); ++row) {
            titles << table->item(row, 1)->text();
            QCOMPARE(table->item(row, 0)->text(),
                     DiagnosticsDialog::statusTitle(HealthReport::Status::Ok));
            QVERIFY(!table->item(row, 0)->icon().isNull());
            QVERIFY(!table->item(row, 2)->text().isEmpty());
        }
        QCOMPARE(titles.first(), DiagnosticsDialog::checkTitle(QStringLiteral("reachable")));
        QCOMPARE(titles.last(), DiagnosticsDialog::checkTitle(QStringLiteral("keychain")));
        QVERIFY(table->item(3, 2)->toolTip().contains(QStringLiteral("p95_ms")));
        QCOMPARE(dialog.summaryLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("Everything works."));
        QVERIFY(dialog.recentLabel()->text().contains(QStringLiteral("runs in the app")));
    }

    void showsFailuresAndRefreshes() {
        SandboxProvider sandbox;
        MemorySecretStore store;
        store.setFailure(SecretJob::Status::Denied, QStringLiteral("refused"));
        DiagnosticsDialog dialog(makeCheck(&sandbox, &store), nullptr);
        QSignalSpy shown(&dialog, &DiagnosticsDialog::reportShown);
        dialog.show();
        QVERIFY(shown.wait(Wait));
        QVERIFY(!dialog.report().ok());
        QCOMPARE(dialog.checksTable()->item(5, 0)->text(),
                 DiagnosticsDialog::statusTitle(HealthReport::Status::Failed));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("failed")));

        store.setFailure(SecretJob::Status::Ok);
        QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
        QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("Checking…"));
        QVERIFY(shown.wait(Wait));
        QCOMPARE(shown.count(), 2);
        QVERIFY(dialog.report().ok());
        QCOMPARE(dialog.checksTable()->item(5, 0)->text(),
                 DiagnosticsDialog::statusTitle(HealthReport::Status::Ok));
    }

    void recentLatencies() {
        SandboxProvider sandbox;
        QNetworkAccessManager network;
        HttpTransport transport(&network, QStringLiteral("test"));
        LatencyRecorder recorder;
        recorder.attachTransport(&transport);
        DiagnosticsDialog dialog(makeCheck(&sandbox, nullptr), &recorder);
        QVERIFY(dialog.recentLabel()->text().contains(QStringLiteral("none yet")));
        for (int ms : {10, 20, 30, 40, 500})
            Q_EMIT transport.attemptFinished(ms == 500 ? 503 : 200, ms);
        QCOMPARE(dialog.recentLabel()->text(),
                 QStringLiteral("Recent calls: 5, 30 ms (median), 500 ms (95th percentile), 1 "
                                "failed."));
    }

    void openedFromTheHelpMenu() {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore store;
        SettingsApplier applier(&store, &settings);
        applier.setInstantSandbox(true);
        ChatController controller(applier.provider(), nullptr);
        ChatWindow window(&controller, nullptr);
        applier.attach(&controller, &window);
        window.setHistoryLocation(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(window.diagnosticsAction());
        QVERIFY(window.menuBar()->findChildren<QMenu *>().size() >= 2);
        window.diagnosticsAction()->trigger();
        auto *dialog = window.findChild<DiagnosticsDialog *>();
        QVERIFY(dialog);
        QSignalSpy shown(dialog, &DiagnosticsDialog::reportShown);
        QVERIFY(shown.wait(Wait));
        QCOMPARE(dialog->report().providerId, QStringLiteral("sandbox"));
        QVERIFY(dialog->report().find(QStringLiteral("database")));
        QVERIFY(dialog->report().find(QStringLiteral("keychain")));
        dialog->close();
    }
};

QTEST_MAIN(TestDiagnosticsDialog)
#include "tst_diagnosticsdialog.moc"
