// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore::searchHistory() on real SQLite files, with the FTS5 index and with the LIKE
// fallback forced (every test runs in both flavours): ranking, snippet marks, accents, prefixes,
// FTS syntax in user text taken literally, place hits from offers, and the index of a database
// migrated from versions 0, 1 and 2 with data.
#include "HistoryTestBackend.h"
#include "geo/GeoDatabase.h"
#include "storage/HistoryTextIndex.h"
#include "storage/SessionSchema.h"
#include "storage/SessionStore.h"
#include "json/OfferJson.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace {
const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

FlightOffer offer(const QString &id, const QString &from, const QString &to) {
    Segment s;
    s.carrier = QStringLiteral("AF");
    s.carrierName = QStringLiteral("Air France");
    s.flightNumber = QStringLiteral("276");
    s.origin = from;
    s.destination = to;
    s.departure = QDateTime(QDate(2026, 12, 4), QTime(13, 15), QTimeZone("Europe/Paris"));
    s.arrival = QDateTime(QDate(2026, 12, 5), QTime(8, 50), QTimeZone("Asia/Tokyo"));
    FlightOffer o;
    o.id = id;
    o.provider = QStringLiteral("sandbox");
    o.totalAmount = *Money::fromString(u"812.40", QStringLiteral("EUR"));
    o.ownerCode = QStringLiteral("AF");
    o.ownerName = QStringLiteral("Air France");
    o.slices = {Slice{{s}}};
    return o;
}

ChatMessage message(qint64 sessionId, ChatMessage::Role role, const QString &text) {
    ChatMessage m;
    m.sessionId = sessionId;
    m.role = role;
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

/** Every mark covers a word of the snippet that starts with one of @p words (any case/accent). */
bool marksCover(const HistoryHit &hit, const QStringList &words) {
    if (hit.marks.isEmpty())
        return false;
    for (const auto &mark : hit.marks) {
        if (mark.first < 0 || mark.second <= 0 || mark.first + mark.second > hit.snippet.size())
            return false;
        const QString marked = GeoDatabase::normalise(hit.snippet.mid(mark.first, mark.second));
        bool ok = false;
        for (const QString &w : words)
            ok = ok || marked.startsWith(GeoDatabase::normalise(w));
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

class TestHistorySearch : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    HistoryTestBackend m_backend;
    std::unique_ptr<SessionStore> m_store;
    qint64 m_trip = 0, m_long = 0, m_words = 0;
    qint64 m_lisbonOnce = 0, m_lisbonThrice = 0, m_zurich = 0, m_operators = 0;

    void openStore(bool like) {
        HistoryTextIndex::setFts5DisabledForTesting(like);
        m_store = std::make_unique<SessionStore>(m_backend.connection());
        const StoreOpenResult result = m_store->open().result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_store->fullTextAvailable().result(), !like);
    }

    void fill() {
        SessionStore &s = *m_store;
        m_trip = s.createSession(QString(), QStringLiteral("app"), t0).result();
        m_lisbonOnce = s.appendMessage(message(m_trip, ChatMessage::Role::User,
                                               QStringLiteral("I would like to fly from Paris to "
                                                              "Lisbon next Friday with two adults "
                                                              "and come back on Sunday evening")))
                           .result();
        m_zurich = s.appendMessage(message(m_trip, ChatMessage::Role::User,
                                           QStringLiteral("Then Zürich in March, for skiing")))
                       .result();
        m_lisbonThrice = s.appendMessage(message(m_trip, ChatMessage::Role::Assistant,
                                                 QStringLiteral("Lisbon, Lisbon, Lisbon!")))
                             .result();
        m_long = s.createSession(QString(), QStringLiteral("cli"), t0.addDays(1)).result();
        const qint64 reply =
            s.appendMessage(message(m_long, ChatMessage::Role::Assistant,
                                    QStringLiteral("Here are 3 offers for your long trip.")))
                .result();
        QCOMPARE(s.recordOffers(
                      m_long, reply,
                      {offer(QStringLiteral("o1"), QStringLiteral("CDG"), QStringLiteral("HND"))},
                      t0)
                     .result(),
                 1);
        m_words = s.createSession(QString(), QStringLiteral("app"), t0.addDays(2)).result();
        m_operators =
            s.appendMessage(message(m_words, ChatMessage::Role::User,
                                    QStringLiteral("black and white, near the \"old\" town")))
                .result();
    }

    QList<HistoryHit> search(const QString &text) { return m_store->searchHistory(text).result(); }

    void addFlavours() {
        QTest::addColumn<bool>("like");
        QTest::newRow("fts5") << false;
        QTest::newRow("like") << true;
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
        m_store.reset();
        m_backend.release();
        m_dir.reset();
        HistoryTextIndex::setFts5DisabledForTesting(false);
    }

    void ranksAndMarks_data() { addFlavours(); }
    void ranksAndMarks() {
        QFETCH(bool, like);
        openStore(like);
        fill();
        const QList<HistoryHit> hits = search(QStringLiteral("lisbon"));
        QCOMPARE(hits.size(), 2);
        // The short message saying it three times ranks above the long one saying it once.
        QCOMPARE(hits.at(0).messageId, m_lisbonThrice);
        QCOMPARE(hits.at(1).messageId, m_lisbonOnce);
        QVERIFY(hits.at(0).score > hits.at(1).score);
        QCOMPARE(hits.at(0).sessionId, m_trip);
        QCOMPARE(hits.at(0).role, QStringLiteral("assistant"));
        QCOMPARE(hits.at(0).at, t0);
        QVERIFY(hits.at(0).sessionTitle.startsWith(QStringLiteral("I would like to fly")));
        QCOMPARE(hits.at(0).snippet, QStringLiteral("Lisbon, Lisbon, Lisbon!"));
        QCOMPARE(hits.at(0).marks, (QList<QPair<int, int>>{{0, 6}, {8, 6}, {16, 6}}));
        // A long message gives a window around the match, plain text, the match marked.
        const HistoryHit &once = hits.at(1);
        QVERIFY(!once.snippet.contains(QChar(0xE000)) && !once.snippet.contains(QChar(0xE001)));
        QVERIFY2(once.snippet.size() < 100, qPrintable(once.snippet));
        QCOMPARE(once.marks.size(), 1);
        QCOMPARE(once.snippet.mid(once.marks.at(0).first, once.marks.at(0).second),
                 QStringLiteral("Lisbon"));
        // Several words: all must match (AND); each is marked.
        const QList<HistoryHit> both = search(QStringLiteral("paris LISBON"));
        QCOMPARE(both.size(), 1);
        QCOMPARE(both.at(0).messageId, m_lisbonOnce);
        QVERIFY(marksCover(both.at(0), {QStringLiteral("paris"), QStringLiteral("lisbon")}));
        QCOMPARE(both.at(0).marks.size(), 2);
        QVERIFY(search(QStringLiteral("paris tokyo skiing")).isEmpty());
    }

    void accentsCaseAndPrefix_data() {
        QTest::addColumn<bool>("like");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("marked");
        for (bool like : {false, true}) {
            const char *f = like ? "like" : "fts5";
            QTest::addRow("%s: plain finds accented", f) << like << u"Zurich"_qs << u"Zürich"_qs;
            QTest::addRow("%s: accented", f) << like << u"zürich"_qs << u"Zürich"_qs;
            QTest::addRow("%s: upper case", f) << like << u"ZURICH"_qs << u"Zürich"_qs;
            QTest::addRow("%s: decomposed", f) << like << u"Zu\u0308rich"_qs << u"Zürich"_qs;
            QTest::addRow("%s: prefix", f) << like << u"zur"_qs << u"Zürich"_qs;
            QTest::addRow("%s: prefix lisb", f) << like << u"fly lisb"_qs << u"Lisbon"_qs;
            QTest::addRow("%s: punctuation around", f) << like << u"  skiing!! "_qs << u"skiing"_qs;
        }
    }
    void accentsCaseAndPrefix() {
        QFETCH(bool, like);
        QFETCH(QString, query);
        QFETCH(QString, marked);
        openStore(like);
        fill();
        const QList<HistoryHit> hits = search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        bool found = false;
        for (const auto &mark : hits.at(0).marks)
            found = found || hits.at(0).snippet.mid(mark.first, mark.second) == marked;
        QVERIFY2(found, qPrintable(hits.at(0).snippet));
    }

    void userTextIsNeverSyntax_data() {
        QTest::addColumn<bool>("like");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("findsOperators"); // the "black and white near old" message
        for (bool like : {false, true}) {
            const char *f = like ? "like" : "fts5";
            QTest::addRow("%s: empty", f) << like << QString() << false;
            QTest::addRow("%s: spaces", f) << like << u"   "_qs << false;
            QTest::addRow("%s: star", f) << like << u"*"_qs << false;
            QTest::addRow("%s: quote", f) << like << u"\""_qs << false;
            QTest::addRow("%s: punctuation only", f) << like << u"(\"*^:-)"_qs << false;
            QTest::addRow("%s: AND", f) << like << u"AND"_qs << true;
            QTest::addRow("%s: black AND white", f) << like << u"black AND white"_qs << true;
            QTest::addRow("%s: OR is a word", f) << like << u"black OR pink"_qs << false;
            QTest::addRow("%s: NOT is a word", f) << like << u"black NOT white"_qs << false;
            QTest::addRow("%s: NEAR(", f) << like << u"NEAR("_qs << true;
            QTest::addRow("%s: NEAR(black white)", f) << like << u"NEAR(black white)"_qs << true;
            QTest::addRow("%s: quoted", f) << like << u"\"old\""_qs << true;
            QTest::addRow("%s: unbalanced quote", f) << like << u"\"old town"_qs << true;
            QTest::addRow("%s: star prefix", f) << like << u"bla*"_qs << true;
            QTest::addRow("%s: column filter", f) << like << u"text:black"_qs << false;
            QTest::addRow("%s: caret", f) << like << u"^black"_qs << true;
            QTest::addRow("%s: LIKE wildcards", f) << like << u"%_\\"_qs << false;
            QTest::addRow("%s: SQL", f) << like << u"'; DROP TABLE messages; --"_qs << false;
        }
    }
    void userTextIsNeverSyntax() {
        QFETCH(bool, like);
        QFETCH(QString, query);
        QFETCH(bool, findsOperators);
        openStore(like);
        fill();
        QList<HistoryHit> hits;
        try {
            hits = search(query);
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
        bool found = false;
        for (const HistoryHit &hit : hits)
            found = found || hit.messageId == m_operators;
        QCOMPARE(found, findsOperators);
        // The store still works (nothing was dropped).
        QCOMPARE(search(QStringLiteral("lisbon")).size(), 2);
    }

    void placesOfOffers_data() { addFlavours(); }
    void placesOfOffers() {
        QFETCH(bool, like);
        openStore(like);
        fill();
        // No message says Tokyo: the offer's destination HND (city TYO) does.
        for (const QString &query :
             {u"tokyo"_qs, u"TOK"_qs, u"hnd"_qs, u"Tóquio"_qs, u"paris tokyo"_qs}) {
            const QList<HistoryHit> hits = search(query);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).sessionId, m_long);
            QCOMPARE(hits.at(0).messageId, 0);
            QCOMPARE(hits.at(0).role, QStringLiteral("offers"));
            QVERIFY(!hits.at(0).snippet.isEmpty());
            QVERIFY(marksCover(hits.at(0), HistoryTextIndex::queryWords(query)));
        }
    }

    void limitAndDeletedRows_data() { addFlavours(); }
    void limitAndDeletedRows() {
        QFETCH(bool, like);
        openStore(like);
        fill();
        QCOMPARE(m_store->searchHistory(QStringLiteral("lisbon"), 1).result().size(), 1);
        QVERIFY(m_store->deleteSession(m_trip).result());
        QVERIFY(search(QStringLiteral("lisbon")).isEmpty());
        QCOMPARE(search(QStringLiteral("tokyo")).size(), 1);
        QCOMPARE(m_store->clearHistory().result(), 2);
        QVERIFY(search(QStringLiteral("tokyo")).isEmpty());
        QVERIFY(search(QStringLiteral("black")).isEmpty());
    }

    void migratedDatabaseIsIndexed_data() {
        QTest::addColumn<bool>("like");
        QTest::addColumn<int>("from");
        for (bool like : {false, true})
            for (int from : {0, 1, 2})
                QTest::addRow("%s from v%d", like ? "like" : "fts5", from) << like << from;
    }
    void migratedDatabaseIsIndexed() {
        BOOKING_SQLITE_ONLY(m_backend); // tst_postgrestextindex migrates PostgreSQL
        QFETCH(bool, like);
        QFETCH(int, from);
        HistoryTextIndex::setFts5DisabledForTesting(like);
        withConnection(m_path, [from](QSqlDatabase &db) {
            QString error;
            for (int v = 1; v <= from; ++v)
                QVERIFY2(SessionSchema::applyMigration(db, v, &error), qPrintable(error));
            if (from == 0)
                return;
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sessions (id, title, source, created_at, updated_at) VALUES"
                " (7, 'old trip', 'cli', '2025-01-02T03:04:05.000Z', "
                "'2025-01-02T03:05:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages (id, session_id, role, text, created_at) VALUES"
                " (11, 7, 'user', 'Genève en été', '2025-01-02T03:05:00.000Z')")));
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO offers (session_id, message_id, position, provider, offer_id, origin,"
                " destination, total_amount, currency, seen_at, snapshot) VALUES"
                " (7, 11, 0, 'sandbox', 'o1', 'CDG', 'HND', '812.40', 'EUR',"
                " '2025-01-02T03:05:00.000Z', :snapshot)")));
            q.bindValue(QStringLiteral(":snapshot"),
                        QString::fromUtf8(
                            QJsonDocument(OfferJson::toJson(offer(u"o1"_qs, u"CDG"_qs, u"HND"_qs)))
                                .toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
        });
        openStore(like);
        QCOMPARE(m_store->schemaVersion(), SessionSchema::latestVersion());
        if (from > 0) {
            const QList<HistoryHit> hits = search(QStringLiteral("geneve ete"));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).messageId, 11);
            QCOMPARE(hits.at(0).snippet, QStringLiteral("Genève en été"));
            QCOMPARE(search(QStringLiteral("tokyo")).size(), 1);
            QCOMPARE(search(QStringLiteral("tokyo")).at(0).sessionId, 7);
            const QList<PricePoint> prices =
                m_store->priceHistory(QStringLiteral("cdg"), QStringLiteral("hnd")).result();
            QCOMPARE(prices.size(), 1);
            QCOMPARE(prices.at(0).lowest, *Money::fromString(u"812.40", QStringLiteral("EUR")));
            withConnection(m_path, [](QSqlDatabase &db) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT total_units FROM offers")) && q.next());
                QCOMPARE(q.value(0).toLongLong(), 8124000);
            });
        }
        // New writes are indexed too.
        const qint64 session = m_store->createSession(QString(), QString(), t0).result();
        m_store->appendMessage(message(session, ChatMessage::Role::User, u"Málaga"_qs)).result();
        QCOMPARE(search(QStringLiteral("malaga")).size(), 1);
        m_store.reset();
        // The flavour chosen at migration stays with the file.
        withConnection(m_path, [like](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                          "('messages_fts', 'places_fts')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), like ? 0 : 2);
        });
    }

    /** Not a timed test: prints the query time on 10,000 messages (no limit asserted). */
    void tenThousandMessages_data() { addFlavours(); }
    void tenThousandMessages() {
        QFETCH(bool, like);
        openStore(like);
        const QStringList cities = {u"Lisbon"_qs, u"Paris"_qs,  u"Zürich"_qs, u"Rome"_qs,
                                    u"Berlin"_qs, u"Madrid"_qs, u"Porto"_qs,  u"Nice"_qs};
        QFuture<qint64> last;
        for (int s = 0; s < 200; ++s) {
            const QFuture<qint64> session = m_store->createSession(QString(), QString(), t0);
            for (int m = 0; m < 50; ++m) {
                const QString text =
                    QStringLiteral("message %1 of trip %2: from %3 to %4 next week, %5 adults")
                        .arg(m)
                        .arg(s)
                        .arg(cities.at((s + m) % cities.size()), cities.at((s * 3 + m) % 8))
                        .arg(1 + m % 3);
                last = m_store->appendMessage(session, message(0, ChatMessage::Role::User, text),
                                              {}, t0);
            }
        }
        last.waitForFinished();
        QElapsedTimer timer;
        const QStringList queries = {u"zurich"_qs, u"lisbon rome"_qs, u"trip 17"_qs, u"madr"_qs,
                                     u"nothing-here"_qs};
        QList<qint64> times;
        int total = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &q : queries) {
                timer.start();
                total += int(m_store->searchHistory(q, 50).result().size());
                times.append(timer.nsecsElapsed() / 1000);
            }
        }
        std::sort(times.begin(), times.end());
        qInfo("%s: 10,000 messages, %d queries of limit 50: median %lld us, max %lld us",
              like ? "LIKE" : (m_backend.isPostgres() ? "PostgreSQL" : "FTS5"), int(times.size()),
              times.at(times.size() / 2), times.last());
        QVERIFY(total > 0);
    }
};

QTEST_GUILESS_MAIN(TestHistorySearch)
#include "tst_historysearch.moc"
