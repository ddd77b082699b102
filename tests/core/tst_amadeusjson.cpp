// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoDatabase.h"
#include "providers/amadeus/AmadeusErrors.h"
#include "providers/amadeus/AmadeusJson.h"
#include "providers/amadeus/AmadeusOfferJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
// The shape of flight-apis.md section 1.6 (amadeus-java fixture), one offer of two itineraries.
const QByteArray SearchFixture = R"({
  "meta": {"count": 1},
  "data": [{
    "type": "flight-offer", "id": "1", "source": "GDS", "oneWay": false,
    "lastTicketingDate": "2020-01-16", "numberOfBookableSeats": 7,
    "itineraries": [
      {"duration": "PT15H55M", "segments": [
        {"departure": {"iataCode": "GIG", "terminal": "2", "at": "2020-08-01T21:50:00"},
         "arrival": {"iataCode": "LHR", "terminal": "5", "at": "2020-08-02T13:10:00"},
         "carrierCode": "BA", "number": "248", "aircraft": {"code": "788"},
         "operating": {"carrierCode": "BA"}, "duration": "PT11H20M", "id": "1",
         "numberOfStops": 0, "blacklistedInEU": false},
        {"departure": {"iataCode": "LHR", "at": "2020-08-02T15:10:00"},
         "arrival": {"iataCode": "MAD", "terminal": "4", "at": "2020-08-02T18:45:00"},
         "carrierCode": "IB", "number": "3167", "aircraft": {"code": "320"},
         "duration": "PT2H35M", "id": "2", "numberOfStops": 0}]},
      {"duration": "PT1H", "segments": [
        {"departure": {"iataCode": "MAD", "at": "2020-08-10T08:00:00"},
         "arrival": {"iataCode": "LIS", "at": "2020-08-10T08:20:00"},
         "carrierCode": "LA", "number": "7", "aircraft": {"code": "999"},
         "duration": "PT1H20M", "id": "3", "numberOfStops": 0}]}
    ],
    "price": {"currency": "USD", "total": "3842.10", "base": "3661.00",
              "fees": [{"amount": "0.00", "type": "SUPPLIER"}], "grandTotal": "3842.10"},
    "validatingAirlineCodes": ["BA"],
    "travelerPricings": [
      {"travelerId": "1", "fareOption": "STANDARD", "travelerType": "ADULT",
       "price": {"currency": "USD", "total": "2178.55", "base": "2088.00"},
       "fareDetailsBySegment": [{"segmentId": "1", "cabin": "BUSINESS", "class": "R",
                                 "includedCheckedBags": {"quantity": 2}}]},
      {"travelerId": "2", "fareOption": "STANDARD", "travelerType": "CHILD",
       "fareDetailsBySegment": [{"segmentId": "1", "cabin": "BUSINESS",
                                 "includedCheckedBags": {"weight": 20, "weightUnit": "KG"}}]}
    ]
  }],
  "dictionaries": {
    "locations": {"MAD": {"cityCode": "MAD", "countryCode": "ES"}},
    "aircraft": {"320": "AIRBUS INDUSTRIE A320-100/200", "788": "BOEING 787-8"},
    "currencies": {"USD": "US DOLLAR"},
    "carriers": {"LA": "LATAM AIRLINES GROUP", "IB": "IBERIA", "BA": "BRITISH AIRWAYS"}
  }
})";

QByteArray offerWith(const QByteArray &segments, const QByteArray &price) {
    return QByteArray(R"({"data": [{"id": "7", "itineraries": [{"segments": [)") + segments +
           QByteArray(R"(]}], "price": )") + price + QByteArray("}]}");
}

SearchSlice slice(const char *from, const char *to, QDate date) {
    SearchSlice s;
    s.origin = QString::fromLatin1(from);
    s.destination = QString::fromLatin1(to);
    s.date = date;
    return s;
}
} // namespace

class TestAmadeusJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsTheReferenceFixture() {
        const GeoDatabase &geo = GeoDatabase::instance();
        const auto parsed = AmadeusOfferJson::parseSearch(SearchFixture, geo, CabinClass::Economy);
        QVERIFY(parsed);
        QCOMPARE(parsed->skipped, 0);
        QCOMPARE(parsed->offers.size(), 1);
        QCOMPARE(parsed->raw.size(), 1);
        QCOMPARE(parsed->raw.first().value(QLatin1String("id")).toString(), QStringLiteral("1"));
        const FlightOffer &offer = parsed->offers.first();
        QCOMPARE(offer.provider, QStringLiteral("amadeus"));
        QCOMPARE(offer.totalAmount, *Money::fromString(u"3842.10", QStringLiteral("USD")));
        QCOMPARE(offer.ownerCode, QStringLiteral("BA"));
        QCOMPARE(offer.ownerName, geo.airline(u"BA")->name);
        QCOMPARE(offer.cabin, CabinClass::Business);
        QCOMPARE(offer.slices.size(), 2);
        QCOMPARE(offer.slices[0].segments.size(), 2);
        const Segment &first = offer.slices[0].segments[0];
        QCOMPARE(first.flightNumber, QStringLiteral("248"));
        QCOMPARE(first.aircraft, QStringLiteral("Boeing 787-8"));
        QCOMPARE(first.departure.timeZone(), QTimeZone(geo.airport(u"GIG")->timeZone));
        QCOMPARE(first.departure.toUTC(),
                 QDateTime(QDate(2020, 8, 2), QTime(0, 50), QTimeZone::utc()));
        QCOMPARE(first.arrival.toUTC(),
                 QDateTime(QDate(2020, 8, 2), QTime(12, 10), QTimeZone::utc()));
        QCOMPARE(first.durationMinutes(), 11 * 60 + 20);
        QCOMPARE(offer.slices[0].segments[1].aircraft,
                 QStringLiteral("Airbus Industrie A320-100/200"));
        // Not in the dictionaries: the code stays.
        QCOMPARE(offer.slices[1].segments[0].aircraft, QStringLiteral("999"));
        QCOMPARE(offer.slices[1].segments[0].departure.timeZone(), QTimeZone("Europe/Madrid"));
        QCOMPARE(offer.slices[1].segments[0].arrival.timeZone(), QTimeZone("Europe/Lisbon"));
    }

    void optionalFieldsMayBeMissing() {
        // No operating, terminal, aircraft, dictionaries, validating airline or travelerPricings;
        // no grandTotal (total is used).
        const QByteArray body = offerWith(
            R"({"departure": {"iataCode": "CDG", "at": "2026-12-04T07:05:00"},
                "arrival": {"iataCode": "LIS", "at": "2026-12-04T08:50:00"},
                "carrierCode": "TP", "number": "433"})",
            R"({"currency": "EUR", "total": "123.45"})");
        const auto parsed = AmadeusOfferJson::parseSearch(body, GeoDatabase::instance(),
                                                          CabinClass::PremiumEconomy);
        QVERIFY(parsed);
        QCOMPARE(parsed->offers.size(), 1);
        const FlightOffer &offer = parsed->offers.first();
        QCOMPARE(offer.totalAmount.amountString(), QStringLiteral("123.45"));
        QCOMPARE(offer.ownerCode, QStringLiteral("TP"));
        QCOMPARE(offer.cabin, CabinClass::PremiumEconomy);
        QCOMPARE(offer.slices[0].segments[0].aircraft, QString());
        QCOMPARE(offer.slices[0].durationMinutes(), 2 * 60 + 45);
    }

    void unknownAirportIsPlacedByTheSegmentDuration() {
        const QByteArray body = offerWith(
            R"({"departure": {"iataCode": "CDG", "at": "2026-12-04T10:00:00"},
                "arrival": {"iataCode": "QQQ", "at": "2026-12-04T13:30:00"},
                "carrierCode": "AF", "number": "1", "duration": "PT2H30M"})",
            R"({"currency": "EUR", "grandTotal": "99.00"})");
        const auto parsed = AmadeusOfferJson::parseSearch(body, GeoDatabase::instance(), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->offers.size(), 1);
        const Segment &seg = parsed->offers.first().slices[0].segments[0];
        QCOMPARE(seg.durationMinutes(), 150);
        QCOMPARE(seg.arrival.time(), QTime(13, 30));
        QCOMPARE(seg.arrival.offsetFromUtc(), 2 * 3600);
    }

    void badOffersAreSkippedNotFatal() {
        const QByteArray body = R"({"data": [
            {"id": "1", "itineraries": [], "price": {"currency": "EUR", "total": "1.00"}},
            {"id": "2", "itineraries": [{"segments": [{"departure": {"iataCode": "CDG",
              "at": "2026-12-04T10:00:00"}, "arrival": {"iataCode": "LIS", "at": "soon"},
              "carrierCode": "TP", "number": "1"}]}], "price": {"currency": "EUR", "total": "1.00"}},
            {"id": "3", "itineraries": [{"segments": [{"departure": {"iataCode": "CDG",
              "at": "2026-12-04T10:00:00"}, "arrival": {"iataCode": "LIS",
              "at": "2026-12-04T11:00:00"}, "carrierCode": "TP", "number": "1"}]}],
             "price": {"currency": "EUR", "grandTotal": 12.5}},
            "not an object"
        ]})";
        const auto parsed = AmadeusOfferJson::parseSearch(body, GeoDatabase::instance(), {});
        QVERIFY(parsed);
        QCOMPARE(parsed->offers.size(), 0);
        QCOMPARE(parsed->skipped, 4); // number price: money is never read from a double
    }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << SearchFixture.left(SearchFixture.size() / 2);
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("no data") << QByteArray(R"({"meta": {"count": 0}})");
        QTest::newRow("data object") << QByteArray(R"({"data": {"id": "1"}})");
        QTest::newRow("garbage") << QByteArray("\x00\xff{{{", 6);
    }
    void malformedBodies() {
        QFETCH(QByteArray, body);
        QVERIFY(!AmadeusOfferJson::parseSearch(body, GeoDatabase::instance(), {}));
        QVERIFY(!AmadeusOfferJson::parsePricing(body, GeoDatabase::instance(), {}));
        QVERIFY(!AmadeusJson::parseLocations(body, GeoDatabase::instance()));
        QVERIFY(!AmadeusJson::parseToken(body));
        if (QByteArray(QTest::currentDataTag()) != "data object") // an order needs only an id
            QVERIFY(!AmadeusJson::parseOrder(body, QString(), {}, QDateTime::currentDateTimeUtc()));
    }

    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minutes"); // -1: rejected
        QTest::newRow("hours minutes") << QStringLiteral("PT15H55M") << qint64(955);
        QTest::newRow("hours only") << QStringLiteral("PT1H") << qint64(60);
        QTest::newRow("padded") << QStringLiteral("PT02H26M") << qint64(146);
        QTest::newRow("minutes only") << QStringLiteral("PT45M") << qint64(45);
        QTest::newRow("days") << QStringLiteral("P1DT2H") << qint64(26 * 60);
        QTest::newRow("day only") << QStringLiteral("P1D") << qint64(24 * 60);
        QTest::newRow("seconds") << QStringLiteral("PT1H30M20S") << qint64(90);
        QTest::newRow("lower case") << QStringLiteral("pt2h5m") << qint64(125);
        QTest::newRow("spaces") << QStringLiteral(" PT3H ") << qint64(180);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("P") << QStringLiteral("P") << qint64(-1);
        QTest::newRow("PT") << QStringLiteral("PT") << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("PT15") << qint64(-1);
        QTest::newRow("hours before T") << QStringLiteral("P2H") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-PT1H") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("PT1.5H") << qint64(-1);
        QTest::newRow("text") << QStringLiteral("two hours") << qint64(-1);
    }
    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, minutes);
        const auto parsed = AmadeusOfferJson::parseDurationMinutes(text);
        if (minutes < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, minutes);
        }
    }

    void localTimes() {
        const QDateTime local = AmadeusOfferJson::parseLocalTime(
            QStringLiteral("2026-07-01T09:30:00"), QByteArrayLiteral("Europe/Paris"));
        QCOMPARE(local.timeZone(), QTimeZone("Europe/Paris"));
        QCOMPARE(local.toUTC().time(), QTime(7, 30));
        // An offset keeps its instant and is shown in the airport's zone.
        const QDateTime withOffset = AmadeusOfferJson::parseLocalTime(
            QStringLiteral("2026-07-01T09:30:00Z"), QByteArrayLiteral("Europe/Paris"));
        QCOMPARE(withOffset.time(), QTime(11, 30));
        QVERIFY(
            !AmadeusOfferJson::parseLocalTime(QStringLiteral("2026-07-01T09:30:00"), {}).isValid());
        QVERIFY(!AmadeusOfferJson::parseLocalTime(QStringLiteral("tomorrow"), "Europe/Paris")
                     .isValid());
    }

    void dstGap() {
        // 02:15 does not exist in New York on 2026-03-08: treated as QDateTime(date, time, zone)
        // treats it (Qt 6.4: invalid, the offer is skipped), never read in the system's zone.
        const QDateTime t = AmadeusOfferJson::parseLocalTime(QStringLiteral("2026-03-08T02:15:00"),
                                                             QByteArrayLiteral("America/New_York"));
        const QDateTime qt(QDate(2026, 3, 8), QTime(2, 15), QTimeZone("America/New_York"));
        QCOMPARE(t.isValid(), qt.isValid());
        if (qt.isValid())
            QCOMPARE(t, qt);
        const QDateTime after = AmadeusOfferJson::parseLocalTime(
            QStringLiteral("2026-03-08T03:15:00"), QByteArrayLiteral("America/New_York"));
        QCOMPARE(after.offsetFromUtc(), -4 * 3600);
        QCOMPARE(after.timeZone().id(), QByteArray("America/New_York"));
    }

    void errors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<bool>("retryable");
        using C = ProviderError::Code;
        QTest::newRow("477 int")
            << 400
            << QByteArray(
                   R"({"errors":[{"status":400,"code":477,"title":"INVALID FORMAT","detail":"invalid query parameter format","source":{"parameter":"airport","example":"CDG"}}]})")
            << int(C::InvalidRequest) << false << false;
        QTest::newRow("4926")
            << 400
            << QByteArray(
                   R"({"errors":[{"status":400,"code":4926,"title":"INVALID DATA RECEIVED"}]})")
            << int(C::InvalidRequest) << false << false;
        QTest::newRow("38190 string")
            << 401
            << QByteArray(
                   R"({"errors":[{"status":"401","code":"38190","title":"Invalid access token"}]})")
            << int(C::Authentication) << true << false;
        QTest::newRow("38192")
            << 401
            << QByteArray(
                   R"({"errors":[{"status":401,"code":38192,"title":"Access token expired"}]})")
            << int(C::Authentication) << true << false;
        QTest::newRow("38193") << 401 << QByteArray(R"({"errors":[{"code":38193}]})")
                               << int(C::Authentication) << true << false;
        QTest::newRow("38191 string")
            << 401
            << QByteArray(
                   R"({"errors":[{"status":"401","code":"38191","title":"Invalid HTTP header"}]})")
            << int(C::Authentication) << false << false;
        QTest::newRow("39686") << 401 << QByteArray(R"({"errors":[{"status":401,"code":39686}]})")
                               << int(C::Authentication) << false << false;
        QTest::newRow("38194")
            << 429
            << QByteArray(R"({"errors":[{"status":429,"code":38194,"title":"Too many requests"}]})")
            << int(C::RateLimited) << false << true;
        QTest::newRow("38195")
            << 429
            << QByteArray(
                   R"({"errors":[{"status":429,"code":38195,"title":"Quota limit exceeded"}]})")
            << int(C::RateLimited) << false << false;
        QTest::newRow("141")
            << 500
            << QByteArray(
                   R"({"errors":[{"status":500,"code":141,"title":"SYSTEM ERROR HAS OCCURRED"}]})")
            << int(C::Server) << false << true;
        QTest::newRow("38189") << 500 << QByteArray(R"({"errors":[{"code":"38189"}]})")
                               << int(C::Server) << false << true;
        QTest::newRow("6003") << 404 << QByteArray(R"({"errors":[{"status":404,"code":6003}]})")
                              << int(C::NoRoute) << false << false;
        QTest::newRow("38196")
            << 404
            << QByteArray(
                   R"({"errors":[{"status":404,"code":38196,"title":"Resource not found"}]})")
            << int(C::Unsupported) << false << false;
        QTest::newRow("37200")
            << 400
            << QByteArray(R"({"errors":[{"status":400,"code":37200,"title":"PRICE DISCREPANCY"}]})")
            << int(C::OfferExpired) << false << false;
        QTest::newRow("token flat")
            << 401
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"Client credentials are invalid","code":38187,"title":"Invalid parameters"})")
            << int(C::Authentication) << false << false;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << int(C::Server)
                                  << false << true;
        QTest::newRow("empty 400")
            << 400 << QByteArray() << int(C::InvalidRequest) << false << false;
        QTest::newRow("unknown code 503") << 503 << QByteArray(R"({"errors":[{"code":99999}]})")
                                          << int(C::Server) << false << true;
        QTest::newRow("status in body only") << 0 << QByteArray(R"({"errors":[{"status":"429"}]})")
                                             << int(C::RateLimited) << false << true;
    }
    void errors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(bool, refresh);
        QFETCH(bool, retryable);
        const AmadeusFailure failure = AmadeusErrors::classify(status, body);
        QCOMPARE(int(failure.error.code), code);
        QCOMPARE(failure.refreshToken, refresh);
        QCOMPARE(failure.retryable, retryable);
        QVERIFY(failure.error.detail.startsWith(QStringLiteral("HTTP %1").arg(status)));
    }

    void errorDetailsKeepWhatTheServerSaid() {
        const auto issues = AmadeusErrors::parseIssues(
            R"({"errors":[{"status":"400","code":"477","title":"INVALID FORMAT","detail":"bad","source":{"pointer":"/data/0"}}]})");
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].status, 400);
        QCOMPARE(issues[0].code, 477);
        QCOMPARE(issues[0].source, QStringLiteral("/data/0"));
        QCOMPARE(AmadeusErrors::describe(400, issues),
                 QStringLiteral("HTTP 400; code 477 INVALID FORMAT: bad (/data/0)"));
    }

    void tokenBodyAndAnswer() {
        QCOMPARE(
            AmadeusJson::tokenRequestBody(QStringLiteral("id 1"), QStringLiteral("a+b&c=d%")),
            QByteArray(
                "grant_type=client_credentials&client_id=id%201&client_secret=a%2Bb%26c%3Dd%25"));
        const auto token = AmadeusJson::parseToken(
            R"({"type":"amadeusOAuth2Token","token_type":"Bearer","access_token":"z626","expires_in":1799,"state":"approved"})");
        QVERIFY(token);
        QCOMPARE(token->accessToken, QStringLiteral("z626"));
        QCOMPARE(token->expiresInSeconds, 1799);
        QVERIFY(!AmadeusJson::parseToken(R"({"access_token":"x"})"));
        QVERIFY(!AmadeusJson::parseToken(R"({"error":"invalid_client","code":38187})"));
    }

    void simpleSearchesUseGet() {
        SearchRequest request;
        request.slices = {slice("PAR", "LIS", QDate(2026, 12, 4)),
                          slice("LIS", "PAR", QDate(2026, 12, 6))};
        request.passengers = {2, 1, 1};
        request.cabin = CabinClass::Business;
        request.maxConnections = 0;
        request.airlines = {QStringLiteral("tp"), QStringLiteral("AF")};
        QVERIFY(!AmadeusJson::needsPost(request));
        QCOMPARE(AmadeusJson::searchQuery(request, QStringLiteral("EUR"), 900)
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "originLocationCode=PAR&destinationLocationCode=LIS&departureDate=2026-12-04"
                     "&returnDate=2026-12-06&adults=2&children=1&infants=1&travelClass=BUSINESS"
                     "&nonStop=true&includedAirlineCodes=TP,AF&currencyCode=EUR&max=250"));
        request.slices[0].earliestDeparture = QTime(18, 0);
        QVERIFY(AmadeusJson::needsPost(request));
        request.slices[0].earliestDeparture = QTime();
        request.maxConnections = 1;
        QVERIFY(AmadeusJson::needsPost(request));
        request.maxConnections.reset();
        request.slices[1].destination = QStringLiteral("BRU"); // open jaw
        QVERIFY(AmadeusJson::needsPost(request));
    }

    void multiCityBody() {
        SearchRequest request;
        request.slices = {slice("PAR", "LIS", QDate(2026, 12, 4)),
                          slice("LIS", "MAD", QDate(2026, 12, 6)),
                          slice("MAD", "PAR", QDate(2026, 12, 9))};
        request.slices[0].earliestDeparture = QTime(18, 0);
        request.slices[1].earliestDeparture = QTime(8, 0);
        request.slices[1].latestDeparture = QTime(12, 0);
        request.passengers = {2, 1, 1};
        request.childAges = {7};
        request.maxConnections = 1;
        const QJsonObject body = AmadeusJson::searchBody(request, QStringLiteral("EUR"), 50);
        const QByteArray expected =
            R"({"currencyCode":"EUR","originDestinations":[)"
            R"({"departureDateTimeRange":{"date":"2026-12-04","time":"20:59:30","timeWindow":"3H"},"destinationLocationCode":"LIS","id":"1","originLocationCode":"PAR"},)"
            R"({"departureDateTimeRange":{"date":"2026-12-06","time":"10:00:00","timeWindow":"2H"},"destinationLocationCode":"MAD","id":"2","originLocationCode":"LIS"},)"
            R"({"departureDateTimeRange":{"date":"2026-12-09"},"destinationLocationCode":"PAR","id":"3","originLocationCode":"MAD"}],)"
            R"("searchCriteria":{"flightFilters":{"cabinRestrictions":[{"cabin":"ECONOMY","coverage":"MOST_SEGMENTS","originDestinationIds":["1","2","3"]}],)"
            R"("connectionRestriction":{"maxNumberOfConnections":1}},"maxFlightOffers":50},"sources":["GDS"],)"
            R"("travelers":[{"id":"1","travelerType":"ADULT"},{"id":"2","travelerType":"ADULT"},{"id":"3","travelerType":"CHILD"},)"
            R"({"associatedAdultId":"1","id":"4","travelerType":"HELD_INFANT"}]})";
        QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);
    }

    void locationsWithPaging() {
        QCOMPARE(
            AmadeusJson::locationsQuery(QStringLiteral(" muc "), 10).toString(QUrl::FullyEncoded),
            QStringLiteral("subType=CITY,AIRPORT&keyword=MUC&page[limit]=10&view=LIGHT"));
        const QByteArray body = R"({
          "meta": {"count": 3, "links": {"self": "https://test.api.amadeus.com/v1/reference-data/locations?subType=CITY,AIRPORT&keyword=MUC",
                                          "next": "https://test.api.amadeus.com/v1/reference-data/locations?subType=CITY,AIRPORT&keyword=MUC&page%5Boffset%5D=2"}},
          "data": [
            {"type": "location", "subType": "AIRPORT", "name": "MUNICH INTERNATIONAL", "iataCode": "MUC",
             "address": {"cityName": "MUNICH", "cityCode": "MUC", "countryCode": "DE"}},
            {"type": "location", "subType": "CITY", "name": "MUNICH", "iataCode": "MUC",
             "address": {"cityCode": "MUC", "countryCode": "DE"}},
            {"type": "location", "subType": "AIRPORT", "name": "NOWHERE FIELD", "iataCode": "QQQ",
             "address": {"cityCode": "QQX", "countryCode": "ZZ"}},
            {"type": "location", "subType": "AIRPORT", "name": "NO CODE"}
          ]})";
        const auto page = AmadeusJson::parseLocations(body, GeoDatabase::instance());
        QVERIFY(page);
        QCOMPARE(page->places.size(), 3);
        QCOMPARE(page->places[0].code, QStringLiteral("MUC"));
        QCOMPARE(page->places[0].kind, Place::Kind::Airport);
        QCOMPARE(page->places[0].timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(page->places[1].kind, Place::Kind::City);
        QCOMPARE(page->places[2].name, QStringLiteral("Nowhere Field"));
        QCOMPARE(page->places[2].cityCode, QStringLiteral("QQX"));
        QCOMPARE(page->next.query(QUrl::FullyEncoded),
                 QStringLiteral("subType=CITY,AIRPORT&keyword=MUC&page%5Boffset%5D=2"));
    }

    void orderBodyMatchesTravellersToTheOffer() {
        const QJsonObject raw = QJsonDocument::fromJson(SearchFixture)
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        Traveller adult;
        adult.givenName = QStringLiteral("Jorge");
        adult.familyName = QStringLiteral("Gonzales");
        adult.bornOn = QDate(1982, 1, 16);
        adult.gender = Traveller::Gender::Male;
        adult.email = QStringLiteral("jorge@example.org");
        adult.phone = QStringLiteral("+34480080076");
        Traveller child;
        child.type = Traveller::Type::Child;
        child.givenName = QStringLiteral("Ana");
        child.familyName = QStringLiteral("Gonzales");
        child.bornOn = QDate(2018, 5, 2);
        QString error;
        const QJsonObject body = AmadeusJson::orderBody(raw, {child, adult}, &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error));
        const QJsonObject data = body.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("flight-order"));
        QCOMPARE(data.value(QLatin1String("flightOffers")).toArray().at(0).toObject(), raw);
        const QJsonArray travelers = data.value(QLatin1String("travelers")).toArray();
        QCOMPARE(travelers.size(), 2);
        QCOMPARE(travelers[0].toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("2"));
        const QJsonObject jorge = travelers[1].toObject();
        QCOMPARE(jorge.value(QLatin1String("id")).toString(), QStringLiteral("1"));
        QCOMPARE(
            QJsonDocument(jorge).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"contact":{"emailAddress":"jorge@example.org","phones":[{"countryCallingCode":"34","deviceType":"MOBILE","number":"480080076"}]},)"
                R"("dateOfBirth":"1982-01-16","gender":"MALE","id":"1","name":{"firstName":"JORGE","lastName":"GONZALES"}})"));
        QVERIFY(AmadeusJson::orderBody(raw, {adult, adult}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("ADULT")));
        QVERIFY(AmadeusJson::orderBody(raw, {adult}, &error).isEmpty());
    }

    void phones_data() {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("number");
        QTest::newRow("uk") << QStringLiteral("+442080160508") << QStringLiteral("44")
                            << QStringLiteral("2080160508");
        QTest::newRow("us") << QStringLiteral("+1 212 555 0100") << QStringLiteral("1")
                            << QStringLiteral("2125550100");
        QTest::newRow("portugal") << QStringLiteral("+351912345678") << QStringLiteral("351")
                                  << QStringLiteral("912345678");
        QTest::newRow("no plus") << QStringLiteral("442080160508") << QString() << QString();
        QTest::newRow("letters") << QStringLiteral("+44 call me") << QString() << QString();
    }
    void phones() {
        QFETCH(QString, phone);
        QFETCH(QString, country);
        QFETCH(QString, number);
        const auto [c, n] = AmadeusJson::splitPhone(phone);
        QCOMPARE(c, country);
        QCOMPARE(n, number);
    }

    void orderAnswer() {
        const QByteArray body =
            R"({"data": {"type": "flight-order", "id": "eJzTd9f3s4gKC%2FMEAAt8Ans%3D",
            "associatedRecords": [{"reference": "2ZYVAL", "creationDate": "2026-11-29T10:00:00.000"}],
            "flightOffers": [{"price": {"currency": "EUR", "grandTotal": "546.70"}}]}})";
        const auto order = AmadeusJson::parseOrder(body, QStringLiteral("x-1-1"), {}, QDateTime());
        QVERIFY(order);
        QCOMPARE(order->id, QStringLiteral("eJzTd9f3s4gKC%2FMEAAt8Ans%3D"));
        QCOMPARE(order->bookingReference, QStringLiteral("2ZYVAL"));
        QCOMPARE(order->totalAmount.amountString(), QStringLiteral("546.70"));
        QCOMPARE(order->createdAt, QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(order->offerId, QStringLiteral("x-1-1"));
    }

    void keepMatchingAppliesWindowsAndBudget() {
        auto parsed = AmadeusOfferJson::parseSearch(SearchFixture, GeoDatabase::instance(), {});
        QVERIFY(parsed);
        SearchRequest request;
        request.slices = {slice("RIO", "MAD", QDate(2020, 8, 1)),
                          slice("MAD", "LIS", QDate(2020, 8, 10))};
        AmadeusOffers copy = *parsed;
        AmadeusOfferJson::keepMatching(copy, request);
        QCOMPARE(copy.offers.size(), 1);
        request.slices[0].earliestDeparture = QTime(22, 0); // departs 21:50 local
        copy = *parsed;
        AmadeusOfferJson::keepMatching(copy, request);
        QCOMPARE(copy.offers.size(), 0);
        QCOMPARE(copy.raw.size(), 0);
        request.slices[0].earliestDeparture = QTime(21, 0);
        request.maxPrice = Money::fromString(u"3000", QStringLiteral("USD"));
        copy = *parsed;
        AmadeusOfferJson::keepMatching(copy, request);
        QCOMPARE(copy.offers.size(), 0);
        request.maxPrice = Money::fromString(u"3842.10", QStringLiteral("USD"));
        copy = *parsed;
        AmadeusOfferJson::keepMatching(copy, request);
        QCOMPARE(copy.offers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAmadeusJson)
#include "tst_amadeusjson.moc"
