// SPDX-License-Identifier: GPL-3.0-or-later
// SessionJson (the exported conversation format) and SessionImporter (importing it into a store).
#include "HistoryFixtures.h"
#include "storage/SessionStore.h"
#include "storage/export/SessionImporter.h"
#include "storage/export/SessionJson.h"
#include "json/OfferJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryFixtures;

namespace {
const QDateTime T0(QDate(2026, 11, 29), QTime(9, 0, 0, 125), Qt::UTC);

SessionTranscript sampleTranscript() {
    SessionTranscript t;
    t.summary.id = 7;
    t.summary.title = QStringLiteral("Lisbon to Berlin, \"cheap\"");
    t.summary.source = QStringLiteral("app");
    t.summary.createdAt = T0;
    t.summary.updatedAt = T0.addSecs(70);
    ChatMessage user =
        message(ChatMessage::Role::User, QStringLiteral("Lisboa → Berlin on 10 Dec, 2 adults"), T0);
    user.id = 11;
    user.highlights = {TextSpan{0, 6}, TextSpan{9, 15}};
    ChatMessage reply =
        message(ChatMessage::Role::Assistant,
                QStringLiteral("I found 2 offers.\nThe cheapest: €89."), T0.addSecs(2), 2);
    reply.id = 12;
    ChatMessage second =
        message(ChatMessage::Role::User, QStringLiteral("JFK to London"), T0.addSecs(60));
    second.id = 13;
    ChatMessage secondReply =
        message(ChatMessage::Role::Assistant, QStringLiteral("One offer."), T0.addSecs(70), 1);
    secondReply.id = 14;
    t.messages = {user, reply, second, secondReply};
    t.offersByMessage.insert(12,
                             {connection(QStringLiteral("off_1"), "89.00", {2026, 12, 10}),
                              connection(QStringLiteral("off_2"), "112.50", {2026, 12, 10}, true)});
    t.offersByMessage.insert(14, {overnight(QStringLiteral("off_3"), {2027, 3, 27})});
    return t;
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change) {
    QJsonObject root = QJsonDocument::fromJson(SessionJson::write(sampleTranscript())).object();
    change(root);
    return QJsonDocument(root).toJson();
}

QJsonObject messageAt(const QJsonObject &root, int i) {
    return root.value(QStringLiteral("messages")).toArray().at(i).toObject();
}

void setMessage(QJsonObject &root, int i, const QJsonObject &m) {
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    messages[i] = m;
    root[QStringLiteral("messages")] = messages;
}
} // namespace

class TestSessionJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedShape() {
        const QByteArray bytes = SessionJson::write(sampleTranscript());
        QCOMPARE(SessionJson::write(sampleTranscript()), bytes); // deterministic
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("booking-assistant-session"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject session = root.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-11-29T09:00:00.125Z"));
        QCOMPARE(session.value(QStringLiteral("source")).toString(), QStringLiteral("app"));
        QVERIFY(!session.contains(QStringLiteral("id")));
        const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        const QJsonObject user = messages.at(0).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(user.value(QStringLiteral("highlights")).toArray(),
                 (QJsonArray{QJsonArray{0, 6}, QJsonArray{9, 15}}));
        const QJsonArray offers =
            messages.at(1).toObject().value(QStringLiteral("offers")).toArray();
        QCOMPARE(offers.size(), 2);
        const QJsonObject offer = offers.at(1).toObject();
        QCOMPARE(offer, OfferJson::toJson(sampleTranscript().offersByMessage.value(12).at(1)));
        QCOMPARE(offer.value(QStringLiteral("total_amount")).toString(), QStringLiteral("112.50"));
        const QJsonObject firstSlice =
            offer.value(QStringLiteral("slices")).toArray().at(0).toObject();
        QCOMPARE(firstSlice.value(QStringLiteral("departure")).toString(),
                 QStringLiteral("2026-12-10T09:25:00+00:00")); // Lisbon in winter
        QCOMPARE(firstSlice.value(QStringLiteral("arrival")).toString(),
                 QStringLiteral("2026-12-10T15:30:00+01:00")); // Berlin
        QVERIFY(!root.contains(QStringLiteral("session_offers")));
    }

    void readsWhatItWrites() {
        const SessionTranscript original = sampleTranscript();
        QString error;
        const auto read = SessionJson::read(SessionJson::write(original), &error);
        QVERIFY2(read.has_value(), qPrintable(error));
        QCOMPARE(read->summary.id, 0);
        QCOMPARE(read->summary.title, original.summary.title);
        QCOMPARE(read->summary.createdAt, original.summary.createdAt);
        QCOMPARE(read->summary.updatedAt, original.summary.updatedAt);
        QCOMPARE(read->summary.messageCount, 4);
        QCOMPARE(read->summary.offerCount, 3);
        QCOMPARE(read->messages.size(), original.messages.size());
        for (int i = 0; i < original.messages.size(); ++i) {
            const ChatMessage &a = read->messages.at(i);
            const ChatMessage &b = original.messages.at(i);
            QCOMPARE(a.id, i + 1);
            QCOMPARE(a.role, b.role);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.timestamp, b.timestamp);
            QCOMPARE(a.highlights, b.highlights);
            QCOMPARE(a.offerCount, b.offerCount);
            QCOMPARE(read->offersByMessage.value(a.id), original.offersByMessage.value(b.id));
        }
        // The zones survive, not only the offsets.
        const Segment first = read->offersByMessage.value(2).at(0).slices.at(0).segments.at(0);
        QCOMPARE(first.departure.timeZone().id(), QByteArray("Europe/Lisbon"));
    }

    void refusesBadDocuments_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("garbage") << QByteArray("\xff\xfe{{") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "no JSON object";
        QTest::newRow("other format") << withChange([](QJsonObject &r) {
            r[QStringLiteral("format")] = QStringLiteral("something-else");
        }) << "\"format\"";
        QTest::newRow("newer version")
            << withChange([](QJsonObject &r) { r[QStringLiteral("version")] = 2; }) << "version 2";
        QTest::newRow("version as text") << withChange([](QJsonObject &r) {
            r[QStringLiteral("version")] = QStringLiteral("1");
        }) << "version ?";
        QTest::newRow("no messages")
            << withChange([](QJsonObject &r) { r.remove(QStringLiteral("messages")); })
            << "\"messages\" is missing";
        QTest::newRow("unknown field") << withChange([](QJsonObject &r) {
            r[QStringLiteral("password")] = QStringLiteral("x");
        }) << "unknown field \"password\"";
        QTest::newRow("bad source") << withChange([](QJsonObject &r) {
            QJsonObject s = r.value(QStringLiteral("session")).toObject();
            s[QStringLiteral("source")] = QStringLiteral("web");
            r[QStringLiteral("session")] = s;
        }) << "session: \"source\"";
        QTest::newRow("time without offset") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 2);
            m[QStringLiteral("created_at")] = QStringLiteral("2026-11-29T09:00:00");
            setMessage(r, 2, m);
        }) << "messages[2]: \"created_at\"";
        QTest::newRow("bad role") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 0);
            m[QStringLiteral("role")] = QStringLiteral("admin");
            setMessage(r, 0, m);
        }) << "messages[0]: \"role\"";
        QTest::newRow("text is a number") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 0);
            m[QStringLiteral("text")] = 3;
            setMessage(r, 0, m);
        }) << "\"text\" must be a text";
        QTest::newRow("highlight past the text") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 0);
            m[QStringLiteral("highlights")] = QJsonArray{QJsonArray{2, 500}};
            setMessage(r, 0, m);
        }) << "messages[0].highlights[0]";
        QTest::newRow("highlight backwards") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 0);
            m[QStringLiteral("highlights")] = QJsonArray{QJsonArray{5, 2}};
            setMessage(r, 0, m);
        }) << "messages[0].highlights[0]";
        QTest::newRow("negative offer count") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 1);
            m[QStringLiteral("offer_count")] = -1;
            setMessage(r, 1, m);
        }) << "offer_count";
        QTest::newRow("price as a number") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 1);
            QJsonArray offers = m.value(QStringLiteral("offers")).toArray();
            QJsonObject o = offers.at(1).toObject();
            o[QStringLiteral("total_amount")] = 112.5;
            offers[1] = o;
            m[QStringLiteral("offers")] = offers;
            setMessage(r, 1, m);
        }) << "messages[1].offers[1]";
        QTest::newRow("offer field changed") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 3);
            QJsonArray offers = m.value(QStringLiteral("offers")).toArray();
            QJsonObject o = offers.at(0).toObject();
            o[QStringLiteral("cabin")] = QStringLiteral("spaceship");
            offers[0] = o;
            m[QStringLiteral("offers")] = offers;
            setMessage(r, 3, m);
        }) << "messages[3].offers[0]: the offer is not in the exported format";
        QTest::newRow("offer without slices") << withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 3);
            QJsonArray offers = m.value(QStringLiteral("offers")).toArray();
            QJsonObject o = offers.at(0).toObject();
            o[QStringLiteral("slices")] = QJsonArray();
            offers[0] = o;
            m[QStringLiteral("offers")] = offers;
            setMessage(r, 3, m);
        }) << "messages[3].offers[0]: the offer cannot be restored";
        QTest::newRow("message not an object") << withChange([](QJsonObject &r) {
            QJsonArray messages = r.value(QStringLiteral("messages")).toArray();
            messages.append(QStringLiteral("hello"));
            r[QStringLiteral("messages")] = messages;
        }) << "messages[4]: a message must be an object";
    }
    void refusesBadDocuments() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SessionJson::read(bytes, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

    void importRoundTripsThroughTheStore() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SessionStore store(SessionStore::databasePathFor(dir.path()));
        QVERIFY(store.open().result().ok);
        // A stored session, written the way the app writes it.
        const SessionTranscript sample = sampleTranscript();
        const QFuture<qint64> session =
            store.createSession(sample.summary.title, sample.summary.source, T0);
        for (const ChatMessage &m : sample.messages)
            store.appendMessage(session, m, sample.offersByMessage.value(m.id), m.timestamp)
                .waitForFinished();
        const qint64 id = session.result();
        const QByteArray exported = SessionJson::write(store.loadSession(id).result());
        QCOMPARE(exported, SessionJson::write(sample)); // ids differ, the bytes do not

        const QString file = dir.filePath(QStringLiteral("export.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported);
        out.close();
        const qint64 imported = SessionImporter::importFile(&store, file).result();
        QVERIFY(imported > id);
        const SessionTranscript back = store.loadSession(imported).result();
        QCOMPARE(back.summary.messageCount, 4);
        QCOMPARE(back.summary.offerCount, 3);
        QCOMPARE(SessionJson::write(back), exported); // export -> import -> export: same bytes
        QCOMPARE(store.listSessions().result().size(), 2);
    }

    void invalidImportWritesNothing() {
        QTemporaryDir dir;
        SessionStore store(SessionStore::databasePathFor(dir.path()));
        QVERIFY(store.open().result().ok);
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(withChange([](QJsonObject &r) {
            QJsonObject m = messageAt(r, 3);
            m[QStringLiteral("role")] = QStringLiteral("robot");
            setMessage(r, 3, m);
        }));
        out.close();
        for (const QString &path :
             {file, dir.filePath(QStringLiteral("missing.json")), dir.path()}) {
            QFuture<qint64> result = SessionImporter::importFile(&store, path);
            try {
                result.waitForFinished();
                QFAIL("the import should have failed");
            } catch (const StoreError &error) {
                QVERIFY(!error.message().isEmpty());
                QVERIFY2(error.message().contains(QStringLiteral("robot")) ||
                             error.message().contains(QStringLiteral("does not exist")) ||
                             error.message().contains(QStringLiteral("folder")),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(store.listSessions().result().size(), 0);
    }

    void failedWriteLeavesNoPartialSession() {
        // An offer without a price passes no validation the store would skip: the store refuses
        // it in the middle of the import, after the session and earlier messages were written.
        QTemporaryDir dir;
        SessionStore store(SessionStore::databasePathFor(dir.path()));
        QVERIFY(store.open().result().ok);
        SessionTranscript broken = sampleTranscript();
        FlightOffer unpriced = broken.offersByMessage.value(14).at(0);
        unpriced.totalAmount = Money();
        broken.offersByMessage[14] = {unpriced};
        QVERIFY_THROWS_EXCEPTION(StoreError, SessionImporter::importNow(&store, broken));
        QCOMPARE(store.listSessions().result().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionJson)
#include "tst_sessionjson.moc"
