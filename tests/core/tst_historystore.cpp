// SPDX-License-Identifier: GPL-3.0-or-later
// The history beyond messages, on real SQLite files: price history per day and currency,
// searches/parses/offer marks round trips, deletion that leaves no deleted text in the files
// (secure_delete + WAL truncation, both index flavours), the schema of every migration path,
// and no column that could hold a credential.
#include "HistoryTestBackend.h"
#include "storage/HistoryTextIndex.h"
#include "storage/SessionSchema.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace {
const QDateTime t0(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);

FlightOffer offer(const QString &id, const QString &from, const QString &to, const QString &amount,
                  const QString &currency) {
    Segment s;
    s.carrier = QStringLiteral("TP");
    s.carrierName = QStringLiteral("TAP Air Portugal");
    s.flightNumber = QStringLiteral("433");
    s.origin = from;
    s.destination = to;
    s.departure = QDateTime(QDate(2026, 12, 4), QTime(18, 5), QTimeZone("Europe/Lisbon"));
    s.arrival = QDateTime(QDate(2026, 12, 4), QTime(21, 40), QTimeZone("Europe/Paris"));
    FlightOffer o;
    o.id = id;
    o.provider = QStringLiteral("sandbox");
    o.totalAmount = *Money::fromString(amount, currency);
    o.ownerCode = QStringLiteral("TP");
    o.slices = {Slice{{s}}};
    return o;
}

Money money(const char16_t *amount, const char *currency) {
    return *Money::fromString(QStringView(amount), QString::fromLatin1(currency));
}

ChatMessage message(qint64 sessionId, const QString &text) {
    ChatMessage m;
    m.sessionId = sessionId;
    m.role = ChatMessage::Role::User;
    m.text = text;
    m.timestamp = t0;
    return m;
}

void withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &body) {
    const QString name = QStringLiteral("test-raw-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    HistoryTestBackend m_backend;

    std::unique_ptr<SessionStore> openStore() {
        auto store = std::make_unique<SessionStore>(m_backend.connection());
        const StoreOpenResult result = store->open().result();
        if (!result.ok)
            qWarning() << result.error;
        return result.ok ? std::move(store) : nullptr;
    }

private slots:
    // Every behaviour test runs on SQLite and on PostgreSQL (ctest's "postgres" fixture).
    void initTestCase_data() { HistoryTestBackend::addRows(); }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = SessionStore::databasePathFor(m_dir->path());
        BOOKING_SELECT_HISTORY_BACKEND(m_backend, m_path);
        if (m_backend.isPostgres() && QByteArray(QTest::currentDataTag()).startsWith("like"))
            QSKIP("the LIKE fallback is SQLite's; PostgreSQL always has its full-text index");
    }
    void cleanup() {
        m_backend.release();
        m_dir.reset();
        HistoryTextIndex::setFts5DisabledForTesting(false);
    }

    void priceHistoryPerDayAndCurrency() {
        auto store = openStore();
        QVERIFY(store);
        const qint64 a = store->createSession(QString(), QString(), t0).result();
        const qint64 b = store->createSession(QString(), QString(), t0).result();
        const auto lis = [](const char *id, const char16_t *amount, const char *currency) {
            return offer(QString::fromLatin1(id), QStringLiteral("LIS"), QStringLiteral("PAR"),
                         QString::fromUtf16(amount), QString::fromLatin1(currency));
        };
        // 3 Nov: 112.00 and 89.00 EUR in a, 95 CHF in b; the exact decimals 89.005 vs 89.004.
        store->recordOffers(a, 0, {lis("1", u"112.00", "EUR"), lis("2", u"89.005", "EUR")}, t0)
            .result();
        store
            ->recordOffers(b, 0, {lis("3", u"89.004", "EUR"), lis("4", u"95", "CHF")},
                           t0.addSecs(3600))
            .result();
        // 4 Nov, 23:30 UTC: still 4 Nov in UTC, already 5 Nov in Lisbon? no: Lisbon is UTC+0
        // in November; Zurich (UTC+1) is 5 Nov.
        store
            ->recordOffers(a, 0, {lis("5", u"120.50", "EUR")},
                           QDateTime(QDate(2026, 11, 4), QTime(23, 30), Qt::UTC))
            .result();
        // Another route never leaks in.
        store
            ->recordOffers(a, 0, {offer(u"6"_qs, u"PAR"_qs, u"LIS"_qs, u"10.00"_qs, u"EUR"_qs)}, t0)
            .result();
        // 6 Nov
        store
            ->recordOffers(b, 0, {lis("7", u"130", "EUR"), lis("8", u"99.99", "EUR")},
                           t0.addDays(3))
            .result();

        QList<PricePoint> points = store->priceHistory(u"lis"_qs, u"par"_qs).result();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0).day, QDate(2026, 11, 3));
        QCOMPARE(points.at(0).lowest, money(u"95", "CHF"));
        QCOMPARE(points.at(0).offers, 1);
        QCOMPARE(points.at(0).sessionId, b);
        QCOMPARE(points.at(1).day, QDate(2026, 11, 3));
        QCOMPARE(points.at(1).lowest, money(u"89.004", "EUR"));
        QCOMPARE(points.at(1).lowest.amountString(), QStringLiteral("89.004"));
        QCOMPARE(points.at(1).offers, 3);
        QCOMPARE(points.at(1).sessionId, b);
        QCOMPARE(points.at(1).seenAt, t0.addSecs(3600));
        QCOMPARE(points.at(2).day, QDate(2026, 11, 4));
        QCOMPARE(points.at(2).lowest, money(u"120.50", "EUR"));
        QCOMPARE(points.at(3).day, QDate(2026, 11, 6));
        QCOMPARE(points.at(3).lowest, money(u"99.99", "EUR"));
        QCOMPARE(points.at(3).offers, 2);
        QCOMPARE(points.at(3).seenAt.timeSpec(), Qt::UTC);

        // In Zurich's time the 23:30 UTC sighting belongs to 5 Nov.
        points =
            store->priceHistory(u"LIS"_qs, u"PAR"_qs, 200, QTimeZone("Europe/Zurich")).result();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(2).day, QDate(2026, 11, 5));
        // The limit keeps the most recent points.
        points = store->priceHistory(u"LIS"_qs, u"PAR"_qs, 2).result();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(1).day, QDate(2026, 11, 6));
        QVERIFY(store->priceHistory(u"XXX"_qs, u"PAR"_qs).result().isEmpty());
        QVERIFY(store->priceHistory(QString(), QString()).result().isEmpty());
    }

    void searchesParsesAndMarksRoundTrip() {
        auto store = openStore();
        QVERIFY(store);
        const qint64 session = store->createSession(QString(), QString(), t0).result();
        const qint64 other = store->createSession(QString(), QString(), t0).result();
        const qint64 asked = store->appendMessage(message(session, u"LIS to PAR"_qs)).result();
        store
            ->recordOffers(session, asked,
                           {offer(u"off_1"_qs, u"LIS"_qs, u"PAR"_qs, u"89"_qs, u"EUR"_qs)}, t0)
            .result();

        SearchRecord search;
        search.messageId = asked;
        search.provider = QStringLiteral("sandbox");
        search.requestJson = R"({"origin":"LIS","destination":"PAR"})";
        search.startedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone("Europe/Paris"));
        search.finishedAt = search.startedAt.addMSecs(1250);
        search.outcome = QStringLiteral("ok");
        search.offerCount = 1;
        const qint64 searchId = store->recordSearch(session, search).result();
        QVERIFY(searchId > 0);
        SearchRecord failed;
        failed.provider = QStringLiteral("duffel");
        failed.requestJson = "{}";
        failed.startedAt = t0;
        failed.outcome = QStringLiteral("error");
        failed.errorCode = QStringLiteral("rate_limited");
        store->recordSearch(session, failed).result();
        // A message of another session is refused.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->recordSearch(other, search).waitForFinished());
        QVERIFY_THROWS_EXCEPTION(StoreError, store->recordSearch(999, failed).waitForFinished());

        QVERIFY(store->recordParse(asked, R"({"origin":{"code":"LIS"}})", u"en"_qs).result() > 0);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store->recordParse(12345, "{}", u"en"_qs).waitForFinished());

        QVERIFY(
            store->markOffer(session, u"off_1"_qs, OfferMark::Selected, t0.addSecs(60)).result());
        QVERIFY(
            store->markOffer(session, u"off_1"_qs, OfferMark::Booked, t0.addSecs(120)).result());
        QVERIFY(!store->markOffer(session, u"off_x"_qs, OfferMark::Booked, t0).result());
        QVERIFY(!store->markOffer(other, u"off_1"_qs, OfferMark::Booked, t0).result());

        store.reset(); // read back through a fresh store
        store = openStore();
        QVERIFY(store);
        const SessionTranscript transcript = store->loadSession(session).result();
        QCOMPARE(transcript.searches.size(), 2);
        SearchRecord expected = search;
        expected.id = searchId;
        expected.startedAt = search.startedAt.toUTC();
        expected.finishedAt = search.finishedAt.toUTC();
        QCOMPARE(transcript.searches.at(0), expected);
        QCOMPARE(transcript.searches.at(1).messageId, 0);
        QCOMPARE(transcript.searches.at(1).errorCode, QStringLiteral("rate_limited"));
        QVERIFY(!transcript.searches.at(1).finishedAt.isValid());
        QCOMPARE(transcript.marks,
                 (QList<OfferMarkRecord>{{u"off_1"_qs, OfferMark::Selected, t0.addSecs(60)},
                                         {u"off_1"_qs, OfferMark::Booked, t0.addSecs(120)}}));
        QVERIFY(store->loadSession(other).result().marks.isEmpty());
        if (m_backend.isPostgres())
            return; // the raw check below reads the SQLite file
        withConnection(m_path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT duration_ms FROM searches ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 1250);
            QVERIFY(q.next());
            QVERIFY(q.value(0).isNull());
        });
    }

    void deletedTextLeavesTheFile_data() {
        QTest::addColumn<bool>("like");
        QTest::addColumn<bool>("clearAll");
        QTest::newRow("fts5, delete one") << false << false;
        QTest::newRow("fts5, clear") << false << true;
        QTest::newRow("like, delete one") << true << false;
        QTest::newRow("like, clear") << true << true;
    }
    void deletedTextLeavesTheFile() {
        BOOKING_SQLITE_ONLY(m_backend);
        QFETCH(bool, like);
        QFETCH(bool, clearAll);
        HistoryTextIndex::setFts5DisabledForTesting(like);
        const QByteArray marker = "qwxzmarkerjuniper";
        const QByteArray kept = "keptpomegranate";
        qint64 secret = 0;
        {
            auto store = openStore();
            QVERIFY(store);
            secret = store->createSession(QString(), QString(), t0).result();
            for (int i = 0; i < 30; ++i)
                store
                    ->appendMessage(message(
                        secret, QString::fromLatin1(marker + " number " + QByteArray::number(i))))
                    .result();
            const qint64 other = store->createSession(QString(), QString(), t0).result();
            store->appendMessage(message(other, QString::fromLatin1(kept))).result();
        }
        // Sanity: the marker is in the files before the deletion.
        QVERIFY(fileBytes(m_path).contains(marker) ||
                fileBytes(m_path + QStringLiteral("-wal")).contains(marker));
        {
            auto store = openStore();
            QVERIFY(store);
            if (clearAll) {
                QCOMPARE(store->clearHistory().result(), 2);
            } else {
                QVERIFY(store->deleteSession(secret).result());
                QVERIFY(!store->deleteSession(secret).result());
            }
            // While still open, the WAL is already truncated.
            QVERIFY(!fileBytes(m_path + QStringLiteral("-wal")).contains(marker));
            QVERIFY(!fileBytes(m_path).contains(marker));
        }
        QVERIFY(!fileBytes(m_path).contains(marker));
        QVERIFY(!fileBytes(m_path + QStringLiteral("-wal")).contains(marker));
        QCOMPARE(fileBytes(m_path).contains(kept), !clearAll);
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->listSessions().result().size(), clearAll ? 0 : 1);
    }

    void migrationsFromEveryVersion_data() {
        QTest::addColumn<int>("from");
        QTest::newRow("v0") << 0;
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
        QTest::newRow("v3") << 3;
    }
    void migrationsFromEveryVersion() {
        BOOKING_SQLITE_ONLY(m_backend);
        QFETCH(int, from);
        withConnection(m_path, [from](QSqlDatabase &db) {
            QString error;
            for (int v = 1; v <= from; ++v)
                QVERIFY2(SessionSchema::applyMigration(db, v, &error), qPrintable(error));
            if (from == 0)
                return;
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sessions (id, title, created_at, updated_at) VALUES"
                " (3, 'kept', '2025-01-02T03:04:05.000Z', '2025-01-02T03:05:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages (id, session_id, role, text, created_at) VALUES"
                " (5, 3, 'user', 'Lisbon', '2025-01-02T03:05:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO offers (session_id, message_id, position, provider, offer_id, origin,"
                " destination, total_amount, currency, seen_at, snapshot) VALUES"
                " (3, 5, 0, 'sandbox', 'o9', 'LIS', 'PAR', '0.1', 'EUR',"
                " '2025-01-02T03:05:00.000Z', '{}')")));
        });
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), SessionSchema::latestVersion());
        if (from > 0) {
            QCOMPARE(store->loadSession(3).result().messages.size(), 1);
            QVERIFY(store->markOffer(3, u"o9"_qs, OfferMark::Booked, t0).result());
            QCOMPARE(store->loadSession(3).result().marks.size(), 1);
            QCOMPARE(store->priceHistory(u"LIS"_qs, u"PAR"_qs).result().value(0).lowest,
                     money(u"0.10", "EUR"));
            // The message, and the offer's places (indexed by migration 3; rows written by
            // hand into a v3 file have none).
            QCOMPARE(store->searchHistory(u"lisbon"_qs).result().size(), from < 3 ? 2 : 1);
        }
        store.reset();
        withConnection(m_path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next());
            for (const char *table : {"parses", "searches", "offer_marks", "session_places"}) {
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE"
                                              " type = 'table' AND name = '%1'")
                                   .arg(QLatin1String(table))));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
        });
    }

    void importIsAllOrNothing() {
        // A failure at the second of three messages leaves no session behind: the import is one
        // transaction (a trigger stands in for a full disk or a crash midway).
        BOOKING_SQLITE_ONLY(m_backend);
        auto store = openStore();
        QVERIFY(store);
        const QDateTime at(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        SessionTranscript transcript;
        transcript.summary.title = QStringLiteral("Imported");
        transcript.summary.source = QStringLiteral("app");
        transcript.summary.createdAt = at;
        transcript.summary.updatedAt = at.addSecs(120);
        const QStringList texts = {QStringLiteral("LIS to PAR"), QStringLiteral("boom"),
                                   QStringLiteral("thanks")};
        for (int i = 0; i < texts.size(); ++i) {
            ChatMessage message;
            message.id = i + 1;
            message.role = i == 1 ? ChatMessage::Role::Assistant : ChatMessage::Role::User;
            message.text = texts.at(i);
            message.timestamp = at.addSecs(60 * i);
            message.offerCount = i == 1 ? 1 : 0;
            transcript.messages.append(message);
        }
        transcript.offersByMessage.insert(
            2, {offer(QStringLiteral("off_1"), QStringLiteral("LIS"), QStringLiteral("PAR"),
                      QStringLiteral("89.00"), QStringLiteral("EUR"))});

        // The whole transcript goes in.
        const qint64 first = store->importSession(transcript).result();
        const SessionTranscript stored = store->loadSession(first).result();
        QCOMPARE(stored.messages.size(), 3);
        QCOMPARE(stored.offersByMessage.value(stored.messages.at(1).id).size(), 1);

        withConnection(m_path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TRIGGER no_boom BEFORE INSERT ON messages WHEN NEW.text = 'boom'"
                " BEGIN SELECT RAISE(ABORT, 'no space left'); END")));
        });
        bool failed = false;
        try {
            store->importSession(transcript).waitForFinished();
        } catch (const StoreError &) {
            failed = true;
        }
        QVERIFY(failed);
        const QList<SessionSummary> sessions = store->listSessions().result();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().id, first);
        // Nothing of the failed import's first message either.
        const QList<HistoryHit> hits = store->searchHistory(QStringLiteral("thanks")).result();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().sessionId, first);
        // The store goes on working after the rolled-back import.
        QVERIFY(store->createSession(QStringLiteral("after"), QStringLiteral("app"), at).result() >
                first);
    }

    void noColumnCanHoldACredential() {
        BOOKING_SQLITE_ONLY(m_backend);
        auto store = openStore();
        QVERIFY(store);
        store.reset();
        withConnection(m_path, [](QSqlDatabase &db) {
            const QRegularExpression suspicious(QStringLiteral(
                "pass|secret|token|credential|api_?key|auth|bearer|cookie|session_key"));
            QSqlQuery tables(db);
            QVERIFY(
                tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
            int columns = 0;
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QVERIFY2(!suspicious.match(table).hasMatch(), qPrintable(table));
                QSqlQuery info(db);
                // A table name from sqlite_master itself, not outside input.
                QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
                while (info.next()) {
                    const QString column = info.value(1).toString().toLower();
                    QVERIFY2(!suspicious.match(column).hasMatch(),
                             qPrintable(table + QLatin1Char('.') + column));
                    ++columns;
                }
            }
            QVERIFY(columns > 40);
        });
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
