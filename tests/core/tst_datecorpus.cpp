// SPDX-License-Identifier: GPL-3.0-or-later
// Scores the `dates` finder on the Duckling development corpus (DESIGN 9) and guards the level
// reached, plus a few exact cases of the Duckling mapping.
#include "nlp/DateExpressionFinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

namespace {

/** The expected value's fields that Duckling's corpus fixes (extra keys such as "holiday" are
 * not compared). */
QJsonObject comparable(const QJsonObject &v) {
    QJsonObject o{{QStringLiteral("type"), v.value(QStringLiteral("type"))}};
    for (const QString &k : {QStringLiteral("value"), QStringLiteral("grain")}) {
        if (v.contains(k))
            o.insert(k, v.value(k));
    }
    for (const QString &k : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (v.contains(k)) {
            const QJsonObject p = v.value(k).toObject();
            o.insert(k, QJsonObject{{QStringLiteral("value"), p.value(QStringLiteral("value"))},
                                    {QStringLiteral("grain"), p.value(QStringLiteral("grain"))}});
        }
    }
    return o;
}

/** The expression that covers the whole text, else the longest one; null when none. */
QJsonValue bestValue(const QString &text, const QDateTime &now, const QString &lang) {
    const QList<DateExpression> found = DateExpressionFinder::find(text, now, lang);
    const DateExpression *best = nullptr;
    for (const DateExpression &e : found) {
        if (!best || e.span.length() > best->span.length())
            best = &e;
    }
    return best ? QJsonValue(best->valueJson()) : QJsonValue(QJsonValue::Null);
}

const QDateTime kRef =
    QDateTime::fromString(QStringLiteral("2013-02-12T04:30:00.000-02:00"), Qt::ISODateWithMs);

} // namespace

class TestDateCorpus : public QObject {
    Q_OBJECT

private slots:
    void mapping_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *lang, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(lang)
                                << QString::fromUtf8(expected);
        };
        row("next week", "en",
            R"({"type":"value","value":"2013-02-18T00:00:00.000-02:00","grain":"week"})");
        row("next month", "en",
            R"({"type":"value","value":"2013-03-01T00:00:00.000-02:00","grain":"month"})");
        row("tomorrow at 3pm", "en",
            R"({"type":"value","value":"2013-02-13T15:00:00.000-02:00","grain":"hour"})");
        row("at 3:30pm", "en",
            R"({"type":"value","value":"2013-02-12T15:30:00.000-02:00","grain":"minute"})");
        row("at 4am", "en",
            R"({"type":"value","value":"2013-02-13T04:00:00.000-02:00","grain":"hour"})");
        row("12 to 16 september", "en",
            R"({"type":"interval","from":{"value":"2013-09-12T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-09-17T00:00:00.000-02:00","grain":"day"}})");
        row("after 6pm", "en",
            R"({"type":"interval","from":{"value":"2013-02-12T18:00:00.000-02:00","grain":"hour"}})");
        row("evening", "en",
            R"({"type":"interval","from":{"value":"2013-02-12T18:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-13T00:00:00.000-02:00","grain":"hour"}})");
        row("this weekend", "en",
            R"({"type":"interval","from":{"value":"2013-02-15T18:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-18T00:00:00.000-02:00","grain":"hour"}})");
        row("last year", "en",
            R"({"type":"value","value":"2012-01-01T00:00:00.000-02:00","grain":"year"})");
        row("semaine prochaine", "fr",
            R"({"type":"value","value":"2013-02-18T00:00:00.000-02:00","grain":"week"})");
        row("next 3 weeks", "en",
            R"({"type":"interval","from":{"value":"2013-02-18T00:00:00.000-02:00","grain":"week"},"to":{"value":"2013-03-11T00:00:00.000-02:00","grain":"week"}})");
        row("3:30-6pm", "en",
            R"({"type":"interval","from":{"value":"2013-02-12T15:30:00.000-02:00","grain":"minute"},"to":{"value":"2013-02-12T18:01:00.000-02:00","grain":"minute"}})");
        row("8 tonight", "en",
            R"({"type":"value","value":"2013-02-12T20:00:00.000-02:00","grain":"hour"})");
        row("in 2 minutes", "en",
            R"({"type":"value","value":"2013-02-12T04:32:00.000-02:00","grain":"second"})");
        row("dans 15 jours", "fr",
            R"({"type":"value","value":"2013-02-27T00:00:00.000-02:00","grain":"day"})");
        row("in 3 Tagen", "de",
            R"({"type":"value","value":"2013-02-15T00:00:00.000-02:00","grain":"day"})");
        row("en 2 semanas", "es",
            R"({"type":"value","value":"2013-02-26T00:00:00.000-02:00","grain":"day"})");
        row("tra 3 giorni", "it",
            R"({"type":"value","value":"2013-02-15T00:00:00.000-02:00","grain":"day"})");
        row("em 5 dias", "pt",
            R"({"type":"value","value":"2013-02-17T00:00:00.000-02:00","grain":"day"})");
        row("übermorgen", "de",
            R"({"type":"value","value":"2013-02-14T00:00:00.000-02:00","grain":"day"})");
        row("le 16 à 18h", "fr",
            R"({"type":"value","value":"2013-02-16T18:00:00.000-02:00","grain":"hour"})");
        row("a las tres", "es",
            R"({"type":"value","value":"2013-02-12T15:00:00.000-02:00","grain":"hour"})");
        row("right now", "en",
            R"({"type":"value","value":"2013-02-12T04:30:00.000-02:00","grain":"second"})");
        row("I like trains", "en", "null");
        row("1 adult", "en", "null");
    }
    void mapping() {
        QFETCH(QString, text);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QJsonValue got = bestValue(text, kRef, lang);
        const QString gotText =
            got.isNull()
                ? QStringLiteral("null")
                : QString::fromUtf8(QJsonDocument(got.toObject()).toJson(QJsonDocument::Compact));
        const QJsonDocument want = QJsonDocument::fromJson(expected.toUtf8());
        if (expected == u"null")
            QCOMPARE(gotText, expected);
        else
            QCOMPARE(got.toObject(), want.object());
    }

    void spansAndBodies() {
        const QList<DateExpression> found =
            DateExpressionFinder::find(u"fly friday, back on 2/20", kRef, u"en");
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).body, QStringLiteral("friday"));
        QCOMPARE(found.at(0).span.start, 4);
        QCOMPARE(found.at(1).body, QStringLiteral("2/20"));
        const QJsonObject json = found.at(1).toJson();
        QCOMPARE(json.value(QStringLiteral("span")).toArray(), (QJsonArray{20, 24}));
    }

    void corpus() {
        QFile file(QStringLiteral(BOOKING_SHARED_DIR "/nlp-dev/duckling_time_dev.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the development corpus is not available");
        QMap<QString, int> total;
        QMap<QString, int> passed;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QString lang = row.value(QStringLiteral("lang")).toString();
            if (lang.startsWith(u"en"))
                lang = QStringLiteral("en");
            const QDateTime now = QDateTime::fromString(
                row.value(QStringLiteral("ref_time")).toString(), Qt::ISODateWithMs);
            QVERIFY(now.isValid());
            const QJsonValue expected = row.value(QStringLiteral("expected"));
            const QJsonValue got =
                bestValue(row.value(QStringLiteral("text")).toString(), now, lang);
            const bool ok = expected.isNull() ? got.isNull()
                                              : got.isObject() && comparable(expected.toObject()) ==
                                                                      comparable(got.toObject());
            ++total[lang];
            if (ok)
                ++passed[lang];
        }
        // Floors: the level reached (a regression guard), in per mille of each language.
        const QMap<QString, int> floors = {{QStringLiteral("en"), 313}, {QStringLiteral("fr"), 402},
                                           {QStringLiteral("de"), 312}, {QStringLiteral("es"), 409},
                                           {QStringLiteral("it"), 287}, {QStringLiteral("pt"), 402},
                                           {QStringLiteral("all"), 341}};
        int all = 0;
        int allPassed = 0;
        QStringList failures;
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            const int ok = passed.value(it.key());
            all += it.value();
            allPassed += ok;
            const int perMille = ok * 1000 / it.value();
            qInfo("%s: %d/%d (%.1f%%)", qPrintable(it.key()), ok, it.value(), perMille / 10.0);
            if (perMille < floors.value(it.key()))
                failures << it.key();
        }
        QVERIFY(all > 0);
        const int perMille = allPassed * 1000 / all;
        qInfo("total: %d/%d (%.1f%%)", allPassed, all, perMille / 10.0);
        if (perMille < floors.value(QStringLiteral("all")))
            failures << QStringLiteral("all");
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("below the floor: ") +
                                                failures.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestDateCorpus)
#include "tst_datecorpus.moc"
