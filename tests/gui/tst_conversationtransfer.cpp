// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationTransfer (File › Export/Import conversation…) and OfferDetailsDialog's
// "Add to calendar…": files written off the GUI thread, success said in the status bar,
// failures in a message box.
#include "ConversationTransfer.h"
#include "HistoryFixtures.h"
#include "OfferDetailsDialog.h"
#include "storage/SessionStore.h"
#include "storage/export/SessionCsv.h"
#include "storage/export/SessionJson.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace HistoryFixtures;

namespace {
QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The message box shown over @p window, waiting for it (the error arrives asynchronously). */
QMessageBox *waitForMessageBox(QWidget *window) {
    QMessageBox *box = nullptr;
    QTest::qWaitFor([&]() { return (box = window->findChild<QMessageBox *>()) != nullptr; }, 60000);
    return box;
}
} // namespace

class TestConversationTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
    qint64 m_sessionId = 0;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SessionStore>(SessionStore::databasePathFor(m_dir.path()));
        QVERIFY(m_store->open().result().ok);
        const QDateTime at(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        const QFuture<qint64> session =
            m_store->createSession(QStringLiteral("Lisbon to Berlin"), QStringLiteral("app"), at);
        m_store->appendMessage(
            session, message(ChatMessage::Role::User, QStringLiteral("LIS to BER"), at), {}, at);
        const QList<FlightOffer> offers = {
            connection(QStringLiteral("off_1"), "89.00", QDate(2026, 12, 10)),
            overnight(QStringLiteral("off_2"), QDate(2027, 3, 27))};
        m_store
            ->appendMessage(session,
                            message(ChatMessage::Role::Assistant, QStringLiteral("Two offers"),
                                    at.addSecs(2), 2),
                            offers, at.addSecs(2))
            .waitForFinished();
        m_sessionId = session.result();
    }

    void actionsAreThere() {
        QWidget window;
        ConversationTransfer transfer(&window, m_store.get(), [this]() { return m_sessionId; });
        QVERIFY(transfer.exportAction()->isEnabled());
        QVERIFY(transfer.importAction()->text().contains(QStringLiteral("Import")));
        QWidget noHistory;
        ConversationTransfer off(&noHistory, nullptr, []() { return qint64(0); });
        QVERIFY(!off.exportAction()->isEnabled());
        QVERIFY(!off.importAction()->isEnabled());
    }

    void exportsJsonAndCsv() {
        QWidget window;
        ConversationTransfer transfer(&window, m_store.get(), [this]() { return m_sessionId; });
        QSignalSpy status(&transfer, &ConversationTransfer::statusMessage);
        const SessionTranscript transcript = m_store->loadSession(m_sessionId).result();

        const QString json = m_dir.filePath(QStringLiteral("conversation.json"));
        transfer.exportSessionTo(m_sessionId, json, ConversationTransfer::Format::Json);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().first().toString().contains(
                                                          QStringLiteral("exported")),
                                 60000);
        QCOMPARE(readAll(json), SessionJson::write(transcript));

        status.clear();
        const QString csv = m_dir.filePath(QStringLiteral("offers.csv"));
        transfer.exportSessionTo(m_sessionId, csv, ConversationTransfer::Format::Csv);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().first().toString().contains(
                                                          QStringLiteral("exported")),
                                 60000);
        QCOMPARE(readAll(csv), SessionCsv::write(transcript));
        QVERIFY(!window.findChild<QMessageBox *>());
    }

    void exportErrorIsShown() {
        QWidget window;
        ConversationTransfer transfer(&window, m_store.get(), [this]() { return m_sessionId; });
        transfer.exportSessionTo(m_sessionId, m_dir.filePath(QStringLiteral("no/such/x.json")),
                                 ConversationTransfer::Format::Json);
        QMessageBox *box = waitForMessageBox(&window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("does not exist")), qPrintable(box->text()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
    }

    void importsAndRefusesBadFiles() {
        QWidget window;
        ConversationTransfer transfer(&window, m_store.get(), [this]() { return m_sessionId; });
        QSignalSpy imported(&transfer, &ConversationTransfer::sessionImported);
        const QString json = m_dir.filePath(QStringLiteral("conversation.json"));
        QVERIFY(QFile::exists(json)); // from exportsJsonAndCsv()
        transfer.importFrom(json);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        const qint64 id = imported.first().first().toLongLong();
        QVERIFY(id != m_sessionId);
        QCOMPARE(SessionJson::write(m_store->loadSession(id).result()), readAll(json));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"booking-assistant-session\", \"version\": 9}");
        file.close();
        const int before = int(m_store->listSessions().result().size());
        transfer.importFrom(bad);
        QMessageBox *box = waitForMessageBox(&window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("version 9")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("nothing was added")));
        QCOMPARE(int(m_store->listSessions().result().size()), before);
        QCOMPARE(imported.size(), 1);
    }

    void offerDetailsAddToCalendar() {
        OfferDetailsDialog dialog(
            connection(QStringLiteral("off_9"), "89.00", QDate(2026, 12, 10)));
        QVERIFY(dialog.calendarButton()->text().contains(QStringLiteral("calendar")));
        QSignalSpy saved(&dialog, &OfferDetailsDialog::calendarSaved);
        const QString path = m_dir.filePath(QStringLiteral("LIS-BER.ics"));
        dialog.saveCalendarTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
        const QByteArray ics = readAll(path);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);

        dialog.saveCalendarTo(m_dir.filePath(QStringLiteral("missing/LIS-BER.ics")));
        QMessageBox *box = waitForMessageBox(&dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("does not exist")));
        QCOMPARE(saved.size(), 1);
    }
};

QTEST_MAIN(TestConversationTransfer)
#include "tst_conversationtransfer.moc"
