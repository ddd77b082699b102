// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore against real SQLite files in a temporary folder: round trips through a second
// store instance, ordering, migrations from an old file, unreadable files, permissions, WAL mode
// and the destructor's drain of queued writes. The behaviour tests also run against PostgreSQL
// (global data "backend"); those about the SQLite file itself skip there.
#include "HistoryTestBackend.h"
#include "storage/SessionSchema.h"
#include "storage/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

#include <unistd.h>

namespace {
Segment segment(const QString &carrier, const QString &number, const QString &from,
                const QString &to, const QDateTime &departure, const QDateTime &arrival) {
    Segment s;
    s.carrier = carrier;
    s.carrierName = carrier == QLatin1String("AF") ? QStringLiteral("Air France")
                                                   : QStringLiteral("TAP Air Portugal");
    s.flightNumber = number;
    s.origin = from;
    s.destination = to;
    s.departure = departure;
    s.arrival = arrival;
    s.aircraft = QStringLiteral("Airbus A320");
    return s;
}

FlightOffer roundTripOffer() {
    const QTimeZone paris("Europe/Paris");
    const QTimeZone lisbon("Europe/Lisbon");
    FlightOffer offer;
    offer.id = QStringLiteral("off_0001");
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = *Money::fromString(u"1234.57", QStringLiteral("EUR"));
    offer.ownerCode = QStringLiteral("TP");
    offer.ownerName = QStringLiteral("TAP Air Portugal");
    offer.cabin = CabinClass::Business;
    offer.expiresAt = QDateTime(QDate(2026, 12, 1), QTime(12, 30, 15), Qt::UTC);
    offer.slices = {
        Slice{{segment(QStringLiteral("TP"), QStringLiteral("433"), QStringLiteral("ORY"),
                       QStringLiteral("LIS"), QDateTime(QDate(2026, 12, 4), QTime(18, 5), paris),
                       QDateTime(QDate(2026, 12, 4), QTime(19, 40), lisbon))}},
        Slice{{segment(QStringLiteral("TP"), QStringLiteral("432"), QStringLiteral("LIS"),
                       QStringLiteral("ORY"), QDateTime(QDate(2026, 12, 6), QTime(14, 0), lisbon),
                       QDateTime(QDate(2026, 12, 6), QTime(17, 25), paris))}},
    };
    return offer;
}

FlightOffer connectingOffer() {
    const QTimeZone paris("Europe/Paris");
    const QTimeZone newYork("America/New_York");
    const QTimeZone tokyo("Asia/Tokyo");
    FlightOffer offer;
    offer.id = QStringLiteral("off_0002");
    offer.provider = QStringLiteral("duffel");
    offer.totalAmount = *Money::fromString(u"98000", QStringLiteral("JPY"));
    offer.ownerCode = QStringLiteral("AF");
    offer.ownerName = QStringLiteral("Air France");
    offer.slices = {Slice{{
        segment(QStringLiteral("AF"), QStringLiteral("7"), QStringLiteral("JFK"),
                QStringLiteral("CDG"), QDateTime(QDate(2026, 3, 29), QTime(22, 0), newYork),
                QDateTime(QDate(2026, 3, 30), QTime(11, 30), paris)),
        segment(QStringLiteral("AF"), QStringLiteral("276"), QStringLiteral("CDG"),
                QStringLiteral("HND"), QDateTime(QDate(2026, 3, 30), QTime(13, 15), paris),
                QDateTime(QDate(2026, 3, 31), QTime(8, 50), tokyo)),
    }}};
    return offer;
}

ChatMessage message(qint64 sessionId, ChatMessage::Role role, const QString &text,
                    const QDateTime &at) {
    ChatMessage m;
    m.sessionId = sessionId;
    m.role = role;
    m.text = text;
    m.timestamp = at;
    return m;
}

/** Runs @p body on a plain SQLite connection of its own to @p path. */
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

QVariant scalar(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0, 0, 123), Qt::UTC);
} // namespace

class TestSessionStore : public QObject {
    Q_OBJECT

private slots:
    // Every behaviour test runs on SQLite and on PostgreSQL (ctest's "postgres" fixture).
    void initTestCase_data() { HistoryTestBackend::addRows(); }
    void init() {
        // SQL on a thread that does not own the connection, or a connection removed while in
        // use, shows up as these Qt warnings: fail on them.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(
            "does not belong to the calling thread|still in use|database not open")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = SessionStore::databasePathFor(m_dir->filePath(QStringLiteral("data")));
        BOOKING_SELECT_HISTORY_BACKEND(m_backend, m_path);
    }
    void cleanup() {
        m_backend.release();
        m_dir.reset();
    }

    void opensAndCreatesFolder() {
        BOOKING_SQLITE_ONLY(m_backend);
        SessionStore store(m_path);
        QCOMPARE(store.schemaVersion(), 0);
        const StoreOpenResult result = store.open().result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.movedAsideTo.isEmpty());
        QCOMPARE(result.schemaVersion, SessionSchema::latestVersion());
        QCOMPARE(store.schemaVersion(), SessionSchema::latestVersion());
        QVERIFY(QFileInfo::exists(m_path));
        QVERIFY(store.listSessions().result().isEmpty());
        // Opening twice is harmless.
        QVERIFY(store.open().result().ok);
    }

    void roundTripThroughANewStore() {
        const FlightOffer first = roundTripOffer();
        const FlightOffer second = connectingOffer();
        QList<ChatMessage> written;
        qint64 sessionId = 0;
        {
            SessionStore store(m_backend.connection());
            QVERIFY(store.open().result().ok);
            sessionId = store.createSession(QString(), QStringLiteral("app"), t0).result();
            QVERIFY(sessionId > 0);
            ChatMessage asked =
                message(sessionId, ChatMessage::Role::User,
                        QStringLiteral("Paris → Lisbon next Friday, back Sunday\nthanks"), t0);
            asked.highlights = {TextSpan{0, 5}, TextSpan{8, 14}, TextSpan{15, 26}};
            ChatMessage answered = message(sessionId, ChatMessage::Role::Assistant,
                                           QStringLiteral("2 offers"), t0.addSecs(2));
            answered.offerCount = 2;
            asked.id = store.appendMessage(asked).result();
            answered.id = store.appendMessage(answered).result();
            QVERIFY(answered.id > asked.id);
            QCOMPARE(
                store.recordOffers(sessionId, answered.id, {first, second}, t0.addSecs(2)).result(),
                2);
            written = {asked, answered};
        }
        SessionStore reopened(m_backend.connection());
        QVERIFY(reopened.open().result().ok);
        const SessionTranscript transcript = reopened.loadSession(sessionId).result();
        QVERIFY(transcript.isValid());
        QCOMPARE(transcript.messages, written);
        QCOMPARE(transcript.messages.at(0).timestamp.timeSpec(), Qt::UTC);
        QCOMPARE(transcript.offersByMessage.size(), 1);
        const QList<FlightOffer> offers = transcript.offersByMessage.value(written.at(1).id);
        QCOMPARE(offers.size(), 2);
        QCOMPARE(offers.at(0), first);
        QCOMPARE(offers.at(1), second);
        QCOMPARE(offers.at(0).slices.at(0).segments.at(0).departure.timeZone().id(),
                 QByteArray("Europe/Paris"));
        QCOMPARE(offers.at(1).slices.at(0).segments.at(1).arrival.timeZone().id(),
                 QByteArray("Asia/Tokyo"));
        QCOMPARE(offers.at(1).totalAmount.amountString(), QStringLiteral("98000"));
        QCOMPARE(transcript.summary.id, sessionId);
        QCOMPARE(transcript.summary.title,
                 QStringLiteral("Paris → Lisbon next Friday, back Sunday"));
        QCOMPARE(transcript.summary.createdAt, t0);
        QCOMPARE(transcript.summary.updatedAt, t0.addSecs(2));
        QCOMPARE(transcript.summary.messageCount, 2);
        QCOMPARE(transcript.summary.offerCount, 2);
    }

    void offerColumnsAreQueryable() {
        BOOKING_SQLITE_ONLY(m_backend);
        {
            SessionStore store(m_path);
            QVERIFY(store.open().result().ok);
            const qint64 session = store.createSession(QStringLiteral("t"), {}, t0).result();
            const qint64 answer =
                store.appendMessage(message(session, ChatMessage::Role::Assistant, {}, t0))
                    .result();
            store.recordOffers(session, answer, {roundTripOffer(), connectingOffer()}, t0)
                .waitForFinished();
        }
        withConnection(m_path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT total_amount, typeof(total_amount), currency, origin, destination,"
                " departure_at, return_at, carriers, position FROM offers ORDER BY position")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("1234.57"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("EUR"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("ORY"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("LIS"));
            QCOMPARE(q.value(5).toString(), QStringLiteral("2026-12-04T17:05:00.000Z"));
            QCOMPARE(q.value(6).toString(), QStringLiteral("2026-12-06T14:00:00.000Z"));
            QCOMPARE(q.value(7).toString(), QStringLiteral("TP"));
            QVERIFY(q.next());
            QVERIFY(q.value(6).isNull()); // one way: no return
            QCOMPARE(q.value(7).toString(), QStringLiteral("AF"));
            QCOMPARE(q.value(8).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT source FROM sessions")).toString(),
                     QStringLiteral("app"));
        });
    }

    void listOrderAndCounts() {
        SessionStore store(m_backend.connection());
        QVERIFY(store.open().result().ok);
        const qint64 a =
            store.createSession(QStringLiteral("A"), QStringLiteral("app"), t0).result();
        const qint64 b =
            store.createSession(QStringLiteral("B"), QStringLiteral("cli"), t0.addSecs(60))
                .result();
        const qint64 c =
            store.createSession(QStringLiteral("C"), QStringLiteral("app"), t0.addSecs(120))
                .result();
        QList<SessionSummary> list = store.listSessions().result();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, c);
        QCOMPARE(list.at(1).id, b);
        QCOMPARE(list.at(2).id, a);
        QCOMPARE(list.at(1).source, QStringLiteral("cli"));

        // A message moves A to the top; offers are counted per session.
        store.appendMessage(
            message(a, ChatMessage::Role::User, QStringLiteral("hello"), t0.addSecs(300)));
        const qint64 answer =
            store
                .appendMessage(message(a, ChatMessage::Role::Assistant, QStringLiteral("3 offers"),
                                       t0.addSecs(301)))
                .result();
        store.recordOffers(a, answer, {roundTripOffer(), connectingOffer(), roundTripOffer()},
                           t0.addSecs(301));
        // An older message does not move B's updatedAt backwards.
        store.appendMessage(message(b, ChatMessage::Role::User, QStringLiteral("late"), t0));
        list = store.listSessions().result();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, a);
        QCOMPARE(list.at(0).title, QStringLiteral("A")); // a title is never overwritten
        QCOMPARE(list.at(0).messageCount, 2);
        QCOMPARE(list.at(0).offerCount, 3);
        QCOMPARE(list.at(0).updatedAt, t0.addSecs(301));
        QCOMPARE(list.at(0).createdAt, t0);
        QCOMPARE(list.at(1).id, c);
        QCOMPARE(list.at(1).messageCount, 0);
        QCOMPARE(list.at(2).id, b);
        QCOMPARE(list.at(2).messageCount, 1);
        QCOMPARE(list.at(2).updatedAt, t0.addSecs(60));

        QCOMPARE(store.listSessions(2).result().size(), 2);
        QCOMPARE(store.listSessions(0).result().size(), 3);
    }

    void missingSessionAndBadWrites() {
        SessionStore store(m_backend.connection());
        QVERIFY(store.open().result().ok);
        QVERIFY(!store.loadSession(4242).result().isValid());
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            store.appendMessage(message(4242, ChatMessage::Role::User, QStringLiteral("x"), t0))
                .result());

        const qint64 one = store.createSession(QStringLiteral("one"), {}, t0).result();
        const qint64 two = store.createSession(QStringLiteral("two"), {}, t0).result();
        const qint64 inOne =
            store.appendMessage(message(one, ChatMessage::Role::Assistant, {}, t0)).result();
        // A message of another session: refused, and nothing of the batch is written.
        QVERIFY_THROWS_EXCEPTION(
            StoreError, store.recordOffers(two, inOne, {roundTripOffer()}, t0).waitForFinished());
        // An offer that cannot be restored (no price) refuses the whole batch.
        FlightOffer broken = connectingOffer();
        broken.totalAmount = Money();
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            store.recordOffers(one, inOne, {roundTripOffer(), broken}, t0).waitForFinished());
        for (const SessionSummary &s : store.listSessions().result())
            QCOMPARE(s.offerCount, 0);
        QCOMPARE(store.recordOffers(one, inOne, {roundTripOffer(), connectingOffer()}, t0).result(),
                 2);
        for (const SessionSummary &s : store.listSessions().result())
            QCOMPARE(s.offerCount, s.id == one ? 2 : 0);
        // Offers kept with the session only are listed under message 0.
        QCOMPARE(store.recordOffers(two, 0, {connectingOffer()}, t0).result(), 1);
        const SessionTranscript transcript = store.loadSession(two).result();
        QCOMPARE(transcript.offersByMessage.value(0), QList<FlightOffer>{connectingOffer()});
    }

    void migratesAVersion1File() {
        BOOKING_SQLITE_ONLY(m_backend);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        withConnection(m_path, [](QSqlDatabase &db) {
            QString error;
            QVERIFY2(SessionSchema::applyMigration(db, 1, &error), qPrintable(error));
            QCOMPARE(SessionSchema::currentVersion(db, &error), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sessions (id, title, source, created_at, updated_at) VALUES"
                " (7, 'old trip', 'cli', '2025-01-02T03:04:05.000Z', "
                "'2025-01-02T03:05:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages (session_id, role, text, created_at, highlights,"
                " offer_count) VALUES (7, 'user', 'Rome in May', '2025-01-02T03:05:00.000Z',"
                " '[[0,4]]', 0)")));
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                              " 'sessions_by_update'"))
                        .toInt() == 0);
        });
        SessionStore store(m_path);
        const StoreOpenResult result = store.open().result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.schemaVersion, SessionSchema::latestVersion());
        QCOMPARE(store.schemaVersion(), SessionSchema::latestVersion());
        const QList<SessionSummary> list = store.listSessions().result();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, 7);
        QCOMPARE(list.at(0).title, QStringLiteral("old trip"));
        QCOMPARE(list.at(0).messageCount, 1);
        QCOMPARE(list.at(0).createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        const SessionTranscript transcript = store.loadSession(7).result();
        QCOMPARE(transcript.messages.size(), 1);
        QCOMPARE(transcript.messages.at(0).text, QStringLiteral("Rome in May"));
        QCOMPARE(transcript.messages.at(0).highlights, (QList<TextSpan>{TextSpan{0, 4}}));
        withConnection(m_path, [](QSqlDatabase &db) {
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                     SessionSchema::latestVersion());
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                               " 'sessions_by_update'"))
                         .toInt(),
                     1);
        });
    }

    void refusesANewerSchemaAndFailsLaterCalls() {
        BOOKING_SQLITE_ONLY(m_backend);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        withConnection(m_path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        });
        SessionStore store(m_path);
        const StoreOpenResult result = store.open().result();
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("newer")));
        QCOMPARE(store.schemaVersion(), 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.listSessions().result());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store.createSession(QStringLiteral("x"), {}, t0).result());
        withConnection(m_path, [](QSqlDatabase &db) {
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 99);
        });
    }

    void callsBeforeOpenFail() {
        SessionStore store(m_backend.connection());
        try {
            store.listSessions().waitForFinished();
            QFAIL("a call before open() must fail");
        } catch (const StoreError &error) {
            QVERIFY(error.message().contains(QLatin1String("not open")));
        }
    }

    void garbageFileIsMovedAside() {
        BOOKING_SQLITE_ONLY(m_backend);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QByteArray garbage;
        for (int i = 0; i < 200; ++i)
            garbage += "this is not a database, just some bytes\n";
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        SessionStore store(m_path);
        const StoreOpenResult result = store.open().result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.movedAsideTo.startsWith(m_path + QStringLiteral(".corrupt-")));
        QCOMPARE(QFileInfo(result.movedAsideTo).fileName().size(),
                 QStringLiteral("history.sqlite.corrupt-20260101-120000").size());
        QFile moved(result.movedAsideTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);
        const qint64 id = store.createSession(QStringLiteral("fresh"), {}, t0).result();
        QCOMPARE(store.listSessions().result().value(0).id, id);
    }

    void damagedDatabaseIsMovedAside() {
        BOOKING_SQLITE_ONLY(m_backend);
        {
            SessionStore store(m_path);
            QVERIFY(store.open().result().ok);
            const qint64 session = store.createSession(QStringLiteral("s"), {}, t0).result();
            for (int i = 0; i < 300; ++i)
                store.appendMessage(message(session, ChatMessage::Role::User,
                                            QStringLiteral("message %1 ").arg(i).repeated(20), t0));
        }
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")) ||
                QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
        {
            // Keep the header page, scramble the b-tree pages behind it.
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 16 * 4096);
            QVERIFY(file.seek(4096));
            file.write(QByteArray(int(size - 4096), '\x5a'));
        }
        SessionStore store(m_path);
        const StoreOpenResult result = store.open().result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.movedAsideTo.isEmpty());
        QVERIFY(QFileInfo::exists(result.movedAsideTo));
        QVERIFY(store.listSessions().result().isEmpty());
    }

    void unwritableLocationsGiveAnError() {
        BOOKING_SQLITE_ONLY(m_backend);
        // A parent that is a regular file: no folder can be made there, even as root.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        SessionStore store(blocker + QStringLiteral("/sub/history.sqlite"));
        const StoreOpenResult result = store.open().result();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY_THROWS_EXCEPTION(StoreError, store.listSessions().result());
    }

    void readOnlyFolderGivesAnError() {
        BOOKING_SQLITE_ONLY(m_backend);
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions");
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        for (const QString &path : {folder + QStringLiteral("/history.sqlite"),
                                    folder + QStringLiteral("/sub/history.sqlite")}) {
            SessionStore store(path);
            const StoreOpenResult result = store.open().result();
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(folder), qPrintable(result.error));
        }
    }

    void readOnlyFileGivesAnErrorAndIsKept() {
        BOOKING_SQLITE_ONLY(m_backend);
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions");
        {
            SessionStore store(m_path);
            QVERIFY(store.open().result().ok);
            store.createSession(QStringLiteral("keep me"), {}, t0).waitForFinished();
        }
        const QByteArray before = [&] {
            QFile f(m_path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner));
        SessionStore store(m_path);
        const StoreOpenResult result = store.open().result();
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("read-only")));
        QVERIFY(result.movedAsideTo.isEmpty());
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void callsQueuedBeforeOpenFinishesRunInOrder() {
        SessionStore store(m_backend.connection());
        const QFuture<StoreOpenResult> opening = store.open();
        const QFuture<qint64> session = store.createSession(QStringLiteral("queued"), {}, t0);
        // The session id is only known once createSession ran; later calls use the first id.
        QList<QFuture<qint64>> appends;
        for (int i = 0; i < 20; ++i)
            appends.append(store.appendMessage(
                message(1, ChatMessage::Role::User, QString::number(i), t0.addSecs(i))));
        const QFuture<QList<SessionSummary>> listed = store.listSessions();
        QVERIFY(opening.result().ok);
        QCOMPARE(session.result(), 1);
        qint64 previous = 0;
        for (const QFuture<qint64> &append : appends) {
            QVERIFY(append.result() > previous);
            previous = append.result();
        }
        QCOMPARE(listed.result().size(), 1);
        QCOMPARE(listed.result().at(0).messageCount, 20);
        const SessionTranscript transcript = store.loadSession(1).result();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(transcript.messages.at(i).text, QString::number(i));
    }

    void walModeIsOn() {
        BOOKING_SQLITE_ONLY(m_backend);
        SessionStore store(m_path);
        QVERIFY(store.open().result().ok);
        store.createSession(QStringLiteral("w"), {}, t0).waitForFinished();
        withConnection(m_path, [](QSqlDatabase &db) {
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            // The second connection sees the committed row while the store is still open.
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 1);
        });
    }

    void destructorDrainsPendingWrites() {
        qint64 session = 0;
        {
            SessionStore store(m_backend.connection());
            store.open();
            session = store.createSession(QStringLiteral("busy"), {}, t0).result();
            for (int i = 0; i < 200; ++i)
                store.appendMessage(message(session, ChatMessage::Role::User,
                                            QStringLiteral("m%1").arg(i), t0.addMSecs(i)));
        }
        SessionStore reopened(m_backend.connection());
        QVERIFY(reopened.open().result().ok);
        QCOMPARE(reopened.listSessions().result().value(0).messageCount, 200);
        QCOMPARE(reopened.loadSession(session).result().messages.size(), 200);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    HistoryTestBackend m_backend;
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
