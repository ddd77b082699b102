// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

/** The generated reference tables and their lookups. */
class TestGeoDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void airportCodes_data();
    void airportCodes();
    void cityNames_data();
    void cityNames();
    void homonyms();
    void airportNames_data();
    void airportNames();
    void airlines_data();
    void airlines();
    void normalise_data();
    void normalise();
    void distance();
    void airportsOfCity_data();
    void airportsOfCity();
    void placeForCode_data();
    void placeForCode();
    void unknownCodes();
    void metroWithoutCity();
    void everyTimeZoneIsValid();
    void everyCityCodeHasAirports();
    void aliases_data();
    void aliases();
    void nameWindow();
    void tablesCarryAttribution();
};

void TestGeoDatabase::initTestCase() {
    QElapsedTimer timer;
    timer.start();
    const GeoDatabase &db = GeoDatabase::instance();
    qDebug() << "GeoDatabase loaded in" << timer.elapsed() << "ms:" << db.airportCount()
             << "airports," << db.cityCount() << "cities," << db.airlineCount() << "airlines,"
             << "max name words" << db.maxNameWords();
    // A second call returns the same, already loaded instance.
    QCOMPARE(&GeoDatabase::instance(), &db);
}

void TestGeoDatabase::counts() {
    const GeoDatabase &db = GeoDatabase::instance();
    QVERIFY2(db.airportCount() > 8000 && db.airportCount() < 10000,
             qPrintable(QString::number(db.airportCount())));
    QVERIFY2(db.cityCount() > 10000 && db.cityCount() < 25000,
             qPrintable(QString::number(db.cityCount())));
    QVERIFY2(db.airlineCount() > 500 && db.airlineCount() < 1500,
             qPrintable(QString::number(db.airlineCount())));
}

void TestGeoDatabase::airportCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("cityCode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<QString>("nameContains");

    QTest::newRow("LHR") << u"LHR"_qs << u"LON"_qs << u"GB"_qs << QByteArray("Europe/London")
                         << u"Heathrow"_qs;
    QTest::newRow("CDG") << u"CDG"_qs << u"PAR"_qs << u"FR"_qs << QByteArray("Europe/Paris")
                         << u"Charles de Gaulle"_qs;
    QTest::newRow("JFK") << u"JFK"_qs << u"NYC"_qs << u"US"_qs << QByteArray("America/New_York")
                         << u"Kennedy"_qs;
    QTest::newRow("MUC") << u"MUC"_qs << u"MUC"_qs << u"DE"_qs << QByteArray("Europe/Berlin")
                         << u"Strauss"_qs;
    QTest::newRow("lower case") << u"lhr"_qs << u"LON"_qs << u"GB"_qs << QByteArray("Europe/London")
                                << u"Heathrow"_qs;
    QTest::newRow("GRU legacy zone fixed")
        << u"GRU"_qs << u"SAO"_qs << u"BR"_qs << QByteArray("America/Sao_Paulo") << u"Guarulhos"_qs;
}

void TestGeoDatabase::airportCodes() {
    QFETCH(QString, code);
    QFETCH(QString, cityCode);
    QFETCH(QString, country);
    QFETCH(QByteArray, timeZone);
    QFETCH(QString, nameContains);

    const Airport *a = GeoDatabase::instance().airport(code);
    QVERIFY(a);
    QCOMPARE(a->code, code.toUpper());
    QCOMPARE(a->cityCode, cityCode);
    QCOMPARE(a->countryCode, country);
    QCOMPARE(a->timeZone, timeZone);
    QVERIFY2(a->name.contains(nameContains), qPrintable(a->name));
    QVERIFY(a->rank > 50);
}

void TestGeoDatabase::cityNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameEn");

    QTest::newRow("de München") << u"München"_qs << u"MUC"_qs << u"Munich"_qs;
    QTest::newRow("de Muenchen unaccented") << u"munchen"_qs << u"MUC"_qs << u"Munich"_qs;
    QTest::newRow("en Munich") << u"Munich"_qs << u"MUC"_qs << u"Munich"_qs;
    QTest::newRow("it Monaco di Baviera") << u"Monaco di Baviera"_qs << u"MUC"_qs << u"Munich"_qs;
    QTest::newRow("fr Londres") << u"Londres"_qs << u"LON"_qs << u"London"_qs;
    QTest::newRow("it Londra") << u"londra"_qs << u"LON"_qs << u"London"_qs;
    QTest::newRow("es Nueva York") << u"Nueva York"_qs << u"NYC"_qs << u"New York"_qs;
    QTest::newRow("pt Nova Iorque") << u"Nova Iorque"_qs << u"NYC"_qs << u"New York"_qs;
    QTest::newRow("pt Lisboa") << u"Lisboa"_qs << u"LIS"_qs << u"Lisbon"_qs;
    QTest::newRow("it Parigi") << u"Parigi"_qs << u"PAR"_qs << u"Paris"_qs;
    QTest::newRow("sao paulo plain") << u"sao paulo"_qs << u"SAO"_qs << u"São Paulo"_qs;
    QTest::newRow("São Paulo accented") << u"São Paulo"_qs << u"SAO"_qs << u"São Paulo"_qs;
    QTest::newRow("SAO PAULO upper") << u"SÃO PAULO"_qs << u"SAO"_qs << u"São Paulo"_qs;
    QTest::newRow("Tokyo") << u"Tokyo"_qs << u"TYO"_qs << u"Tokyo"_qs;
    QTest::newRow("de Tokio") << u"Tokio"_qs << u"TYO"_qs << u"Tokyo"_qs;
    QTest::newRow("Rome") << u"Roma"_qs << u"ROM"_qs << u"Rome"_qs;
    QTest::newRow("Milan") << u"Mailand"_qs << u"MIL"_qs << u"Milan"_qs;
    QTest::newRow("Berlin") << u"Berlin"_qs << u"BER"_qs << u"Berlin"_qs;
    QTest::newRow("Madrid") << u"Madrid"_qs << u"MAD"_qs << u"Madrid"_qs;
    QTest::newRow("Barcelona") << u"Barcelona"_qs << u"BCN"_qs << u"Barcelona"_qs;
    QTest::newRow("Frankfurt short") << u"Frankfurt"_qs << u"FRA"_qs << u"Frankfurt am Main"_qs;
    QTest::newRow("fr Francfort") << u"Francfort-sur-le-Main"_qs << u"FRA"_qs
                                  << u"Frankfurt am Main"_qs;
    QTest::newRow("de Wien") << u"Wien"_qs << u"VIE"_qs << u"Vienna"_qs;
    QTest::newRow("de Zürich") << u"Zürich"_qs << u"ZRH"_qs << u"Zurich"_qs;
    QTest::newRow("Amsterdam") << u"Amsterdam"_qs << u"AMS"_qs << u"Amsterdam"_qs;
    QTest::newRow("fr Bruxelles") << u"Bruxelles"_qs << u"BRU"_qs << u"Brussels"_qs;
    QTest::newRow("Dubai") << u"Dubaï"_qs << u"DXB"_qs << u"Dubai"_qs;
    QTest::newRow("en Dubai") << u"Dubai"_qs << u"DXB"_qs << u"Dubai"_qs;
    // GeoNames' English name is "Abu Dhabi Island and Internal Islands City" (see NAME_FIXES).
    QTest::newRow("Abu Dhabi") << u"Abu Dhabi"_qs << u"AUH"_qs << u"Abu Dhabi"_qs;
    // Singapore and Macau are curated additions: the GeoNames extract lacks SG and MO.
    QTest::newRow("Singapore") << u"Singapore"_qs << u"SIN"_qs << u"Singapore"_qs;
    QTest::newRow("de Singapur") << u"Singapur"_qs << u"SIN"_qs << u"Singapore"_qs;
    QTest::newRow("Macau") << u"Macau"_qs << u"MFM"_qs << u"Macau"_qs;
    QTest::newRow("Tel Aviv") << u"Tel Aviv"_qs << u"TLV"_qs << u"Tel Aviv"_qs;
    QTest::newRow("Kuwait City") << u"Kuwait City"_qs << u"KWI"_qs << u"Kuwait City"_qs;
    QTest::newRow("Valletta") << u"Valletta"_qs << u"MLA"_qs << u"Valletta"_qs;
    // Near Singapore, but served by an airport at home.
    QTest::newRow("Johor Bahru") << u"Johor Bahru"_qs << u"JHB"_qs << u"Johor Bahru"_qs;
    QTest::newRow("Batam") << u"Batam"_qs << u"BTH"_qs << u"Batam"_qs;
    QTest::newRow("Los Angeles") << u"Los Ángeles"_qs << u"LAX"_qs << u"Los Angeles"_qs;
    QTest::newRow("Chicago") << u"Chicago"_qs << u"CHI"_qs << u"Chicago"_qs;
    QTest::newRow("San Francisco") << u"San Francisco"_qs << u"SFO"_qs << u"San Francisco"_qs;
    QTest::newRow("Sydney") << u"Sydney"_qs << u"SYD"_qs << u"Sydney"_qs;
    QTest::newRow("Porto") << u"Porto"_qs << u"OPO"_qs << u"Porto"_qs;
    QTest::newRow("Nice") << u"Nice"_qs << u"NCE"_qs << u"Nice"_qs;
    QTest::newRow("fr Genève") << u"Genève"_qs << u"GVA"_qs << u"Geneva"_qs;
    QTest::newRow("it Venezia") << u"Venezia"_qs << u"VCE"_qs << u"Venice"_qs;
    QTest::newRow("it Napoli") << u"Napoli"_qs << u"NAP"_qs << u"Naples"_qs;
    QTest::newRow("es Sevilla") << u"Sevilla"_qs << u"SVQ"_qs << u"Seville"_qs;
    QTest::newRow("Lyon") << u"Lyon"_qs << u"LYS"_qs << u"Lyon"_qs;
    QTest::newRow("Hamburg") << u"Hamburg"_qs << u"HAM"_qs << u"Hamburg"_qs;
    // Homonyms of comparable size: the one with a real airport of its own comes first.
    QTest::newRow("Valencia ES") << u"Valencia"_qs << u"VLC"_qs << u"Valencia"_qs;
    QTest::newRow("San Juan PR") << u"San Juan"_qs << u"SJU"_qs << u"San Juan"_qs;
    QTest::newRow("Portland OR") << u"Portland"_qs << u"PDX"_qs << u"Portland"_qs;
    QTest::newRow("Manchester GB") << u"Manchester"_qs << u"MAN"_qs << u"Manchester"_qs;
    QTest::newRow("de Köln") << u"Köln"_qs << u"CGN"_qs << u"Cologne"_qs;
}

void TestGeoDatabase::cityNames() {
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, nameEn);

    const QList<const City *> cities = GeoDatabase::instance().citiesByName(name);
    QVERIFY2(!cities.isEmpty(), qPrintable(name));
    const City *first = cities.constFirst();
    QCOMPARE(first->code, code);
    QCOMPARE(first->names[City::En], nameEn);
    QVERIFY(first->population > 0);
    for (qsizetype i = 2; i < cities.size(); ++i)
        QVERIFY(cities.at(i - 1)->population >= cities.at(i)->population);
}

void TestGeoDatabase::homonyms() {
    const QList<const City *> paris = GeoDatabase::instance().citiesByName(u"Paris");
    QVERIFY(paris.size() >= 2);
    QCOMPARE(paris.constFirst()->code, u"PAR"_qs);
    QCOMPARE(paris.constFirst()->countryCode, u"FR"_qs);
    const auto texas = std::find_if(paris.cbegin(), paris.cend(),
                                    [](const City *c) { return c->code == u"PRX"_qs; });
    QVERIFY(texas != paris.cend());
    QCOMPARE((*texas)->region, u"Texas"_qs);
    QCOMPARE((*texas)->countryCode, u"US"_qs);
    QCOMPARE((*texas)->timeZone, QByteArray("America/Chicago"));
}

void TestGeoDatabase::airportNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    QTest::newRow("Heathrow") << u"Heathrow"_qs << u"LHR"_qs;
    QTest::newRow("london heathrow") << u"london heathrow"_qs << u"LHR"_qs;
    QTest::newRow("full name") << u"London Heathrow Airport"_qs << u"LHR"_qs;
    QTest::newRow("Charles de Gaulle") << u"Charles de Gaulle"_qs << u"CDG"_qs;
    QTest::newRow("charles-de-gaulle") << u"charles-de-gaulle"_qs << u"CDG"_qs;
    QTest::newRow("Gatwick") << u"Gatwick"_qs << u"LGW"_qs;
    QTest::newRow("Orly") << u"Orly"_qs << u"ORY"_qs;
    QTest::newRow("Schiphol") << u"Schiphol"_qs << u"AMS"_qs;
    QTest::newRow("Fiumicino") << u"Fiumicino"_qs << u"FCO"_qs;
    QTest::newRow("Barajas") << u"Barajas"_qs << u"MAD"_qs;
    QTest::newRow("Malpensa") << u"Malpensa"_qs << u"MXP"_qs;
    QTest::newRow("john f kennedy") << u"John F. Kennedy"_qs << u"JFK"_qs;
    QTest::newRow("kennedy") << u"kennedy"_qs << u"JFK"_qs;
    QTest::newRow("O'Hare") << u"O'Hare"_qs << u"ORD"_qs;
    QTest::newRow("Narita") << u"Narita"_qs << u"NRT"_qs;
    QTest::newRow("Haneda") << u"Haneda"_qs << u"HND"_qs;
    QTest::newRow("Stansted") << u"Stansted"_qs << u"STN"_qs;
}

void TestGeoDatabase::airportNames() {
    QFETCH(QString, name);
    QFETCH(QString, code);

    const QList<const Airport *> airports = GeoDatabase::instance().airportsByName(name);
    QVERIFY2(!airports.isEmpty(), qPrintable(name));
    QCOMPARE(airports.constFirst()->code, code);
    for (qsizetype i = 1; i < airports.size(); ++i)
        QVERIFY(airports.at(i - 1)->rank >= airports.at(i)->rank);
}

void TestGeoDatabase::airlines_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("byCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");

    QTest::newRow("AF") << u"AF"_qs << true << u"AF"_qs << u"Air France"_qs << u"FR"_qs;
    QTest::newRow("LH") << u"LH"_qs << true << u"LH"_qs << u"Lufthansa"_qs << u"DE"_qs;
    QTest::newRow("lh lower") << u"lh"_qs << true << u"LH"_qs << u"Lufthansa"_qs << u"DE"_qs;
    QTest::newRow("BA") << u"BA"_qs << true << u"BA"_qs << u"British Airways"_qs << u"GB"_qs;
    QTest::newRow("U2") << u"U2"_qs << true << u"U2"_qs << u"easyJet"_qs << u"GB"_qs;
    QTest::newRow("FR") << u"FR"_qs << true << u"FR"_qs << u"Ryanair"_qs << u"IE"_qs;
    QTest::newRow("EK") << u"EK"_qs << true << u"EK"_qs << u"Emirates"_qs << u"AE"_qs;
    QTest::newRow("lufthansa") << u"lufthansa"_qs << false << u"LH"_qs << u"Lufthansa"_qs
                               << u"DE"_qs;
    QTest::newRow("Air France") << u"air france"_qs << false << u"AF"_qs << u"Air France"_qs
                                << u"FR"_qs;
    QTest::newRow("iberia") << u"Iberia"_qs << false << u"IB"_qs << u"Iberia Airlines"_qs
                            << u"ES"_qs;
    QTest::newRow("swiss") << u"Swiss"_qs << false << u"LX"_qs
                           << u"Swiss International Air Lines"_qs << u"CH"_qs;
    QTest::newRow("easyjet") << u"EASYJET"_qs << false << u"U2"_qs << u"easyJet"_qs << u"GB"_qs;
}

void TestGeoDatabase::airlines() {
    QFETCH(QString, query);
    QFETCH(bool, byCode);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, country);

    const GeoDatabase &db = GeoDatabase::instance();
    const Airline *airline = nullptr;
    if (byCode) {
        airline = db.airline(query);
    } else {
        const QList<const Airline *> found = db.airlinesByName(query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        airline = found.constFirst();
    }
    QVERIFY(airline);
    QCOMPARE(airline->code, code);
    QCOMPARE(airline->name, name);
    QCOMPARE(airline->countryCode, country);
}

void TestGeoDatabase::normalise_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces only") << u"  \t "_qs << QString();
    QTest::newRow("lower") << u"PARIS"_qs << u"paris"_qs;
    QTest::newRow("accents") << u"São Paulo"_qs << u"sao paulo"_qs;
    QTest::newRow("umlaut") << u"München"_qs << u"munchen"_qs;
    QTest::newRow("eszett") << u"Straße"_qs << u"strasse"_qs;
    QTest::newRow("ae") << u"Æbeltoft"_qs << u"aebeltoft"_qs;
    QTest::newRow("o slash") << u"Tromsø"_qs << u"tromso"_qs;
    QTest::newRow("oe") << u"Œuvre"_qs << u"oeuvre"_qs;
    QTest::newRow("l stroke") << u"Łódź"_qs << u"lodz"_qs;
    QTest::newRow("d stroke") << u"Đà Nẵng"_qs << u"da nang"_qs;
    QTest::newRow("dotless i") << u"Kırıkkale"_qs << u"kirikkale"_qs;
    QTest::newRow("cedilla") << u"Besançon"_qs << u"besancon"_qs;
    QTest::newRow("apostrophe") << u"O'Hare"_qs << u"o hare"_qs;
    QTest::newRow("typographic apostrophe") << u"L’Aquila"_qs << u"l aquila"_qs;
    QTest::newRow("hyphens") << u"Aix-en-Provence"_qs << u"aix en provence"_qs;
    QTest::newRow("dots") << u"St. Louis"_qs << u"st louis"_qs;
    QTest::newRow("commas") << u"Washington, D.C."_qs << u"washington d c"_qs;
    QTest::newRow("collapse and trim") << u"  New   York  "_qs << u"new york"_qs;
    QTest::newRow("digits kept") << u"Terminal 2E"_qs << u"terminal 2e"_qs;
    QTest::newRow("ligature") << u"ﬁnal"_qs << u"final"_qs;
    QTest::newRow("greek lower") << u"ΑΘΗΝΑ"_qs << u"αθηνα"_qs;
}

void TestGeoDatabase::normalise() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(GeoDatabase::normalise(input), expected);
}

void TestGeoDatabase::distance() {
    const GeoDatabase &db = GeoDatabase::instance();
    const Airport *lhr = db.airport(u"LHR");
    const Airport *jfk = db.airport(u"JFK");
    QVERIFY(lhr && jfk);
    const double km = GeoDatabase::distanceKm(*lhr, *jfk);
    QVERIFY2(std::abs(km - 5540) < 30, qPrintable(QString::number(km)));
    QCOMPARE(GeoDatabase::distanceKm(*jfk, *lhr), km);
    QCOMPARE(GeoDatabase::distanceKm(*lhr, *lhr), 0.0);
    // Antipodes: half the circumference.
    QVERIFY(std::abs(GeoDatabase::distanceKm(0, 0, 0, 180) - 20015) < 5);
    // Across the antimeridian the short way round.
    QVERIFY(GeoDatabase::distanceKm(0, 179.5, 0, -179.5) < 120);
}

void TestGeoDatabase::airportsOfCity_data() {
    QTest::addColumn<QString>("cityCode");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("PAR") << u"PAR"_qs << u"CDG"_qs << QStringList{u"ORY"_qs};
    QTest::newRow("LON") << u"LON"_qs << u"LHR"_qs
                         << QStringList{u"LGW"_qs, u"STN"_qs, u"LTN"_qs, u"LCY"_qs};
    QTest::newRow("NYC") << u"nyc"_qs << u"JFK"_qs << QStringList{u"EWR"_qs, u"LGA"_qs};
    QTest::newRow("ROM") << u"ROM"_qs << u"FCO"_qs << QStringList{u"CIA"_qs};
    QTest::newRow("MIL") << u"MIL"_qs << u"MXP"_qs << QStringList{u"LIN"_qs, u"BGY"_qs};
    QTest::newRow("SAO") << u"SAO"_qs << u"GRU"_qs << QStringList{u"CGH"_qs};
    QTest::newRow("CHI") << u"CHI"_qs << u"ORD"_qs << QStringList{u"MDW"_qs};
    QTest::newRow("MUC") << u"MUC"_qs << u"MUC"_qs << QStringList();
}

void TestGeoDatabase::airportsOfCity() {
    QFETCH(QString, cityCode);
    QFETCH(QString, first);
    QFETCH(QStringList, contains);

    const QList<const Airport *> airports = GeoDatabase::instance().airportsOfCity(cityCode);
    QVERIFY(!airports.isEmpty());
    QCOMPARE(airports.constFirst()->code, first);
    QStringList codes;
    for (const Airport *a : airports) {
        QCOMPARE(a->cityCode, cityCode.toUpper());
        codes << a->code;
    }
    for (const QString &code : std::as_const(contains))
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
    QVERIFY(GeoDatabase::instance().airportsOfCity(u"ZZZ").isEmpty());
}

void TestGeoDatabase::placeForCode_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Place::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cityCode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QByteArray>("timeZone");

    const auto city = Place::Kind::City;
    const auto airport = Place::Kind::Airport;
    QTest::newRow("PAR metro") << u"PAR"_qs << true << city << u"Paris"_qs << u"PAR"_qs << u"FR"_qs
                               << QByteArray("Europe/Paris");
    QTest::newRow("LON metro") << u"LON"_qs << true << city << u"London"_qs << u"LON"_qs << u"GB"_qs
                               << QByteArray("Europe/London");
    QTest::newRow("NYC metro") << u"nyc"_qs << true << city << u"New York"_qs << u"NYC"_qs
                               << u"US"_qs << QByteArray("America/New_York");
    QTest::newRow("TYO metro") << u"TYO"_qs << true << city << u"Tokyo"_qs << u"TYO"_qs << u"JP"_qs
                               << QByteArray("Asia/Tokyo");
    QTest::newRow("MUC airport is the city")
        << u"MUC"_qs << true << city << u"Munich"_qs << u"MUC"_qs << u"DE"_qs
        << QByteArray("Europe/Berlin");
    QTest::newRow("PRX Paris Texas") << u"PRX"_qs << true << city << u"Paris"_qs << u"PRX"_qs
                                     << u"US"_qs << QByteArray("America/Chicago");
    QTest::newRow("LHR airport") << u"LHR"_qs << true << airport << u"London Heathrow Airport"_qs
                                 << u"LON"_qs << u"GB"_qs << QByteArray("Europe/London");
    QTest::newRow("CDG airport") << u"CDG"_qs << true << airport << u"Charles de Gaulle Airport"_qs
                                 << u"PAR"_qs << u"FR"_qs << QByteArray("Europe/Paris");
    QTest::newRow("unknown") << u"ZZZ"_qs << false << city << QString() << QString() << QString()
                             << QByteArray();
    QTest::newRow("empty") << QString() << false << city << QString() << QString() << QString()
                           << QByteArray();
}

void TestGeoDatabase::placeForCode() {
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(Place::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, cityCode);
    QFETCH(QString, country);
    QFETCH(QByteArray, timeZone);

    const Place place = GeoDatabase::instance().placeForCode(code);
    QCOMPARE(place.isValid(), valid);
    if (!valid)
        return;
    QCOMPARE(place.code, code.toUpper());
    QCOMPARE(place.kind, kind);
    QCOMPARE(place.name, name);
    QCOMPARE(place.cityCode, cityCode);
    QCOMPARE(place.countryCode, country);
    QCOMPARE(place.timeZone, timeZone);
}

void TestGeoDatabase::unknownCodes() {
    const GeoDatabase &db = GeoDatabase::instance();
    QVERIFY(!db.airport(u"ZZZ"));
    QVERIFY(!db.airport(u""));
    QVERIFY(!db.city(u"ZZZ"));
    QVERIFY(!db.airline(u"Z9X"));
    QVERIFY(db.citiesByName(u"Xyzzy Qwerty").isEmpty());
    QVERIFY(db.airportsByName(u"").isEmpty());
    // Common words are not airport names: "city" of "London City Airport" alone is no key,
    // nor are the junk names "City" and "International" of a few fields in the source data.
    QVERIFY(db.airportsByName(u"city").isEmpty());
    QVERIFY(db.airportsByName(u"international").isEmpty());
    QVERIFY(db.airlinesByName(u"british").isEmpty());
    // Airports still resolve by their full name.
    QCOMPARE(db.airportsByName(u"London City Airport").value(0)->code, u"LCY"_qs);
}

void TestGeoDatabase::metroWithoutCity() {
    // SDZ (Shetland) groups airports but no listed city carries it: still a city place.
    const GeoDatabase &db = GeoDatabase::instance();
    QVERIFY(!db.city(u"SDZ"));
    QVERIFY(!db.airport(u"SDZ"));
    const QList<const Airport *> members = db.airportsOfCity(u"SDZ");
    QVERIFY(members.size() > 1);
    const Place place = db.placeForCode(u"SDZ");
    QVERIFY(place.isValid());
    QCOMPARE(place.kind, Place::Kind::City);
    QCOMPARE(place.code, u"SDZ"_qs);
    QCOMPARE(place.cityCode, u"SDZ"_qs);
    QCOMPARE(place.countryCode, u"GB"_qs);
    QCOMPARE(place.timeZone, QByteArray("Europe/London"));
    QCOMPARE(place.name, members.constFirst()->name);
}

void TestGeoDatabase::everyTimeZoneIsValid() {
    const GeoDatabase &db = GeoDatabase::instance();
    QSet<QByteArray> zones;
    for (const Airport &a : db.airports()) {
        QCOMPARE(db.airport(a.code), &a);
        zones.insert(a.timeZone);
    }
    for (const City &c : db.cities())
        zones.insert(c.timeZone);
    QVERIFY(zones.size() > 300);
    for (const QByteArray &zone : std::as_const(zones)) {
        QVERIFY2(QTimeZone::isTimeZoneIdAvailable(zone), zone.constData());
        QVERIFY2(QTimeZone(zone).isValid(), zone.constData());
    }
}

void TestGeoDatabase::everyCityCodeHasAirports() {
    const GeoDatabase &db = GeoDatabase::instance();
    for (const City &c : db.cities()) {
        QVERIFY2(!db.airportsOfCity(c.code).isEmpty(), qPrintable(c.code));
        const City *main = db.city(c.code);
        QVERIFY(main);
        QVERIFY(main->population >= c.population);
        for (int lang = 0; lang < City::LangCount; ++lang)
            QVERIFY2(!c.names[lang].isEmpty(), qPrintable(c.names[City::En]));
        // Every city is found by its English name, or that name means its airport (an alias).
        const bool found = db.citiesByName(c.names[City::En]).contains(&c) ||
                           !db.airportsByName(c.names[City::En]).isEmpty();
        QVERIFY2(found, qPrintable(c.names[City::En]));
    }
    for (const Airport &a : db.airports())
        QVERIFY(db.airportsOfCity(a.cityCode).contains(&a));
}

void TestGeoDatabase::aliases_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("airport");
    QTest::newRow("Rio") << u"Rio"_qs << u"RIO"_qs << false;
    QTest::newRow("Roissy") << u"roissy"_qs << u"CDG"_qs << true;
    QTest::newRow("Galeao unaccented") << u"Galeao"_qs << u"GIG"_qs << true;
    QTest::newRow("Beauvais is its airport") << u"Beauvais"_qs << u"BVA"_qs << true;
    QTest::newRow("Logan is Boston's") << u"Logan"_qs << u"BOS"_qs << true;
}

void TestGeoDatabase::aliases() {
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(bool, airport);
    const GeoDatabase &db = GeoDatabase::instance();
    if (airport) {
        QVERIFY(!db.airportsByName(name).isEmpty());
        QCOMPARE(db.airportsByName(name).constFirst()->code, code);
        QVERIFY(db.citiesByName(name).isEmpty());
    } else {
        QVERIFY(!db.citiesByName(name).isEmpty());
        QCOMPARE(db.citiesByName(name).constFirst()->code, code);
    }
}

void TestGeoDatabase::nameWindow() {
    const GeoDatabase &db = GeoDatabase::instance();
    QVERIFY(db.maxNameWords() >= 4);
    QVERIFY(db.maxNameWords() <= 20);
    // The window covers the longest indexed name, e.g. full airport names.
    for (const Airport &a : db.airports()) {
        const int words = GeoDatabase::normalise(a.name).count(u' ') + 1;
        QVERIFY2(words <= db.maxNameWords(), qPrintable(a.name));
    }
}

void TestGeoDatabase::tablesCarryAttribution() {
    const struct {
        const char *file;
        const char *licence;
        const char *header;
    } tables[] = {
        {":/booking/data/airports.tsv", "CC BY-SA 4.0",
         "code\tname\tcity_code\tcountry\tlat\tlon\ttime_zone\trank"},
        {":/booking/data/cities.tsv", "CC BY 4.0",
         "code\tname_en\tname_fr\tname_de\tname_es\tname_it\tname_pt\tcountry\tregion\tlat\tlon\t"
         "time_zone\tpopulation"},
        {":/booking/data/airlines.tsv", "ODbL 1.0", "code\tname\tcountry"},
    };
    for (const auto &t : tables) {
        QFile file(QString::fromLatin1(t.file));
        QVERIFY2(file.open(QIODevice::ReadOnly), t.file);
        const QByteArray comment = file.readLine();
        QVERIFY2(comment.startsWith("# ") && comment.contains(t.licence), comment.constData());
        QCOMPARE(file.readLine().trimmed(), QByteArray(t.header));
    }
}

QTEST_GUILESS_MAIN(TestGeoDatabase)
#include "tst_geodatabase.moc"
