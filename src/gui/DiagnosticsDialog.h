// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/HealthReport.h"

#include <QDialog>
#include <QPointer>

class HealthCheck;
class LatencyRecorder;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * Help > Diagnostics…: runs a HealthCheck (the active provider reachable and signed in, its
 * rate limit and latency, the history database, the keychain) and shows each check with a status
 * icon, its sentence and its numbers, plus the latencies of the active provider's recent calls
 * (a LatencyRecorder, p50/p95) as they happen. The check runs asynchronously when the dialog is
 * shown and again on Refresh: the window never waits. Everything is shown as plain text.
 */
class DiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    /**
     * Takes ownership of @p check (reparented to the dialog), configured with its inputs.
     * @p recorder (may be null) is not owned.
     */
    DiagnosticsDialog(HealthCheck *check, LatencyRecorder *recorder, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    HealthCheck *healthCheck() const { return m_check; }
    /** True while a check runs. */
    bool isChecking() const;
    /** The last report shown (empty before the first run ends). */
    HealthReport report() const { return m_report; }

    QTableWidget *checksTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *recentLabel() const { return m_recent; }
    QPushButton *refreshButton() const { return m_refresh; }

    /** The name of a check as shown ("reachable" -> "Provider reachable"). */
    static QString checkTitle(const QString &name);
    /** "OK", "Warning" or "Failed", translated. */
    static QString statusTitle(HealthReport::Status status);

public Q_SLOTS:
    /** Runs the checks again (a run in progress is restarted). */
    void refresh();

Q_SIGNALS:
    /** A run ended and its report is shown. */
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReport(const HealthReport &report);
    void updateRecent();
    static QString numbersText(const QVariantMap &numbers);

    HealthCheck *m_check;
    QPointer<LatencyRecorder> m_recorder;
    HealthReport m_report;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_recent;
    QPushButton *m_refresh;
    bool m_started = false;
};
