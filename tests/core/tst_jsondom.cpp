// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/http/JsonDom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/** JsonDom (simdjson) accepts and reads exactly what QJsonDocument, which it replaced, did. */
class TestJsonDom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatQJsonDocumentAccepts_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object") << QByteArray(R"({"data": [1, 2.5, "x", null, true]})");
        QTest::newRow("white space around") << QByteArray(" \n\t{\"a\": {}}\r\n ");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
        QTest::newRow("unicode escapes") << QByteArray("{\"a\": \"\\u00e9\\ud83d\\ude00\\n\"}");
        QTest::newRow("utf-8") << QByteArray("{\"a\": \"S\xC3\xA3o Paulo\"}");
        QTest::newRow("duplicate keys") << QByteArray(R"({"a": 1, "a": 2})");
        QTest::newRow("array root") << QByteArray("[]");
        QTest::newRow("string root") << QByteArray("\"x\"");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("white space only") << QByteArray("   ");
        QTest::newRow("truncated") << QByteArray("{\"data\": [{\"id\": \"off_1\", \"total");
        QTest::newRow("truncated after a value") << QByteArray(R"({"data": [1, 2])");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("trailing garbage") << QByteArray(R"({"a": 1} x)");
        QTest::newRow("two documents") << QByteArray(R"({"a": 1}{"b": 2})");
        QTest::newRow("trailing comma") << QByteArray(R"({"a": [1, 2,]})");
        QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})");
        QTest::newRow("single quotes") << QByteArray("{'a': 1}");
        QTest::newRow("unquoted key") << QByteArray("{a: 1}");
        QTest::newRow("comment") << QByteArray("{\"a\": 1 /* no */}");
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x\"}");
        QTest::newRow("control character") << QByteArray("{\"a\": \"\x01\"}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xC3\x28\"}");
        QTest::newRow("NaN") << QByteArray(R"({"a": NaN})");
        QTest::newRow("leading zero") << QByteArray(R"({"a": 01})");
        QTest::newRow("number too large") << QByteArray(R"({"a": 1e400})");
        QTest::newRow("integer beyond 64 bits")
            << QByteArray(R"({"a": 123456789012345678901234567890})");
        QTest::newRow("nul byte") << QByteArray("{\"a\": 1}\0", 9);
        QByteArray deep;
        for (int i = 0; i < 2000; ++i)
            deep += "{\"a\":";
        deep += "1";
        for (int i = 0; i < 2000; ++i)
            deep += '}';
        QTest::newRow("nested 2000 deep") << deep;
    }
    void acceptsWhatQJsonDocumentAccepts() {
        QFETCH(QByteArray, body);
        const QJsonDocument qt = QJsonDocument::fromJson(body);
        const JsonDom dom(body);
        QCOMPARE(dom.isObject(), qt.isObject());
        QCOMPARE(dom.errorString().isEmpty(), qt.isObject());
        // And reads the same value ("a" in the rows that have one).
        const QJsonValue a = qt.object().value(QLatin1String("a"));
        QCOMPARE(JsonDom::string(JsonDom::field(dom.root(), "a")), a.toString());
        QCOMPARE(JsonDom::number(JsonDom::field(dom.root(), "a"), -1), a.toDouble(-1));
    }

    void readsLikeQJsonObject() {
        const QByteArray body = R"({"s": "café", "n": 151, "d": 2.5, "z": null,
            "o": {"k": "v"}, "a": ["x", "y"], "dup": "first", "dup": "last", "e": ""})";
        const JsonDom dom(body);
        const QJsonObject qt = QJsonDocument::fromJson(body).object();
        QVERIFY(dom.isObject());
        const JsonDom::Value root = dom.root();
        for (const char *key : {"s", "n", "d", "z", "o", "a", "dup", "e", "missing"}) {
            const QJsonValue value = qt.value(QLatin1String(key));
            const JsonDom::Value ours = JsonDom::field(root, key);
            QCOMPARE(JsonDom::string(ours), value.toString());
            QCOMPARE(JsonDom::isNumber(ours), value.isDouble());
            QCOMPARE(JsonDom::number(ours, -1), value.toDouble(-1));
            QCOMPARE(int(JsonDom::arraySize(ours)), int(value.toArray().size()));
        }
        QCOMPARE(JsonDom::string(JsonDom::field(root, "dup")), QStringLiteral("last"));
        QCOMPARE(JsonDom::string(JsonDom::field(JsonDom::field(root, "o"), "k")),
                 QStringLiteral("v"));
        QCOMPARE(JsonDom::string(JsonDom::at(JsonDom::field(root, "a"), 1)), QStringLiteral("y"));
        QVERIFY(JsonDom::at(JsonDom::field(root, "a"), 2).error());
        QCOMPARE(JsonDom::bytes(JsonDom::field(root, "s")), QByteArray("caf\xC3\xA9"));
        // Lookups through what is not an object are absent, never a crash.
        QVERIFY(JsonDom::string(JsonDom::field(JsonDom::field(root, "s"), "k")).isNull());
        QVERIFY(JsonDom::string(JsonDom::field(JsonDom::field(root, "missing"), "k")).isNull());
        const JsonDom broken("{");
        QVERIFY(JsonDom::string(JsonDom::field(broken.root(), "a")).isNull());
        QCOMPARE(int(JsonDom::arraySize(broken.root())), 0);
    }

    void severalDocumentsAtOnce() {
        // The second JsonDom on this thread gets its own parser: the first stays readable.
        const JsonDom first(QByteArray(R"({"a": "one"})"));
        {
            const JsonDom second(QByteArray(R"({"a": "two"})"));
            QCOMPARE(JsonDom::string(JsonDom::field(second.root(), "a")), QStringLiteral("two"));
        }
        QCOMPARE(JsonDom::string(JsonDom::field(first.root(), "a")), QStringLiteral("one"));
        const JsonDom third(QByteArray(R"({"a": "three"})"));
        QCOMPARE(JsonDom::string(JsonDom::field(third.root(), "a")), QStringLiteral("three"));
        QCOMPARE(JsonDom::string(JsonDom::field(first.root(), "a")), QStringLiteral("one"));
    }

    void paddedAndHugeBodies() {
        // Spare capacity for simdjson's padding: read in place.
        QByteArray padded;
        padded.reserve(1024);
        padded = R"({"a": "in place"})";
        padded.reserve(1024);
        QVERIFY(padded.capacity() - padded.size() >= qsizetype(simdjson::SIMDJSON_PADDING));
        const JsonDom inPlace(padded);
        QCOMPARE(JsonDom::string(JsonDom::field(inPlace.root(), "a")), QStringLiteral("in place"));

        // Over SharedParserMaxBytes: a parser of its own, freed after.
        QByteArray huge = R"({"data": [)";
        const QByteArray item = R"({"id": "off_0000000000", "total_amount": "123.45"},)";
        while (huge.size() <= JsonDom::SharedParserMaxBytes)
            huge += item;
        huge.chop(1);
        huge += "]}";
        {
            const JsonDom dom(huge);
            QVERIFY(dom.isObject());
            QCOMPARE(qsizetype(JsonDom::arraySize(JsonDom::field(dom.root(), "data"))),
                     (huge.size() - 13) / item.size() + 1);
        }
        huge.chop(1); // truncated
        QVERIFY(!JsonDom(huge).isObject());
    }
};

QTEST_GUILESS_MAIN(TestJsonDom)
#include "tst_jsondom.moc"
