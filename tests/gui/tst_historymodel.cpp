// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryModel: newest first whatever the input order, two-line display, lookups by id.
#include "HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
SessionSummary session(qint64 id, const QString &title, int daysAgo, int messages, int offers) {
    SessionSummary s;
    s.id = id;
    s.title = title;
    s.source = QStringLiteral("app");
    s.createdAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).addDays(-daysAgo);
    s.updatedAt = s.createdAt.addSecs(600);
    s.messageCount = messages;
    s.offerCount = offers;
    return s;
}
} // namespace

class TestHistoryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newestFirst();
    void displayAndRoles();
    void emptyTitle();
};

void TestHistoryModel::newestFirst() {
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions({session(1, QStringLiteral("old"), 5, 2, 0),
                       session(3, QStringLiteral("newest"), 0, 4, 42),
                       session(2, QStringLiteral("middle"), 2, 2, 30)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.sessionId(0), qint64(3));
    QCOMPARE(model.sessionId(1), qint64(2));
    QCOMPARE(model.sessionId(2), qint64(1));
    QCOMPARE(model.sessionId(3), qint64(0));
    QCOMPARE(model.rowOf(1), 2);
    QCOMPARE(model.rowOf(99), -1);
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::displayAndRoles() {
    HistoryModel model;
    model.setSessions({session(7, QStringLiteral("LHR to JFK"), 0, 4, 42),
                       session(8, QStringLiteral("one"), 1, 1, 1)});
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(HistoryModel::TitleRole).toString(), QStringLiteral("LHR to JFK"));
    QCOMPARE(first.data(HistoryModel::SessionIdRole).toLongLong(), qint64(7));
    const QString subtitle = first.data(HistoryModel::SubtitleRole).toString();
    QVERIFY2(subtitle.endsWith(QStringLiteral("4 messages · 42 offers")), qPrintable(subtitle));
    QCOMPARE(first.data().toString(), QStringLiteral("LHR to JFK\n") + subtitle);
    const QString single = model.index(1).data(HistoryModel::SubtitleRole).toString();
    QVERIFY2(single.endsWith(QStringLiteral("1 message · 1 offer")), qPrintable(single));
}

void TestHistoryModel::emptyTitle() {
    HistoryModel model;
    model.setSessions({session(1, QString(), 0, 0, 0)});
    QVERIFY(!model.index(0).data(HistoryModel::TitleRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
