// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/duffel/DuffelJson.h"
#include "providers/duffel/DuffelOfferJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
QByteArray offerJson(const QString &id, const QString &amount) {
    return QString::fromUtf8(
               "{\"id\":\"%1\",\"total_amount\":\"%2\",\"total_currency\":\"GBP\", \"tax_amount\""
               ":null,\"tax_currency\":null,\"expires_at\":\"2026-01-17T10:42:14.545Z\", \"owner"
               "\":{\"name\":\"British Airways\",\"iata_code\":\"BA\"}, \"passengers\":[{\"type\""
               ":\"adult\",\"id\":\"pas_1\"},{\"age\":7,\"id\":\"pas_2\"}], \"slices\":[{\"durat"
               "ion\":\"PT02H26M\",\"conditions\":{\"refund_before_departure\":null}, \"origin\""
               ":{\"iata_code\":\"LHR\",\"time_zone\":\"Europe/London\"}, \"destination\":{\"iat"
               "a_code\":\"JFK\",\"time_zone\":\"America/New_York\"}, \"segments\":[{\"origin\":"
               "{\"iata_code\":\"LHR\",\"time_zone\":\"Europe/London\"}, \"destination\":{\"iata"
               "_code\":\"JFK\",\"time_zone\":\"America/New_York\"}, \"departing_at\":\"2026-06-"
               "13T16:38:00\",\"arriving_at\":\"2026-06-13T19:40:00\", \"duration\":\"PT8H2M\",\""
               "marketing_carrier\":{\"iata_code\":\"BA\",\"name\":\"British Airways\"}, \"marke"
               "ting_carrier_flight_number\":\"0151\",\"operating_carrier\":null, \"aircraft\":n"
               "ull,\"passengers\":[{\"cabin_class\":\"business\"}]}]}]}")
        .arg(id, amount)
        .toUtf8();
}
} // namespace

class TestDuffelJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minutes"); // -1: rejected
        QTest::newRow("PT2H25M") << QStringLiteral("PT2H25M") << qint64(145);
        QTest::newRow("zero padded") << QStringLiteral("PT02H26M") << qint64(146);
        QTest::newRow("hours only") << QStringLiteral("PT1H") << qint64(60);
        QTest::newRow("minutes only") << QStringLiteral("PT45M") << qint64(45);
        QTest::newRow("days") << QStringLiteral("P1DT2H") << qint64(26 * 60);
        QTest::newRow("day only") << QStringLiteral("P1D") << qint64(1440);
        QTest::newRow("seconds") << QStringLiteral("PT1H20M30S") << qint64(81);
        QTest::newRow("lower case") << QStringLiteral("pt1h5m") << qint64(65);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("bare P") << QStringLiteral("P") << qint64(-1);
        QTest::newRow("bare PT") << QStringLiteral("PT") << qint64(-1);
        QTest::newRow("no P") << QStringLiteral("2H") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-PT1H") << qint64(-1);
    }
    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, minutes);
        const auto parsed = DuffelOfferJson::durationMinutes(text);
        QCOMPARE(parsed.value_or(-1), minutes);
    }

    void localTimes() {
        const QDateTime t = DuffelOfferJson::localTime(QStringLiteral("2026-06-13T16:38:02"),
                                                       "Europe/London", QStringLiteral("LHR"));
        QCOMPARE(t.timeZone().id(), QByteArray("Europe/London"));
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 6, 13), QTime(15, 38, 2), QTimeZone::utc()));
        // No zone in the response: the airport's, from GeoDatabase.
        const QDateTime cdg = DuffelOfferJson::localTime(QStringLiteral("2026-01-10T08:00:00"),
                                                         QByteArray(), QStringLiteral("CDG"));
        QCOMPARE(cdg.timeZone().id(), QByteArray("Europe/Paris"));
        QCOMPARE(cdg.toUTC().time(), QTime(7, 0));
        QVERIFY(!DuffelOfferJson::localTime(QStringLiteral("2026-01-10T08:00:00"), QByteArray(),
                                            QStringLiteral("???"))
                     .isValid());
        QVERIFY(!DuffelOfferJson::localTime(QStringLiteral("nonsense"), "Europe/London",
                                            QStringLiteral("LHR"))
                     .isValid());
    }

    void dstGap() {
        // 02:30 does not exist in Paris on 2026-03-29. It is treated as QDateTime(date, time,
        // zone) treats it (Qt 6.4: invalid, so such a segment is skipped as unusable; later Qt
        // moves it past the gap), never read in the system's zone.
        const QDateTime t = DuffelOfferJson::localTime(QStringLiteral("2026-03-29T02:30:00"),
                                                       "Europe/Paris", QStringLiteral("CDG"));
        const QDateTime qt(QDate(2026, 3, 29), QTime(2, 30), QTimeZone("Europe/Paris"));
        QCOMPARE(t.isValid(), qt.isValid());
        if (qt.isValid()) {
            QCOMPARE(t, qt);
            QCOMPARE(t.timeZone().id(), QByteArray("Europe/Paris"));
        }
        const QDateTime before = DuffelOfferJson::localTime(QStringLiteral("2026-03-29T01:30:00"),
                                                            "Europe/Paris", QStringLiteral("CDG"));
        QCOMPARE(before.offsetFromUtc(), 3600);
        const QDateTime after = DuffelOfferJson::localTime(QStringLiteral("2026-03-29T03:30:00"),
                                                           "Europe/Paris", QStringLiteral("CDG"));
        QCOMPARE(after.offsetFromUtc(), 7200);
        QCOMPARE(before.secsTo(after), 3600);
    }

    void offerRequestBodies_data() {
        QTest::addColumn<QList<SearchSlice>>("slices");
        QTest::addColumn<Passengers>("passengers");
        QTest::addColumn<QList<int>>("childAges");
        QTest::addColumn<QByteArray>("expected");
        const QDate d(2026, 12, 4);
        QTest::newRow("one way")
            << QList<SearchSlice>{{QStringLiteral("LHR"), QStringLiteral("JFK"), d, {}, {}}}
            << Passengers{1, 0, 0} << QList<int>{}
            << QByteArray(
                   "{\"data\":{\"cabin_class\":\"economy\",\"passengers\":[{\"type\":\"adult\"}],"
                   "\"slices\":[{\"arrival_time\":null,\"departure_date\":\"2026-12-04\","
                   "\"departure_time\":null,\"destination\":\"JFK\",\"origin\":\"LHR\"}]}}");
        QTest::newRow("round trip, child ages, infant, window")
            << QList<SearchSlice>{{QStringLiteral("PAR"),
                                   QStringLiteral("LIS"),
                                   d,
                                   QTime(18, 0),
                                   {}},
                                  {QStringLiteral("LIS"),
                                   QStringLiteral("PAR"),
                                   d.addDays(2),
                                   {},
                                   {}}}
            << Passengers{2, 2, 1} << QList<int>{4}
            << QByteArray(
                   "{\"data\":{\"cabin_class\":\"economy\",\"passengers\":[{\"type\":\"adult\"},{"
                   "\"type\":\"adult\"},"
                   "{\"age\":4},{\"age\":10},{\"age\":0}],\"slices\":[{\"arrival_time\":null,"
                   "\"departure_date\":"
                   "\"2026-12-04\",\"departure_time\":{\"from\":\"18:00\",\"to\":\"23:59\"},"
                   "\"destination\":\"LIS\","
                   "\"origin\":\"PAR\"},{\"arrival_time\":null,\"departure_date\":\"2026-12-06\","
                   "\"departure_time\":null,\"destination\":\"PAR\",\"origin\":\"LIS\"}]}}");
        QTest::newRow("multi city")
            << QList<SearchSlice>{{QStringLiteral("LON"), QStringLiteral("ROM"), d, {}, {}},
                                  {QStringLiteral("ROM"),
                                   QStringLiteral("ATH"),
                                   d.addDays(3),
                                   {},
                                   {}},
                                  {QStringLiteral("ATH"),
                                   QStringLiteral("LON"),
                                   d.addDays(7),
                                   {},
                                   {}}}
            << Passengers{1, 1, 0} << QList<int>{11}
            << QByteArray("{\"data\":{\"cabin_class\":\"economy\",\"passengers\":[{\"type\":"
                          "\"adult\"},{\"age\":11}],"
                          "\"slices\":[{\"arrival_time\":null,\"departure_date\":\"2026-12-04\","
                          "\"departure_time\":null,"
                          "\"destination\":\"ROM\",\"origin\":\"LON\"},{\"arrival_time\":null,"
                          "\"departure_date\":"
                          "\"2026-12-07\",\"departure_time\":null,\"destination\":\"ATH\","
                          "\"origin\":\"ROM\"},"
                          "{\"arrival_time\":null,\"departure_date\":\"2026-12-11\",\"departure_"
                          "time\":null,"
                          "\"destination\":\"LON\",\"origin\":\"ATH\"}]}}");
    }
    void offerRequestBodies() {
        QFETCH(QList<SearchSlice>, slices);
        QFETCH(Passengers, passengers);
        QFETCH(QList<int>, childAges);
        QFETCH(QByteArray, expected);
        SearchRequest request;
        request.slices = slices;
        request.passengers = passengers;
        request.childAges = childAges;
        QCOMPARE(DuffelJson::offerRequestBody(request), expected);
    }

    void cabinAndConnections() {
        SearchRequest request;
        request.slices = {
            {QStringLiteral("LHR"), QStringLiteral("JFK"), QDate(2026, 12, 4), {}, {}}};
        request.cabin = CabinClass::PremiumEconomy;
        request.maxConnections = 0;
        const QJsonObject data = DuffelJson::offerRequestData(request);
        QCOMPARE(data.value(QStringLiteral("cabin_class")).toString(),
                 QStringLiteral("premium_economy"));
        QCOMPARE(data.value(QStringLiteral("max_connections")).toInt(-1), 0);
    }

    void offersPage() {
        const QByteArray body = "{\"data\":[" +
                                offerJson(QStringLiteral("off_1"), QStringLiteral("45.10")) +
                                ",{\"id\":\"off_bad\",\"total_amount\":4.5e1}," +
                                offerJson(QStringLiteral("off_2"), QStringLiteral("99")) +
                                "],\"meta\":{\"limit\":50,\"before\":null,\"after\":\"g3QA\"}}";
        const auto page = DuffelOfferJson::parseOffersPage(body);
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.offers.size(), 2);
        QCOMPARE(page.skipped, 1);
        QCOMPARE(page.after, QStringLiteral("g3QA"));
        const FlightOffer &o = page.offers.first();
        QCOMPARE(o.id, QStringLiteral("off_1"));
        QCOMPARE(o.provider, QStringLiteral("duffel"));
        QCOMPARE(o.totalAmount, *Money::fromString(u"45.10", QStringLiteral("GBP")));
        QCOMPARE(o.ownerCode, QStringLiteral("BA"));
        QCOMPARE(o.cabin, CabinClass::Business);
        QCOMPARE(o.expiresAt,
                 QDateTime(QDate(2026, 1, 17), QTime(10, 42, 14, 545), QTimeZone::utc()));
        const Segment &s = o.slices.first().segments.first();
        QCOMPARE(s.flightNumber, QStringLiteral("0151"));
        QCOMPARE(s.departure.timeZone().id(), QByteArray("Europe/London"));
        QCOMPARE(s.arrival.timeZone().id(), QByteArray("America/New_York"));
        QCOMPARE(s.durationMinutes(), 8 * 60 + 2);
        QVERIFY(s.aircraft.isEmpty());
        const auto last =
            DuffelOfferJson::parseOffersPage("{\"data\":[],\"meta\":{\"after\":null}}");
        QVERIFY(last.error.isEmpty());
        QVERIFY(last.after.isEmpty());
    }

    void malformedPages_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated")
            << offerJson(QStringLiteral("off_1"), QStringLiteral("1")).left(200);
        QTest::newRow("not json") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no data") << QByteArray("{\"meta\":{}}");
        QTest::newRow("data not array") << QByteArray("{\"data\":{}}");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedPages() {
        QFETCH(QByteArray, body);
        const auto page = DuffelOfferJson::parseOffersPage(body);
        QVERIFY(!page.error.isEmpty());
        QVERIFY(page.offers.isEmpty());
    }

    void errors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detailPart");
        using C = ProviderError::Code;
        QTest::newRow("validation, source object")
            << 422
            << QByteArray("{\"meta\":{\"status\":422,\"request_id\":\"Fs\"},\"errors\":[{\"type\":"
                          "\"validation_error\","
                          "\"title\":\"Required "
                          "field\",\"source\":{\"pointer\":\"/slices\",\"field\":\"slices\"},"
                          "\"message\":\"Field 'slices' can't be "
                          "blank\",\"code\":\"validation_required\"}]}")
            << int(C::InvalidRequest) << QStringLiteral("source /slices");
        QTest::newRow("airline, source string")
            << 400
            << QByteArray("{\"errors\":[{\"type\":\"airline_error\",\"title\":\"t\",\"message\":"
                          "\"m\",\"source\":\"iberia\",\"code\":\"airline_unknown\"}]}")
            << int(C::Server) << QStringLiteral("source iberia");
        QTest::newRow("auth")
            << 401
            << QByteArray("{\"errors\":[{\"type\":\"authentication_error\",\"code\":\"missing_"
                          "authorization_header\",\"message\":\"m\",\"title\":\"t\"}]}")
            << int(C::Authentication) << QStringLiteral("missing_authorization_header");
        QTest::newRow("rate") << 429
                              << QByteArray(
                                     "{\"errors\":[{\"type\":\"rate_limit_error\",\"code\":\"rate_"
                                     "limit_exceeded\",\"message\":\"m\",\"title\":\"t\"}]}")
                              << int(C::RateLimited) << QStringLiteral("rate_limit_exceeded");
        QTest::newRow("expired offer")
            << 422
            << QByteArray("{\"errors\":[{\"type\":\"invalid_state_error\",\"code\":\"offer_no_"
                          "longer_available\",\"message\":\"m\",\"title\":\"t\"}]}")
            << int(C::OfferExpired) << QStringLiteral("offer_no_longer_available");
        QTest::newRow("html 502") << 502 << QByteArray("<html>bad gateway</html>") << int(C::Server)
                                  << QStringLiteral("HTTP 502");
    }
    void errors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, detailPart);
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers = {{"x-request-id", "req-9"}};
        const ProviderError error = DuffelJson::errorFromResponse(response);
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.detail.contains(detailPart), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QStringLiteral("req-9")), qPrintable(error.detail));
    }

    void places() {
        const QByteArray body =
            "{\"data\":[{\"type\":\"airport\",\"iata_code\":\"LHR\",\"name\":\"Heathrow\", "
            "\"iata_city_code\":\"LON\",\"iata_country_code\":\"GB\",\"time_zone\":\"Europe/"
            "London\"}, "
            "{\"type\":\"city\",\"iata_code\":\"LON\",\"name\":\"London\",\"iata_country_code\":"
            "\"GB\"}, {\"type\":\"airport\",\"iata_code\":null}]}";
        QString error;
        const auto places = DuffelJson::placesFromJson(body, &error);
        QVERIFY(places);
        QCOMPARE(places->size(), 2);
        QCOMPARE(places->at(0).kind, Place::Kind::Airport);
        QCOMPARE(places->at(0).cityCode, QStringLiteral("LON"));
        QCOMPARE(places->at(1).kind, Place::Kind::City);
        QVERIFY(!DuffelJson::placesFromJson("{\"data\":", &error));
    }

    void orderBody() {
        Traveller adult;
        adult.givenName = QStringLiteral("Amelia");
        adult.familyName = QStringLiteral("Earhart");
        adult.bornOn = QDate(1987, 7, 24);
        adult.gender = Traveller::Gender::Female;
        adult.email = QStringLiteral("a@example.test");
        Traveller child = adult;
        child.type = Traveller::Type::Child;
        child.givenName = QStringLiteral("Kid");
        child.bornOn = QDate(2019, 1, 1);
        const QList<DuffelPassenger> pax = {{QStringLiteral("pas_c"), QString(), 7},
                                            {QStringLiteral("pas_a"), QStringLiteral("adult"), -1}};
        QString error;
        const auto data = DuffelJson::orderData(QStringLiteral("off_1"),
                                                *Money::fromString(u"30.2", QStringLiteral("GBP")),
                                                pax, {adult, child}, &error);
        QVERIFY2(data, qPrintable(error));
        const QJsonArray passengers = data->value(QStringLiteral("passengers")).toArray();
        QCOMPARE(passengers.at(0).toObject().value(QStringLiteral("given_name")).toString(),
                 QStringLiteral("Kid"));
        QCOMPARE(passengers.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("pas_a"));
        const QJsonObject payment =
            data->value(QStringLiteral("payments")).toArray().first().toObject();
        QCOMPARE(payment.value(QStringLiteral("amount")).toString(), QStringLiteral("30.20"));
        QCOMPARE(data->value(QStringLiteral("type")).toString(), QStringLiteral("instant"));
        QVERIFY(!DuffelJson::orderData(QStringLiteral("off_1"),
                                       *Money::fromString(u"1", QStringLiteral("GBP")), pax,
                                       {adult}, &error));
    }
};

QTEST_GUILESS_MAIN(TestDuffelJson)
#include "tst_duffeljson.moc"
