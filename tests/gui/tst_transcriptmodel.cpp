// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptModel: rows for messages, updates in place, roles for the bubble delegate.
#include "ChatBubbleDelegate.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace {
ChatMessage message(ChatMessage::Role role, const QString &text, int secs = 0) {
    ChatMessage m;
    m.role = role;
    m.text = text;
    m.timestamp = QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC).addSecs(secs);
    return m;
}
} // namespace

class TestTranscriptModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addMessages();
    void changeHighlights();
    void updateByStoredId();
    void unknownMessageIsNotUpdated();
    void setMessagesResets();
    void bubbleHeightFollowsWidth();
};

void TestTranscriptModel::addMessages() {
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addMessage(message(ChatMessage::Role::User, QStringLiteral("LHR to JFK")));
    model.addMessage(message(ChatMessage::Role::Assistant, QStringLiteral("Searching…"), 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("LHR to JFK"));
    QCOMPARE(first.data(TranscriptModel::RoleRole).toInt(), int(ChatMessage::Role::User));
    QCOMPARE(model.index(1).data(TranscriptModel::RoleRole).toInt(),
             int(ChatMessage::Role::Assistant));
    QCOMPARE(first.data(TranscriptModel::TimestampRole).toDateTime(),
             QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC));
    QVERIFY(first.data(TranscriptModel::HighlightsRole).value<QList<TextSpan>>().isEmpty());
    QCOMPARE(model.roleNames().value(TranscriptModel::HighlightsRole), QByteArray("highlights"));
}

void TestTranscriptModel::changeHighlights() {
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatMessage user = message(ChatMessage::Role::User, QStringLiteral("LHR to JFK tomorrow"));
    model.addMessage(user);
    model.addMessage(message(ChatMessage::Role::Assistant, QStringLiteral("Hello"), 1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    user.highlights = {TextSpan{0, 3}, TextSpan{7, 10}, TextSpan{11, 19}};
    QVERIFY(model.updateMessage(user));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(model.rowCount(), 2);
    const auto spans =
        model.index(0).data(TranscriptModel::HighlightsRole).value<QList<TextSpan>>();
    QCOMPARE(spans, user.highlights);
    QCOMPARE(model.index(0).data(TranscriptModel::MessageRole).value<ChatMessage>(), user);
}

void TestTranscriptModel::updateByStoredId() {
    TranscriptModel model;
    ChatMessage a = message(ChatMessage::Role::User, QStringLiteral("same text"));
    ChatMessage b = message(ChatMessage::Role::User, QStringLiteral("same text"), 5);
    model.addMessage(a);
    model.addMessage(b);
    // The first message gets its database id: only row 0 changes.
    a.id = 41;
    QVERIFY(model.updateMessage(a));
    QCOMPARE(model.messages().at(0).id, qint64(41));
    QCOMPARE(model.messages().at(1).id, qint64(0));
    // Later changes find it by id even with other text.
    a.text = QStringLiteral("edited");
    QVERIFY(model.updateMessage(a));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("edited"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("same text"));
}

void TestTranscriptModel::unknownMessageIsNotUpdated() {
    TranscriptModel model;
    model.addMessage(message(ChatMessage::Role::User, QStringLiteral("one")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.updateMessage(message(ChatMessage::Role::Assistant, QStringLiteral("two"))));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("one"));
}

void TestTranscriptModel::setMessagesResets() {
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessage(message(ChatMessage::Role::User, QStringLiteral("one")));
    model.setMessages({message(ChatMessage::Role::User, QStringLiteral("a")),
                       message(ChatMessage::Role::Assistant, QStringLiteral("b")),
                       message(ChatMessage::Role::System, QStringLiteral("c"))});
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTranscriptModel::bubbleHeightFollowsWidth() {
    TranscriptModel model;
    ChatMessage longText = message(
        ChatMessage::Role::Assistant,
        QStringLiteral("I found 42 flights from London Heathrow to New York JFK on Thursday. "
                       "The cheapest is a non-stop British Airways flight; sort the table by "
                       "duration or departure time to compare the others."));
    longText.highlights = {TextSpan{8, 10}, TextSpan{-3, 2000}};
    model.addMessage(longText);
    TranscriptView view;
    view.setModel(&model);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    auto *delegate = view.itemDelegate();
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int wide = delegate->sizeHint(option, model.index(0)).height();
    view.resize(300, 400);
    QTRY_COMPARE(view.viewport()->width() < 320, true);
    const int narrow = delegate->sizeHint(option, model.index(0)).height();
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
}

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
