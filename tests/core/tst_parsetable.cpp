// SPDX-License-Identifier: GPL-3.0-or-later
// The parse table (tests/data/parse_cases.tsv): real-looking chat messages in en, fr, de, es,
// it and pt with the slots a careful reader finds in them, compared with what `booking-cli
// parse` prints for them (issue 3). Plus hostile inputs that must never break the parser.
#include "nlp/RequestParser.h"
#include "nlp/Tokenizer.h"
#include "json/TravelRequestJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-29T10:00:00+01:00"),
                                             Qt::ISODate); // a Sunday

/** The columns of the table after "text", in order; each names a key of the parse JSON. */
const QStringList &checkedColumns() {
    static const QStringList columns = {
        QStringLiteral("language"),    QStringLiteral("intent"),       QStringLiteral("origin"),
        QStringLiteral("destination"), QStringLiteral("via"),          QStringLiteral("departure"),
        QStringLiteral("return"),      QStringLiteral("trip"),         QStringLiteral("passengers"),
        QStringLiteral("cabin"),       QStringLiteral("nonstop"),      QStringLiteral("airlines"),
        QStringLiteral("max_price"),   QStringLiteral("flexible_days")};
    return columns;
}

/** The value of @p key of a parse result written the way the table writes it ("-" = null). */
QString describe(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (key == u"origin" || key == u"destination" || key == u"via")
        return v.toObject().value(QStringLiteral("code")).toString();
    if (key == u"departure" || key == u"return") {
        const QJsonObject d = v.toObject();
        QString s = d.value(QStringLiteral("date")).toString();
        if (d.contains(QStringLiteral("date_to")))
            s += QStringLiteral("..") + d.value(QStringLiteral("date_to")).toString();
        return s;
    }
    if (key == u"passengers") {
        const QJsonObject p = v.toObject();
        return QStringLiteral("%1/%2/%3")
            .arg(p.value(QStringLiteral("adults")).toInt())
            .arg(p.value(QStringLiteral("children")).toInt())
            .arg(p.value(QStringLiteral("infants")).toInt());
    }
    if (key == u"flexible_days") // present only when the dates are flexible (1..3)
        return QString::number(v.toInt());
    if (key == u"nonstop")
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("-");
    if (key == u"airlines") {
        QStringList codes;
        for (const QJsonValue &a : v.toArray())
            codes.append(a.toObject().value(QStringLiteral("code")).toString());
        return codes.isEmpty() ? QStringLiteral("-") : codes.join(u',');
    }
    if (key == u"max_price") {
        const QJsonObject m = v.toObject();
        return m.value(QStringLiteral("amount")).toString() + u' ' +
               m.value(QStringLiteral("currency")).toString();
    }
    return v.toString();
}

/** Every "span" in @p value (recursively) lies inside a text of @p length code units. */
bool spansInside(const QJsonValue &value, qsizetype length, QString *bad) {
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!spansInside(v, length, bad))
                return false;
        }
        return true;
    }
    if (!value.isObject())
        return true;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"span") {
            const QJsonArray s = it.value().toArray();
            const int start = s.at(0).toInt(-1);
            const int end = s.at(1).toInt(-1);
            if (s.size() != 2 || start < 0 || end <= start || end > length) {
                *bad = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                return false;
            }
        } else if (!spansInside(it.value(), length, bad)) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestParseTable : public QObject {
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void robustness_data();
    void robustness();

private:
    RequestParser m_parser;
};

void TestParseTable::table_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // one per checkedColumns()

    QFile file(QStringLiteral(BOOKING_SOURCE_DIR "/tests/data/parse_cases.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QVERIFY(lines.size() > 1);
    const QStringList header = lines.constFirst().split(u'\t');
    QCOMPARE(header.size(), checkedColumns().size() + 1);
    int rows = 0;
    for (int n = 1; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields = line.split(u'\t');
        // The last column (flexible_days) may be left out: then the dates must not be flexible.
        if (fields.size() == header.size() - 1)
            fields.append(QStringLiteral("-"));
        QVERIFY2(fields.size() == header.size(),
                 qPrintable(QStringLiteral("line %1: %2 columns").arg(n + 1).arg(fields.size())));
        const QString text = fields.takeFirst();
        QTest::addRow("%d: %s", n + 1, qPrintable(text)) << text << fields;
        ++rows;
    }
    QVERIFY(rows >= 450);
}

void TestParseTable::table() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TravelRequest r = m_parser.parse(text, kNow);
    const QJsonObject json = TravelRequestJson::toJson(r, text);
    QStringList mismatches;
    for (int i = 0; i < checkedColumns().size(); ++i) {
        const QString &want = expected.at(i);
        if (want == u"*")
            continue;
        const QString got = describe(json, checkedColumns().at(i));
        if (got != want)
            mismatches.append(
                QStringLiteral("%1: got %2, want %3").arg(checkedColumns().at(i), got, want));
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
    QString bad;
    QVERIFY2(spansInside(json, text.size(), &bad), qPrintable(bad));
}

void TestParseTable::robustness_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("origin");      // "" = not checked
    QTest::addColumn<QString>("destination"); // "" = not checked

    const QString request = QStringLiteral("flight from Paris to London tomorrow");
    QString words;
    while (words.size() < 100 * 1024)
        words += QStringLiteral("lorem ipsum dolor sit amet, flight to nowhere 123 ");
    const QString oneChar(100 * 1024, u'a');
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    const QString invalid = QString::fromUtf8("\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c"
                                              "\xbc\xed\xa0\x80");
    const QString emoji = QStringLiteral("✈️🛫🌍🙂👨‍👩‍👧‍👦🇫🇷");
    const QString arabic = QStringLiteral("أريد رحلة من القاهرة إلى دبي غدا");
    const QString hebrew = QStringLiteral("אני רוצה טיסה מתל אביב ללונדון מחר");
    QString nul = request;
    nul.insert(6, QChar(0));
    nul.append(QChar(0));
    QString surrogates = request;
    surrogates.insert(0, QChar(0xd800));
    surrogates.append(QChar(0xdc00));

    QTest::newRow("empty") << QString() << "-"
                           << "-";
    QTest::newRow("spaces") << QStringLiteral(" \t  \r ") << "-"
                            << "-";
    QTest::newRow("100 KB of words") << words << ""
                                     << "";
    QTest::newRow("100 KB of one character") << oneChar << "-"
                                             << "-";
    QTest::newRow("request then 100 KB") << request + u' ' + words << "PAR"
                                         << "LON";
    QTest::newRow("request then 100 KB of one character") << request + u' ' + oneChar << "PAR"
                                                          << "LON";
    QTest::newRow("control characters") << controls << "-"
                                        << "-";
    QTest::newRow("control characters around a request") << controls + request + controls << "PAR"
                                                         << "LON";
    QTest::newRow("invalid UTF-8") << invalid << "-"
                                   << "-";
    QTest::newRow("invalid UTF-8 around a request") << invalid + request + invalid << "PAR"
                                                    << "LON";
    QTest::newRow("emoji only") << emoji << "-"
                                << "-";
    QTest::newRow("emoji in a request")
        << QStringLiteral("✈️ flight from Paris 🇫🇷 to London 🇬🇧 tomorrow 🙂")
        << "PAR"
        << "LON";
    QTest::newRow("Arabic") << arabic << ""
                            << "";
    QTest::newRow("Hebrew") << hebrew << ""
                            << "";
    QTest::newRow("right-to-left mark and a request")
        << QStringLiteral("\u202e") + request + QStringLiteral(" \u200f") + arabic << "PAR"
        << "LON";
    QTest::newRow("NUL characters") << nul << ""
                                    << "";
    QTest::newRow("NUL only") << QString(64, QChar(0)) << "-"
                              << "-";
    QTest::newRow("unpaired surrogates") << surrogates << "PAR"
                                         << "LON";
    QTest::newRow("only punctuation") << QString(5000, u'-') + QString(5000, u'>') << "-"
                                      << "-";
    QTest::newRow("only digits") << QString(20000, u'9') << "-"
                                 << "-";
    QTest::newRow("digits with separators")
        << QStringLiteral("1.2.3.4.5.6.7.8.9.10/11/12-13-14 99999999999999999999 € $ 1k") << ""
        << "";
    QTest::newRow("many short codes") << QStringLiteral("LHR JFK CDG ").repeated(3000) << ""
                                      << "";
    QTest::newRow("combining marks") << QStringLiteral("\u0301\u0301 Pa\u0301ris to\u0308 Lo") << ""
                                     << "";
}

void TestParseTable::robustness() {
    QFETCH(QString, text);
    QFETCH(QString, origin);
    QFETCH(QString, destination);
    const TravelRequest r = m_parser.parse(text, kNow);
    const QJsonObject json = TravelRequestJson::toJson(r, text);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(back.isObject());
    QVERIFY(back.object().value(QStringLiteral("text")).isString());
    for (const QString &key : checkedColumns()) {
        if (key != u"flexible_days") // only there when the dates are flexible
            QVERIFY2(back.object().contains(key), qPrintable(key));
    }
    QString bad;
    QVERIFY2(spansInside(json, std::min<qsizetype>(text.size(), Tokenizer::MaxChars), &bad),
             qPrintable(bad));
    if (!origin.isEmpty())
        QCOMPARE(describe(json, QStringLiteral("origin")), origin);
    if (!destination.isEmpty())
        QCOMPARE(describe(json, QStringLiteral("destination")), destination);
}

QTEST_GUILESS_MAIN(TestParseTable)
#include "tst_parsetable.moc"
