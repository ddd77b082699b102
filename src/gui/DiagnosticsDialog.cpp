// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsDialog.h"

#include "diagnostics/HealthCheck.h"
#include "diagnostics/LatencyRecorder.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

DiagnosticsDialog::DiagnosticsDialog(HealthCheck *check, LatencyRecorder *recorder, QWidget *parent)
    : QDialog(parent)
    , m_check(check)
    , m_recorder(recorder)
    , m_table(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(this))
    , m_recent(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this)) {
    setWindowTitle(tr("Diagnostics"));
    m_check->setParent(this);

    m_table->setObjectName(QStringLiteral("checksTable"));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Check"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("recentLabel"));
    m_recent->setTextFormat(Qt::PlainText);
    m_recent->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_recent);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_check, &HealthCheck::finished, this, &DiagnosticsDialog::showReport);
    if (m_recorder)
        connect(m_recorder, &LatencyRecorder::recorded, this, &DiagnosticsDialog::updateRecent);
    m_summary->setText(tr("Not checked yet."));
    updateRecent();
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

bool DiagnosticsDialog::isChecking() const {
    return m_check->isRunning();
}

QString DiagnosticsDialog::checkTitle(const QString &name) {
    if (name == QLatin1String("reachable"))
        return tr("Provider reachable");
    if (name == QLatin1String("authenticated"))
        return tr("Signed in");
    if (name == QLatin1String("rate_limit"))
        return tr("Rate limit");
    if (name == QLatin1String("latency"))
        return tr("Response time");
    if (name == QLatin1String("database"))
        return tr("History database");
    if (name == QLatin1String("keychain"))
        return tr("Keychain");
    return name;
}

QString DiagnosticsDialog::statusTitle(HealthReport::Status status) {
    switch (status) {
    case HealthReport::Status::Ok:
        return tr("OK");
    case HealthReport::Status::Warning:
        return tr("Warning");
    case HealthReport::Status::Failed:
        return tr("Failed");
    }
    return QString();
}

void DiagnosticsDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (!m_started)
        refresh();
}

void DiagnosticsDialog::refresh() {
    m_started = true;
    m_summary->setText(tr("Checking…"));
    m_refresh->setEnabled(false);
    m_check->start(); // returns at once; the report comes with finished()
}

QString DiagnosticsDialog::numbersText(const QVariantMap &numbers) {
    QStringList parts;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()));
    return parts.join(QStringLiteral(", "));
}

void DiagnosticsDialog::showReport(const HealthReport &report) {
    m_report = report;
    m_refresh->setEnabled(true);
    m_table->setRowCount(int(report.checks.size()));
    for (int row = 0; row < report.checks.size(); ++row) {
        const HealthReport::Check &check = report.checks.at(row);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (check.status == HealthReport::Status::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (check.status == HealthReport::Status::Failed)
            icon = QStyle::SP_MessageBoxCritical;
        auto *status = new QTableWidgetItem(style()->standardIcon(icon), statusTitle(check.status));
        auto *title = new QTableWidgetItem(checkTitle(check.name));
        // The sentence says what matters; the raw figures are for the curious, in the tooltip.
        auto *result = new QTableWidgetItem(check.message);
        const QString numbers = numbersText(check.numbers);
        result->setToolTip(numbers.isEmpty() ? check.message
                                             : check.message + QStringLiteral("\n") + numbers);
        m_table->setItem(row, 0, status);
        m_table->setItem(row, 1, title);
        m_table->setItem(row, 2, result);
    }
    m_table->resizeRowsToContents();
    if (!report.ok())
        m_summary->setText(tr("Something does not work: see the failed checks below."));
    else if (report.hasWarnings())
        m_summary->setText(tr("Everything needed works, with warnings below."));
    else
        m_summary->setText(tr("Everything works."));
    updateRecent();
    Q_EMIT reportShown();
}

void DiagnosticsDialog::updateRecent() {
    if (!m_recorder || !m_recorder->transport()) {
        m_recent->setText(tr("Recent calls: the active provider runs in the app, with no network "
                             "calls to time."));
        return;
    }
    if (m_recorder->count() == 0) {
        m_recent->setText(tr("Recent calls: none yet."));
        return;
    }
    m_recent->setText(tr("Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.")
                          .arg(m_recorder->count())
                          .arg(m_recorder->percentile(50))
                          .arg(m_recorder->percentile(95))
                          .arg(m_recorder->failureCount()));
}
