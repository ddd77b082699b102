// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL full-text index of the history (tsvector + GIN, ts_rank, ts_headline), against
// the real server of ctest's "postgres" fixture.
#include "PostgresTestServer.h"
#include "storage/PostgresConnection.h"
#include "storage/PostgresSchema.h"
#include "storage/PostgresTextIndex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPostgresTextIndex : public QObject {
    Q_OBJECT

private:
    PostgresTestServer m_server;
    HistoryConnection m_connection;
    const QString m_name = QStringLiteral("text-index-test");

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery query(db());
        if (!query.prepare(sql + QStringLiteral(" RETURNING id")))
            qWarning() << query.lastError().text();
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }
    qint64 session(const QString &title) {
        return insert(QStringLiteral("INSERT INTO sessions (title, source, created_at, updated_at)"
                                     " VALUES (?, 'app', ?, ?)"),
                      {title, QStringLiteral("2026-11-01T10:00:00.000Z"),
                       QStringLiteral("2026-11-01T10:00:00.000Z")});
    }
    qint64 message(qint64 sessionId, const QString &text) {
        return insert(QStringLiteral("INSERT INTO messages (session_id, role, text, created_at)"
                                     " VALUES (?, 'user', ?, '2026-11-01T10:00:00.000Z')"),
                      {sessionId, text});
    }
    static QStringList marked(const HistoryHit &hit) {
        QStringList words;
        for (const auto &mark : hit.marks)
            words.append(hit.snippet.mid(mark.first, mark.second));
        return words;
    }

private Q_SLOTS:
    void init() {
        BOOKING_REQUIRE_POSTGRES(m_server);
        QString error;
        m_connection = m_server.createDatabase(&error);
        QVERIFY2(!m_connection.database.isEmpty(), qPrintable(error));
        QSqlDatabase opened = PostgresConnection::open(m_connection, m_name, &error);
        QVERIFY2(opened.isValid(), qPrintable(error));
    }
    void cleanup() {
        if (QSqlDatabase::contains(m_name)) {
            db().close();
            QSqlDatabase::removeDatabase(m_name);
        }
        if (!m_connection.database.isEmpty())
            m_server.dropDatabase(m_connection.database);
        m_connection = HistoryConnection();
    }

    void existingRowsAreIndexedByTheMigration() {
        QSqlDatabase database = db();
        QString error;
        for (int version = 1; version <= 3; ++version)
            QVERIFY2(PostgresSchema::applyMigration(database, version, &error), qPrintable(error));
        const qint64 s = session(QStringLiteral("Old"));
        message(s, QStringLiteral("An old message about Zürich"));
        QVERIFY(insert(QStringLiteral("INSERT INTO session_places (session_id, origin,"
                                      " destination, names, folded) VALUES (?, ?, ?, ?, ?)"),
                       {s, QStringLiteral("LIS"), QStringLiteral("ZRH"),
                        QStringLiteral("LIS Lisbon Lisbonne ZRH Zurich Zürich"),
                        QStringLiteral("lis lisbon lisbonne zrh zurich zurich")}) > 0);
        QCOMPARE(PostgresSchema::migrate(database, &error), PostgresSchema::latestVersion());
        const QList<HistoryHit> hits =
            PostgresTextIndex().search(database, QStringLiteral("zürich"), 10);
        QCOMPARE(hits.size(), 2);
        QStringList roles{hits.at(0).role, hits.at(1).role};
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("offers"), QStringLiteral("user")}));
    }

    void accentsPrefixAndMarks() {
        QSqlDatabase database = db();
        QString error;
        QCOMPARE(PostgresSchema::migrate(database, &error), PostgresSchema::latestVersion());
        if (!PostgresTextIndex::accentsFolded(database))
            QSKIP("the server has no unaccent extension");
        const qint64 s = session(QStringLiteral("Trip"));
        const qint64 m = message(s, QStringLiteral("From Lisbon to Zürich next Friday,\n2 adults"));
        message(s, QStringLiteral("Something else entirely"));
        const PostgresTextIndex index;
        for (const QString &query : {QStringLiteral("zurich"), QStringLiteral("ZÜRICH"),
                                     QStringLiteral("Zur"), QStringLiteral("lisbon zur")}) {
            const QList<HistoryHit> hits = index.search(database, query, 10);
            QVERIFY2(hits.size() == 1, qPrintable(query));
            QCOMPARE(hits.at(0).messageId, m);
            QCOMPARE(hits.at(0).sessionId, s);
            QCOMPARE(hits.at(0).sessionTitle, QStringLiteral("Trip"));
            QVERIFY(marked(hits.at(0)).contains(QStringLiteral("Zürich")));
            QVERIFY(!hits.at(0).snippet.contains(QChar(0xE000)));
            QVERIFY(!hits.at(0).snippet.contains(QLatin1Char('\n')));
            QVERIFY(hits.at(0).score > 0);
        }
        QVERIFY(index.search(database, QStringLiteral("zurich geneva"), 10).isEmpty());
    }

    void operatorsAreLiteral_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("and") << QStringLiteral("AND");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("near") << QStringLiteral("NEAR(");
        QTest::newRow("tsquery ops") << QStringLiteral("a & !b | c <-> d:*");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --");
        QTest::newRow("backslash") << QStringLiteral("\\ '' \\'");
        QTest::newRow("empty") << QString();
    }
    void operatorsAreLiteral() {
        QFETCH(QString, query);
        QSqlDatabase database = db();
        QString error;
        QCOMPARE(PostgresSchema::migrate(database, &error), PostgresSchema::latestVersion());
        message(session(QStringLiteral("x")), QStringLiteral("Cats AND dogs, near the sea"));
        // Never an error; words are plain words.
        const QList<HistoryHit> hits = PostgresTextIndex().search(database, query, 10);
        Q_UNUSED(hits)
        QSqlQuery count(database);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM messages")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(PostgresTextIndex().search(database, QStringLiteral("AND"), 10).size(), 1);
        QCOMPARE(PostgresTextIndex().search(database, QStringLiteral("NEAR("), 10).size(), 1);
    }

    void rankingAndLimit() {
        QSqlDatabase database = db();
        QString error;
        QCOMPARE(PostgresSchema::migrate(database, &error), PostgresSchema::latestVersion());
        const qint64 s = session(QStringLiteral("Many"));
        message(s, QStringLiteral("Paris once, then a long story about something else entirely"));
        const qint64 best = message(s, QStringLiteral("Paris Paris Paris"));
        for (int i = 0; i < 5; ++i)
            message(s, QStringLiteral("paris trip number %1").arg(i));
        const QList<HistoryHit> hits =
            PostgresTextIndex().search(database, QStringLiteral("paris"), 3);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).messageId, best);
        QVERIFY(hits.at(0).score >= hits.at(1).score);
        QVERIFY(hits.at(1).score >= hits.at(2).score);
    }

    void updatesAndDeletesFollow() {
        QSqlDatabase database = db();
        QString error;
        QCOMPARE(PostgresSchema::migrate(database, &error), PostgresSchema::latestVersion());
        const qint64 s = session(QStringLiteral("S"));
        const qint64 m = message(s, QStringLiteral("Madrid in spring"));
        const PostgresTextIndex index;
        QCOMPARE(index.search(database, QStringLiteral("madrid"), 10).size(), 1);
        QSqlQuery update(database);
        update.prepare(QStringLiteral("UPDATE messages SET text = ? WHERE id = ?"));
        update.addBindValue(QStringLiteral("Porto in autumn"));
        update.addBindValue(m);
        QVERIFY(update.exec());
        QVERIFY(index.search(database, QStringLiteral("madrid"), 10).isEmpty());
        QCOMPARE(index.search(database, QStringLiteral("porto"), 10).size(), 1);
        QSqlQuery remove(database);
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM sessions")));
        QVERIFY(index.search(database, QStringLiteral("porto"), 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgresTextIndex)
#include "tst_postgrestextindex.moc"
