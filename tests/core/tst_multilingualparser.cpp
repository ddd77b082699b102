// SPDX-License-Identifier: GPL-3.0-or-later
// Requests in English, French, German, Spanish, Italian and Portuguese, with misspelt places,
// accents left out, passengers and prices in words and airlines by name (issue 3).
#include "geo/GeoDatabase.h"
#include "nlp/FuzzyNames.h"
#include "nlp/RequestParser.h"

#include <QTest>

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-29T10:00:00+01:00"),
                                             Qt::ISODate); // a Sunday

/** The slots this test checks, as key -> text without spans; "-" when not set. */
QHash<QString, QString> describe(const TravelRequest &r) {
    const auto place = [](const PlaceMention &m) {
        return m.isValid() ? m.place.code : QStringLiteral("-");
    };
    QHash<QString, QString> d;
    d[QStringLiteral("origin")] = place(r.origin);
    d[QStringLiteral("destination")] = place(r.destination);
    d[QStringLiteral("via")] = place(r.via);
    d[QStringLiteral("pax")] = r.passengers ? QStringLiteral("%1,%2,%3")
                                                  .arg(r.passengers->adults)
                                                  .arg(r.passengers->children)
                                                  .arg(r.passengers->infants)
                                            : QStringLiteral("-");
    QStringList airlines;
    for (const AirlineMention &a : r.airlines)
        airlines.append(a.code);
    d[QStringLiteral("airlines")] = airlines.isEmpty() ? QStringLiteral("-") : airlines.join(u',');
    d[QStringLiteral("price")] =
        r.maxPrice ? r.maxPrice->amountString() + r.maxPrice->currency() : QStringLiteral("-");
    return d;
}

} // namespace

class TestMultilingualParser : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void distance_data();
    void distance();
    void fuzzyBounds();

private:
    RequestParser m_parser;
};

void TestMultilingualParser::parse_data() {
    QTest::addColumn<QString>("text");
    // Space-separated key=value pairs; only the keys given are checked; "-" means not set.
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *text, const char *expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("flight from Barcelna to Frankfrut", "origin=BCN destination=FRA");
    row("Lisbonn to Amsterdma tomorrow", "origin=LIS destination=AMS");
    row("to Müchen", "destination=MUC");
    row("flights to Barcelonna", "destination=BCN");
    row("from Amsterdma to Lisbonn", "origin=AMS destination=LIS");
    row("Frankfrut to Lisbon", "origin=FRA destination=LIS");
    row("I need a flight to Manchestr on Friday", "destination=MAN");
    row("fly from Edinbrugh to Dublin", "origin=EDI destination=DUB");
    row("to Copenhagn from Berlin", "origin=BER destination=CPH");
    row("Stockholmm to Helsinki", "origin=STO destination=HEL");
    row("from Brusels to Vienna", "origin=BRU destination=VIE");
    row("Hambrug to Stuttgart", "origin=HAM destination=STR");
    row("de Barcelna à Lisbonne", "origin=BCN destination=LIS");
    row("von Frankfrut nach Müchen", "origin=FRA destination=MUC");
    row("de Barcelna a Lisboa", "origin=BCN destination=LIS");
    row("da Amsterdma a Roma", "origin=AMS destination=ROM");
    row("de Lisbonn para Paris", "origin=LIS destination=PAR");
    row("flight to Philadelpia", "destination=PHL");
    row("from Los Angelos to Chicago", "origin=LAX destination=CHI");
    row("San Fransisco to Seattle", "origin=SFO destination=SEA");
    row("Sao Paulo to Malaga", "origin=SAO destination=AGP");
    row("from Munchen to Zurich", "origin=MUC destination=ZRH");
    row("Koln to Roma", "origin=CGN destination=ROM");
    row("Zürich nach Köln", "origin=ZRH destination=CGN");
    row("de Málaga a Sevilla", "origin=AGP destination=SVQ");
    row("São Paulo para Brasília", "origin=SAO destination=BSB");
    row("from Dusseldorf to Malaga", "origin=DUS destination=AGP");
    row("de Paris à Lyon", "origin=PAR destination=LYS");
    row("de Paris à Nice demain", "origin=PAR destination=NCE");
    row("vol de Marseille pour Bordeaux", "origin=MRS destination=BOD");
    row("von Berlin nach Hamburg", "origin=BER destination=HAM");
    row("Flug von München nach Wien", "origin=MUC destination=VIE");
    row("desde Madrid a Sevilla", "origin=MAD destination=SVQ");
    row("de Madrid a Sevilla", "origin=MAD destination=SVQ");
    row("vuelo de Bilbao a Alicante", "origin=BIO destination=ALC");
    row("da Roma a Milano", "origin=ROM destination=MIL");
    row("volo per Napoli", "destination=NAP origin=-");
    row("volo da Torino a Palermo", "origin=TRN destination=PMO");
    row("de Lisboa para Porto", "origin=LIS destination=OPO");
    row("voo de Porto para Faro", "origin=OPO destination=FAO");
    row("Paris-Berlin", "origin=PAR destination=BER");
    row("Paris → Berlin", "origin=PAR destination=BER");
    row("Madrid - Roma", "origin=MAD destination=ROM");
    row("London to Tokyo via Dubai", "origin=LON destination=TYO via=DXB");
    row("von Berlin nach Tokio über Dubai", "origin=BER destination=TYO via=DXB");
    row("de Paris à Tokyo par Dubai", "origin=PAR destination=TYO via=DXB");
    row("de Madrid a Tokio vía Dubái", "origin=MAD destination=TYO via=DXB");
    row("de Lisboa para Tóquio passando por Dubai", "origin=LIS destination=TYO via=DXB");
    row("two adults and a child to Rome", "destination=ROM pax=2,1,0");
    row("deux adultes et un bébé pour Rome", "destination=ROM pax=2,0,1");
    row("zu dritt nach Rom", "destination=ROM pax=3,0,0");
    row("zu zweit nach Rom", "destination=ROM pax=2,0,0");
    row("wir fliegen zu viert nach Berlin", "destination=BER pax=4,0,0");
    row("mit meiner Frau nach Rom", "destination=ROM pax=2,0,0");
    row("mit meinem Mann nach Wien", "destination=VIE pax=2,0,0");
    row("ich und meine Freundin nach Paris", "destination=PAR pax=2,0,0");
    row("mit meinem Sohn nach Hamburg", "destination=HAM pax=1,1,0");
    row("mi mujer y yo a Roma", "destination=ROM pax=2,0,0");
    row("con mi marido a Lisboa", "destination=LIS pax=2,0,0");
    row("yo y mi hija a Madrid", "destination=MAD pax=1,1,0");
    row("io e mia moglie a Parigi", "destination=PAR pax=2,0,0 origin=-");
    row("con mio marito a Londra", "destination=LON pax=2,0,0");
    row("con mia figlia a Roma", "destination=ROM pax=1,1,0");
    row("eu e a minha mulher para Paris", "destination=PAR pax=2,0,0");
    row("com o meu marido para Madrid", "destination=MAD pax=2,0,0");
    row("eu e o meu filho para Londres", "destination=LON pax=1,1,0");
    row("avec ma femme à Rome", "destination=ROM pax=2,0,0");
    row("moi et mon mari pour Lisbonne", "destination=LIS pax=2,0,0");
    row("avec mon fils à Berlin", "destination=BER pax=1,1,0");
    row("en famille avec deux enfants à Nice", "destination=NCE pax=2,2,0");
    row("a family of four to Orlando", "destination=ORL pax=2,2,0");
    row("une famille de cinq pour Rome", "destination=ROM pax=2,3,0");
    row("Familie mit zwei Kindern nach Mallorca", "pax=2,2,0");
    row("una familia de cuatro a Cancún", "destination=CUN pax=2,2,0");
    row("in famiglia con tre bambini a Roma", "destination=ROM pax=2,3,0");
    row("em família com dois filhos para Lisboa", "destination=LIS pax=2,2,0");
    row("zwei Erwachsene und ein Kind nach Wien", "destination=VIE pax=2,1,0");
    row("dos adultos y un niño a Madrid", "destination=MAD pax=2,1,0");
    row("due adulti e un bambino a Roma", "destination=ROM pax=2,1,0");
    row("dois adultos e uma criança para Lisboa", "destination=LIS pax=2,1,0");
    row("trois adultes pour Marseille", "destination=MRS pax=3,0,0");
    row("to Paris under 500€", "destination=PAR price=500.00EUR");
    row("à Paris moins de 300 euros", "destination=PAR price=300.00EUR");
    row("nach Paris max. 400 EUR", "destination=PAR price=400.00EUR");
    row("nach Paris unter 200 Euro", "destination=PAR price=200.00EUR");
    row("a París menos de 300 euros", "destination=PAR price=300.00EUR");
    row("a Parigi meno di 250 euro", "destination=PAR price=250.00EUR");
    row("para Paris até 400 euros", "destination=PAR price=400.00EUR");
    row("a París hasta 500 €", "destination=PAR price=500.00EUR");
    row("to Paris budget 1.000 €", "destination=PAR price=1000.00EUR");
    row("nach Berlin Budget 1.500 Euro", "destination=BER price=1500.00EUR");
    row("à Nice avec Air France", "destination=NCE airlines=AF");
    row("nach Rom mit Lufthansa", "destination=ROM airlines=LH");
    row("a Roma con Iberia", "destination=ROM airlines=IB origin=-");
    row("de Lisboa para Madrid com a TAP", "origin=LIS destination=MAD");
    row("con Alitalia a Milano", "destination=MIL");
    row("mit Lufthansa von Frankfrut nach Barcelna", "origin=FRA destination=BCN airlines=LH");
    row("avec Air France de Paris à Montréal", "origin=PAR destination=YMQ airlines=AF");
    row("Barcelna to Rome with my wife under 400 EUR",
        "origin=BCN destination=ROM pax=2,0,0 price=400.00EUR");
    row("von Müchen nach Lisbonn zu zweit unter 300 Euro",
        "origin=MUC destination=LIS pax=2,0,0 price=300.00EUR");
    row("de Frankfrut a Barcelna con mi mujer hasta 500 €",
        "origin=FRA destination=BCN pax=2,0,0 price=500.00EUR");
    row("da Amsterdma a Lisbonn con mia moglie", "origin=AMS destination=LIS pax=2,0,0");
    row("de Lisbonn à Amsterdma avec ma femme", "origin=LIS destination=AMS pax=2,0,0");
    row("eu e a minha mulher de Barcelna para Lisboa", "origin=BCN destination=LIS pax=2,0,0");
    row("Paris to Berlin with my husband, max 600 EUR",
        "origin=PAR destination=BER pax=2,0,0 price=600.00EUR");
    row("It Works for me", "origin=- destination=-");
    row("That Works great", "origin=- destination=-");
    row("Genau, danke", "origin=- destination=-");
    row("Merci beaucoup", "origin=- destination=-");
    row("Certo, grazie", "origin=- destination=-");
    row("Perfect, thanks", "origin=- destination=-");
    row("I said American please", "origin=- destination=-");
    row("my wife and I need a flight", "pax=2,0,0 origin=- destination=-");
    row("Looking for something cheaper", "origin=- destination=-");
    row("Please find Flights departing Tuesday", "origin=- destination=-");
    row("the Meals were nice", "origin=- destination=-");
    row("mia sorella e io a Roma", "destination=ROM pax=2,0,0");
    row("Barcelna", "destination=-");
    row("barcelna to paris", "origin=BCN destination=PAR");
    row("to barcelna", "destination=BCN");
    row("flights to Frankfurt am Main", "destination=FRA");
    row("from Lisbon to Amsterdam", "origin=LIS destination=AMS");
    row("Amsterdam–Lisbonne", "origin=AMS destination=LIS");
    row("Vienne → Prague", "origin=VIE destination=PRG");
    row("von Rom nach Athen", "origin=ROM destination=ATH");
    row("de Atenas a Estambul", "origin=ATH destination=IST");
    row("da Londra a Monaco di Baviera", "origin=LON destination=MUC");
    row("de Genebra para Milão", "origin=GVA destination=MIL");
}

void TestMultilingualParser::parse() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> actual = describe(m_parser.parse(text, kNow));
    for (const QString &pair : expected.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        QVERIFY2(eq > 0, qPrintable(pair));
        const QString key = pair.left(eq);
        QVERIFY2(actual.contains(key), qPrintable(key));
        const QString got = actual.value(key);
        const QString want = pair.mid(eq + 1);
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("%1: got %2, want %3").arg(key, got, want)));
    }
}

void TestMultilingualParser::distance_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("want");
    QTest::newRow("same") << QStringLiteral("paris") << QStringLiteral("paris") << 0;
    QTest::newRow("transposition")
        << QStringLiteral("frankfrut") << QStringLiteral("frankfurt") << 1;
    QTest::newRow("deletion") << QStringLiteral("barcelna") << QStringLiteral("barcelona") << 1;
    QTest::newRow("insertion") << QStringLiteral("lisbonn") << QStringLiteral("lisbon") << 1;
    QTest::newRow("two") << QStringLiteral("amstrdma") << QStringLiteral("amsterdam") << 2;
    QTest::newRow("over the limit") << QStringLiteral("berlin") << QStringLiteral("dublin") << 3;
}

void TestMultilingualParser::distance() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, want);
    QCOMPARE(FuzzyNames::distance(a, b, 2), want);
    QCOMPARE(FuzzyNames::distance(b, a, 2), want);
}

void TestMultilingualParser::fuzzyBounds() {
    const FuzzyNames &fuzzy = FuzzyNames::instance();
    QCOMPARE(FuzzyNames::maxDistance(4), 0);
    QCOMPARE(FuzzyNames::maxDistance(5), 1);
    QCOMPARE(FuzzyNames::maxDistance(8), 1);
    QCOMPARE(FuzzyNames::maxDistance(9), 2);
    int d = -1;
    const City *city = fuzzy.bestCity(u"frankfrut", &d);
    QVERIFY(city);
    QCOMPARE(city->code, QStringLiteral("FRA"));
    QCOMPARE(d, 1);
    QVERIFY(fuzzy.bestCity(u"amstrdma"));   // two edits in a 9-letter name
    QVERIFY(!fuzzy.bestCity(u"tolouze"));   // two edits in an 8-letter name
    QVERIFY(!fuzzy.bestCity(u"romee"));     // "rome" is under 5 letters: never fuzzy
    QVERIFY(!fuzzy.bestCity(u"varcelona")); // the first letter must match
    QVERIFY(!fuzzy.bestCity(u"paris"));     // an exact name is no typo
}

QTEST_GUILESS_MAIN(TestMultilingualParser)
#include "tst_multilingualparser.moc"
