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
        // Greetings are no parts of the day.
        row("Guten Morgen", "de", "null");
        row("buona sera", "it", "null");
        row("bonne soirée", "fr", "null");
        // Holidays, ranges, counts back, nth weekdays, parts of periods, seasons, minutes
        // written out, in the six languages; and numbers that are no dates.
        row("christmas", "en",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("easter 2014", "en",
            R"({"type":"value","value":"2014-04-20T00:00:00.000-02:00","grain":"day"})");
        row("last thanksgiving", "en",
            R"({"type":"value","value":"2012-11-22T00:00:00.000-02:00","grain":"day"})");
        row("3 days ago", "en",
            R"({"type":"value","value":"2013-02-09T04:00:00.000-02:00","grain":"hour"})");
        row("a week from tomorrow", "en",
            R"({"type":"value","value":"2013-02-20T00:00:00.000-02:00","grain":"day"})");
        row("quarter past 3pm", "en",
            R"({"type":"value","value":"2013-02-12T15:15:00.000-02:00","grain":"minute"})");
        row("first tuesday of october", "en",
            R"({"type":"value","value":"2013-10-01T00:00:00.000-02:00","grain":"day"})");
        row("last day of october 2015", "en",
            R"({"type":"value","value":"2015-10-31T00:00:00.000-02:00","grain":"day"})");
        row("end of April", "en",
            R"({"type":"interval","from":{"value":"2013-04-21T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-05-01T00:00:00.000-02:00","grain":"day"}})");
        row("this winter", "en",
            R"({"type":"interval","from":{"value":"2012-12-21T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-03-21T00:00:00.000-02:00","grain":"day"}})");
        row("between June 3 and 10", "en",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("Thu 15th", "en",
            R"({"type":"value","value":"2013-08-15T00:00:00.000-02:00","grain":"day"})");
        row("Noël", "fr",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("lundi de Pâques 2014", "fr",
            R"({"type":"value","value":"2014-04-21T00:00:00.000-02:00","grain":"day"})");
        row("du 3 au 10 juin", "fr",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("le premier lundi de mars", "fr",
            R"({"type":"value","value":"2013-03-04T00:00:00.000-02:00","grain":"day"})");
        row("il y a deux heures", "fr",
            R"({"type":"value","value":"2013-02-12T02:30:00.000-02:00","grain":"minute"})");
        row("midi et quart", "fr",
            R"({"type":"value","value":"2013-02-12T12:15:00.000-02:00","grain":"minute"})");
        row("vendredi 15 à 16h", "fr",
            R"({"type":"value","value":"2013-02-15T16:00:00.000-02:00","grain":"hour"})");
        row("début avril", "fr",
            R"({"type":"interval","from":{"value":"2013-04-01T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-04-06T00:00:00.000-02:00","grain":"day"}})");
        row("lundi après-midi", "fr",
            R"({"type":"interval","from":{"value":"2013-02-18T12:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-18T19:00:00.000-02:00","grain":"hour"}})");
        row("cet été", "fr",
            R"({"type":"interval","from":{"value":"2013-06-21T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-09-24T00:00:00.000-02:00","grain":"day"}})");
        row("Weihnachten", "de",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("Ostermontag 2018", "de",
            R"({"type":"value","value":"2018-04-02T00:00:00.000-02:00","grain":"day"})");
        row("vom 3. bis 10. Juni", "de",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("vor zwei Wochen", "de",
            R"({"type":"value","value":"2013-01-29T00:00:00.000-02:00","grain":"day"})");
        row("zwanzig nach 3", "de",
            R"({"type":"value","value":"2013-02-12T15:20:00.000-02:00","grain":"minute"})");
        row("18.30 Uhr", "de",
            R"({"type":"value","value":"2013-02-12T18:30:00.000-02:00","grain":"minute"})");
        row("Anfang Juli", "de",
            R"({"type":"interval","from":{"value":"2013-07-01T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-07-11T00:00:00.000-02:00","grain":"day"}})");
        row("dritter Dienstag im September 2014", "de",
            R"({"type":"value","value":"2014-09-16T00:00:00.000-02:00","grain":"day"})");
        row("Navidad", "es",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("Semana Santa", "es",
            R"({"type":"interval","from":{"value":"2013-03-24T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-03-31T00:00:00.000-02:00","grain":"day"}})");
        row("del 3 al 10 de junio", "es",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("hace tres semanas", "es",
            R"({"type":"value","value":"2013-01-22T00:00:00.000-02:00","grain":"day"})");
        row("a las tres y media de la tarde", "es",
            R"({"type":"value","value":"2013-02-12T15:30:00.000-02:00","grain":"minute"})");
        row("a finales de mayo", "es",
            R"({"type":"interval","from":{"value":"2013-05-21T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-01T00:00:00.000-02:00","grain":"day"}})");
        row("el proximo mes", "es",
            R"({"type":"value","value":"2013-03-01T00:00:00.000-02:00","grain":"month"})");
        row("Natale", "it",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("Pasquetta", "it",
            R"({"type":"value","value":"2013-04-01T00:00:00.000-02:00","grain":"day"})");
        row("dal 3 al 10 giugno", "it",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("tre mesi fa", "it",
            R"({"type":"value","value":"2012-11-12T00:00:00.000-02:00","grain":"day"})");
        row("alle tre e venti del pomeriggio", "it",
            R"({"type":"value","value":"2013-02-12T15:20:00.000-02:00","grain":"minute"})");
        row("primo maggio", "it",
            R"({"type":"value","value":"2013-05-01T00:00:00.000-02:00","grain":"day"})");
        row("ultimo lunedì di marzo", "it",
            R"({"type":"value","value":"2013-03-25T00:00:00.000-02:00","grain":"day"})");
        row("Natal", "pt",
            R"({"type":"value","value":"2013-12-25T00:00:00.000-02:00","grain":"day"})");
        row("Páscoa 2015", "pt",
            R"({"type":"value","value":"2015-04-05T00:00:00.000-02:00","grain":"day"})");
        row("de 3 a 10 de junho", "pt",
            R"({"type":"interval","from":{"value":"2013-06-03T00:00:00.000-02:00","grain":"day"},"to":{"value":"2013-06-11T00:00:00.000-02:00","grain":"day"}})");
        row("dia 15 às 18h", "pt",
            R"({"type":"value","value":"2013-02-15T18:00:00.000-02:00","grain":"hour"})");
        row("hoje à noite", "pt",
            R"({"type":"interval","from":{"value":"2013-02-12T18:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-13T00:00:00.000-02:00","grain":"hour"}})");
        row("meio dia e meia", "pt",
            R"({"type":"value","value":"2013-02-12T12:30:00.000-02:00","grain":"minute"})");
        row("flight 447", "en", "null");
        row("Terminal 2", "en", "null");
        row("Gate 12", "en", "null");
        row("under 500", "en", "null");
        row("2 kids", "en", "null");
        row("14.10. - 15.10.2018", "de",
            R"({"type":"interval","from":{"value":"2018-10-14T00:00:00.000-02:00","grain":"day"},"to":{"value":"2018-10-16T00:00:00.000-02:00","grain":"day"}})");
        row("am Wochenende", "de",
            R"({"type":"interval","from":{"value":"2013-02-15T18:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-18T00:00:00.000-02:00","grain":"hour"}})");
        row("este fin de semana", "es",
            R"({"type":"interval","from":{"value":"2013-02-15T18:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-18T00:00:00.000-02:00","grain":"hour"}})");
        row("mañana a las once", "es",
            R"({"type":"value","value":"2013-02-13T11:00:00.000-02:00","grain":"hour"})");
        row("prima del 20 aprile", "it",
            R"({"type":"interval","to":{"value":"2013-04-20T00:00:00.000-02:00","grain":"day"}})");
        row("gio 15", "it",
            R"({"type":"value","value":"2013-08-15T00:00:00.000-02:00","grain":"day"})");
        row("domattina", "it",
            R"({"type":"interval","from":{"value":"2013-02-13T04:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-13T12:00:00.000-02:00","grain":"hour"}})");
        row("après le 1er novembre", "fr",
            R"({"type":"interval","from":{"value":"2013-11-01T00:00:00.000-02:00","grain":"day"}})");
        row("en début d'après-midi", "fr",
            R"({"type":"interval","from":{"value":"2013-02-12T12:00:00.000-02:00","grain":"hour"},"to":{"value":"2013-02-12T14:00:00.000-02:00","grain":"hour"}})");
        row("mardi en 8", "fr",
            R"({"type":"value","value":"2013-02-19T00:00:00.000-02:00","grain":"day"})");
        row("as onze e quarenta e cinco", "pt",
            R"({"type":"value","value":"2013-02-12T11:45:00.000-02:00","grain":"minute"})");
        row("quinze para o meio dia", "pt",
            R"({"type":"value","value":"2013-02-12T11:45:00.000-02:00","grain":"minute"})");
        row("at 5 tomorrow afternoon", "en",
            R"({"type":"value","value":"2013-02-13T17:00:00.000-02:00","grain":"hour"})");
        row("at once", "en", "null");
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
        const QMap<QString, int> floors = {{QStringLiteral("en"), 571}, {QStringLiteral("fr"), 768},
                                           {QStringLiteral("de"), 575}, {QStringLiteral("es"), 659},
                                           {QStringLiteral("it"), 593}, {QStringLiteral("pt"), 668},
                                           {QStringLiteral("all"), 623}};
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
