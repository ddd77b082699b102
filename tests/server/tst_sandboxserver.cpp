// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP sandbox over real sockets on 127.0.0.1: both APIs' flows, auth errors, every fault,
// determinism, and `booking-cli sandbox --port 0` end to end.
#include "FaultPlan.h"
#include "SandboxHttpBody.h"
#include "SandboxServer.h"
#include "providers/sandbox/SandboxOfferGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {
const QDateTime Now(QDate(2026, 5, 13), QTime(9, 0), Qt::UTC);
const QString Departure = QStringLiteral("2026-06-12");

struct Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void duffelFlow();
    void duffelErrors();
    void duffelSuggestionsAndGzip();
    void amadeusFlow();
    void amadeusAuthErrors();
    void amadeusTokenExpiry();
    void faultRateLimited();
    void faultStatus_data();
    void faultStatus();
    void faultTruncated();
    void faultMalformed();
    void faultStall();
    void faultHuge();
    void faultSpec_data();
    void faultSpec();
    void randomFaultsFollowTheSeed();
    void latency();
    void offersPerSearch();
    void sameOffersAsInProcess();
    void cliSandbox();
    void chunkedRequestBodies_data();
    void chunkedRequestBodies();
    void chunkedRequestsKeepTheConnection();

private:
    /** Writes @p pieces to a fresh connection one by one (each a separate read for the
     * server) and returns the complete responses it got back: status and body. */
    QList<QPair<int, QByteArray>> rawExchange(const QList<QByteArray> &pieces, int responses);
    Answer send(const QByteArray &method, const QString &pathAndQuery,
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = {}, int transferTimeoutMs = 0);
    Answer duffel(const QByteArray &method, const QString &pathAndQuery,
                  const QJsonObject &data = {});
    Answer amadeus(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {}, bool override = false);
    QString amadeusToken();
    QString createOfferRequest();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_token;
};

void TestSandboxServer::init() {
    m_server = std::make_unique<SandboxServer>();
    m_server->setClock([] { return Now; });
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_token.clear();
}

void TestSandboxServer::cleanup() {
    m_nam.reset();
    m_server.reset();
}

Answer TestSandboxServer::send(const QByteArray &method, const QString &pathAndQuery,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body, int transferTimeoutMs) {
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    if (reply->isOpen())
        a.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return a;
}

Answer TestSandboxServer::duffel(const QByteArray &method, const QString &pathAndQuery,
                                 const QJsonObject &data) {
    const QByteArray body =
        data.isEmpty() ? QByteArray()
                       : QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
    return send(method, pathAndQuery,
                {{"Authorization", "Bearer duffel_test_x"},
                 {"Duffel-Version", "v2"},
                 {"Accept", "application/json"},
                 {"Content-Type", "application/json"}},
                body);
}

QString TestSandboxServer::amadeusToken() {
    if (m_token.isEmpty()) {
        const Answer a = send("POST", QStringLiteral("/v1/security/oauth2/token"),
                              {{"Content-Type", "application/x-www-form-urlencoded"}},
                              "grant_type=client_credentials&client_id=id&client_secret=secret");
        m_token = a.json().value(QStringLiteral("access_token")).toString();
    }
    return m_token;
}

Answer TestSandboxServer::amadeus(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body, bool override) {
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Authorization", "Bearer " + amadeusToken().toLatin1()},
        {"Content-Type", "application/vnd.amadeus+json"}};
    if (override)
        headers.append(qMakePair(QByteArray("X-HTTP-Method-Override"), QByteArray("GET")));
    return send(method, pathAndQuery, headers, body);
}

QString TestSandboxServer::createOfferRequest() {
    const QJsonObject data{
        {QStringLiteral("slices"),
         QJsonArray{QJsonObject{{QStringLiteral("origin"), QStringLiteral("LON")},
                                {QStringLiteral("destination"), QStringLiteral("NYC")},
                                {QStringLiteral("departure_date"), Departure}}}},
        {QStringLiteral("passengers"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("adult")}},
                    QJsonObject{{QStringLiteral("age"), 7}}}},
        {QStringLiteral("cabin_class"), QStringLiteral("economy")}};
    const Answer a = duffel("POST",
                            QStringLiteral("/air/offer_requests/?return_offers=false&"
                                           "supplier_timeout=10000"),
                            data);
    if (a.status != 201)
        return {};
    return a.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
}

void TestSandboxServer::duffelFlow() {
    const QString orq = createOfferRequest();
    QVERIFY(orq.startsWith(u"orq_"));

    // Cursor pages, cheapest first, until "after" is null.
    QList<QJsonObject> offers;
    QString after;
    int pages = 0;
    QString secondPageBefore;
    for (; pages < 50; ++pages) {
        QString path =
            QStringLiteral("/air/offers?offer_request_id=%1&limit=20&sort=total_amount").arg(orq);
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const Answer a = duffel("GET", path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!a.headers.value("x-request-id").isEmpty());
        QVERIFY(!a.headers.value("ratelimit-limit").isEmpty());
        QVERIFY(!a.headers.value("ratelimit-remaining").isEmpty());
        QVERIFY(a.headers.value("ratelimit-reset").endsWith(" GMT"));
        const QJsonObject meta = a.json().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("limit")).toInt(), 20);
        if (pages == 1)
            secondPageBefore = meta.value(QStringLiteral("before")).toString();
        for (const QJsonValue &o : a.json().value(QStringLiteral("data")).toArray())
            offers.append(o.toObject());
        if (meta.value(QStringLiteral("after")).isNull())
            break;
        after = meta.value(QStringLiteral("after")).toString();
    }
    QVERIFY2(pages >= 2, "at least three pages");
    QVERIFY(!secondPageBefore.isEmpty());
    const Answer back = duffel("GET", QStringLiteral("/air/offers?offer_request_id=%1&limit=20&"
                                                     "sort=total_amount&before=%2")
                                          .arg(orq, secondPageBefore));
    QCOMPARE(back.json().value(QStringLiteral("data")).toArray().first().toObject(),
             offers.first());
    QSet<QString> ids;
    for (int i = 0; i < offers.size(); ++i) {
        const QJsonObject &o = offers.at(i);
        ids.insert(o.value(QStringLiteral("id")).toString());
        if (i > 0)
            QVERIFY(
                Money::fromString(offers.at(i - 1).value(QStringLiteral("total_amount")).toString(),
                                  QStringLiteral("EUR"))
                    ->units() <=
                Money::fromString(o.value(QStringLiteral("total_amount")).toString(),
                                  QStringLiteral("EUR"))
                    ->units());
    }
    QCOMPARE(ids.size(), offers.size());

    // Duffel's exact shape: decimal strings, local times + zone, ISO durations, passengers.
    const QJsonObject offer = offers.first();
    QVERIFY(offer.value(QStringLiteral("total_amount")).isString());
    QVERIFY(offer.value(QStringLiteral("tax_amount")).isString());
    QCOMPARE(offer.value(QStringLiteral("passengers")).toArray().size(), 2);
    const QJsonObject slice = offer.value(QStringLiteral("slices")).toArray().first().toObject();
    QVERIFY(slice.value(QStringLiteral("duration")).toString().startsWith(u"P"));
    const QJsonObject segment =
        slice.value(QStringLiteral("segments")).toArray().first().toObject();
    const QString departing = segment.value(QStringLiteral("departing_at")).toString();
    QCOMPARE(departing.size(), 19); // no offset
    QVERIFY(departing.startsWith(Departure));
    QVERIFY(!segment.value(QStringLiteral("origin"))
                 .toObject()
                 .value(QStringLiteral("time_zone"))
                 .toString()
                 .isEmpty());
    QVERIFY(segment.value(QStringLiteral("marketing_carrier")).toObject().contains(u"iata_code"));
    QVERIFY(segment.value(QStringLiteral("operating_carrier")).isObject());
    QVERIFY(segment.value(QStringLiteral("aircraft")).isObject());
    QCOMPARE(segment.value(QStringLiteral("passengers")).toArray().size(), 2);
    QVERIFY(offer.value(QStringLiteral("owner")).toObject().contains(u"iata_code"));

    // Get the offer again (re-price): same offer, same price.
    const QString id = offer.value(QStringLiteral("id")).toString();
    const Answer got = duffel("GET", QStringLiteral("/air/offers/") + id);
    QCOMPARE(got.status, 200);
    const QJsonObject priced = got.json().value(QStringLiteral("data")).toObject();
    QCOMPARE(priced.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(priced.value(QStringLiteral("total_amount")),
             offer.value(QStringLiteral("total_amount")));

    // Order.
    const QJsonArray pax = offer.value(QStringLiteral("passengers")).toArray();
    auto passenger = [](const QJsonValue &p, const QString &given, bool contact) {
        QJsonObject o{{QStringLiteral("id"), p.toObject().value(QStringLiteral("id"))},
                      {QStringLiteral("given_name"), given},
                      {QStringLiteral("family_name"), QStringLiteral("Earhart")},
                      {QStringLiteral("born_on"), QStringLiteral("1987-07-24")},
                      {QStringLiteral("title"), QStringLiteral("mrs")},
                      {QStringLiteral("gender"), QStringLiteral("f")}};
        if (contact) {
            o.insert(QStringLiteral("email"), QStringLiteral("amelia@example.com"));
            o.insert(QStringLiteral("phone_number"), QStringLiteral("+442080160509"));
        }
        return o;
    };
    auto order = [&](const QString &amount, bool contact) {
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("instant")},
            {QStringLiteral("selected_offers"), QJsonArray{id}},
            {QStringLiteral("passengers"),
             QJsonArray{passenger(pax.at(0), QStringLiteral("Amelia"), contact),
                        passenger(pax.at(1), QStringLiteral("Kim"), false)}},
            {QStringLiteral("payments"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("balance")},
                 {QStringLiteral("currency"), offer.value(QStringLiteral("total_currency"))},
                 {QStringLiteral("amount"), amount}}}}};
    };
    const QString total = offer.value(QStringLiteral("total_amount")).toString();
    const Answer booked = duffel("POST", QStringLiteral("/air/orders"), order(total, true));
    QCOMPARE(booked.status, 201);
    const QString reference = booked.json()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("booking_reference"))
                                  .toString();
    QCOMPARE(reference.size(), 6);
    // The same booking again gives the same reference (deterministic).
    QCOMPARE(duffel("POST", QStringLiteral("/air/orders"), order(total, true))
                 .json()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("booking_reference"))
                 .toString(),
             reference);
    const Answer wrongAmount =
        duffel("POST", QStringLiteral("/air/orders"), order(QStringLiteral("1.00"), true));
    QCOMPARE(wrongAmount.status, 422);
    const Answer noContact = duffel("POST", QStringLiteral("/air/orders"), order(total, false));
    QCOMPARE(noContact.status, 422);
    QCOMPARE(noContact.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("contact_missing"));
}

void TestSandboxServer::duffelErrors() {
    auto code = [](const Answer &a) {
        return a.json()
            .value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    };
    const Answer noAuth = send("GET", QStringLiteral("/air/offers?offer_request_id=orq_x"),
                               {{"Duffel-Version", "v2"}});
    QCOMPARE(noAuth.status, 401);
    QCOMPARE(code(noAuth), QStringLiteral("missing_authorization_header"));
    QCOMPARE(noAuth.json().value(QStringLiteral("meta")).toObject().value(u"status").toInt(), 401);
    const Answer noVersion = send("GET", QStringLiteral("/air/offers?offer_request_id=orq_x"),
                                  {{"Authorization", "Bearer t"}});
    QCOMPARE(noVersion.status, 400);
    QCOMPARE(duffel("GET", QStringLiteral("/air/offers?offer_request_id=orq_nonsense")).status,
             404);
    QCOMPARE(duffel("GET", QStringLiteral("/air/offers/off_bad.3")).status, 404);
    QCOMPARE(duffel("GET", QStringLiteral("/air/seat_maps")).status, 404);
    const QString orq = createOfferRequest();
    QCOMPARE(
        code(duffel("GET", QStringLiteral("/air/offers?offer_request_id=%1&limit=500").arg(orq))),
        QStringLiteral("validation_format"));
    const Answer noSlices = duffel("POST", QStringLiteral("/air/offer_requests"),
                                   {{QStringLiteral("passengers"), QJsonArray()}});
    QCOMPARE(noSlices.status, 422);
    QCOMPARE(code(noSlices), QStringLiteral("validation_required"));
    const Answer garbage = send("POST", QStringLiteral("/air/offer_requests"),
                                {{"Authorization", "Bearer t"}, {"Duffel-Version", "v2"}}, "{nope");
    QCOMPARE(garbage.status, 400);
}

void TestSandboxServer::duffelSuggestionsAndGzip() {
    const Answer a = send(
        "GET", QStringLiteral("/places/suggestions?query=lisb"),
        {{"Authorization", "Bearer t"}, {"Duffel-Version", "v2"}, {"Accept-Encoding", "gzip"}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.headers.value("content-encoding"), QByteArray("gzip"));
    const QJsonArray places =
        QJsonDocument::fromJson(SandboxHttpBody::gunzip(a.body)).object().value(u"data").toArray();
    QVERIFY(!places.isEmpty());
    QCOMPARE(places.first().toObject().value(u"iata_code").toString(), QStringLiteral("LIS"));
    QVERIFY(places.first().toObject().contains(u"time_zone"));
}

void TestSandboxServer::amadeusFlow() {
    const Answer token = send("POST", QStringLiteral("/v1/security/oauth2/token"),
                              {{"Content-Type", "application/x-www-form-urlencoded"}},
                              "grant_type=client_credentials&client_id=id&client_secret=secret");
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json().value(u"expires_in").toInt(), 1799);
    QCOMPARE(token.json().value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.json().value(u"state").toString(), QStringLiteral("approved"));
    m_token = token.json().value(u"access_token").toString();
    QVERIFY(!m_token.isEmpty());

    const Answer get =
        amadeus("GET", QStringLiteral("/v2/shopping/flight-offers?originLocationCode="
                                      "PAR&destinationLocationCode=LIS&departureDate=%1"
                                      "&adults=1&max=5")
                           .arg(Departure));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.headers.value("content-type"), QByteArray("application/vnd.amadeus+json"));
    const QJsonArray offers = get.json().value(u"data").toArray();
    QCOMPARE(offers.size(), 5);
    QCOMPARE(get.json().value(u"meta").toObject().value(u"count").toInt(), 5);
    QVERIFY(get.json().value(u"dictionaries").toObject().value(u"carriers").toObject().size() > 0);
    const QJsonObject first = offers.first().toObject();
    QVERIFY(first.value(u"price").toObject().value(u"grandTotal").isString());
    const QJsonObject segment = first.value(u"itineraries")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"segments")
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(segment.value(u"departure").toObject().value(u"at").toString().size(), 19);

    const QJsonObject body{
        {QStringLiteral("originDestinations"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("originLocationCode"), QStringLiteral("PAR")},
                                {QStringLiteral("destinationLocationCode"), QStringLiteral("LIS")},
                                {QStringLiteral("departureDateTimeRange"),
                                 QJsonObject{{QStringLiteral("date"), Departure}}}}}},
        {QStringLiteral("travelers"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("travelerType"), QStringLiteral("ADULT")}}}},
        {QStringLiteral("sources"), QJsonArray{QStringLiteral("GDS")}},
        {QStringLiteral("searchCriteria"), QJsonObject{{QStringLiteral("maxFlightOffers"), 5}}}};
    const QByteArray json = QJsonDocument(body).toJson();
    const Answer post = amadeus("POST", QStringLiteral("/v2/shopping/flight-offers"), json, true);
    QCOMPARE(post.status, 200);
    QCOMPARE(post.json().value(u"data").toArray(), offers); // same search, same offers
    const Answer noOverride = amadeus("POST", QStringLiteral("/v2/shopping/flight-offers"), json);
    QCOMPARE(noOverride.status, 400);

    // Locations, paged through meta.links.next.
    QString next = QStringLiteral("/v1/reference-data/locations?subType=AIRPORT,CITY&keyword=lon&"
                                  "page%5Blimit%5D=4");
    QStringList ids;
    int pages = 0;
    for (; pages < 3 && !next.isEmpty(); ++pages) {
        const Answer page = amadeus("GET", next);
        QCOMPARE(page.status, 200);
        const QJsonArray data = page.json().value(u"data").toArray();
        QCOMPARE(data.size(), 4);
        for (const QJsonValue &l : data)
            ids.append(l.toObject().value(u"id").toString());
        const QString link = page.json()
                                 .value(u"meta")
                                 .toObject()
                                 .value(u"links")
                                 .toObject()
                                 .value(u"next")
                                 .toString();
        next = link.isEmpty() ? QString() : link.mid(m_server->baseUrl().toString().size());
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.first(), QStringLiteral("CLON"));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 12);

    // Pricing, then an order.
    const QByteArray pricingBody =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-offers-pricing")},
                             {QStringLiteral("flightOffers"), QJsonArray{first}}}}})
            .toJson();
    const Answer priced =
        amadeus("POST", QStringLiteral("/v1/shopping/flight-offers/pricing"), pricingBody, true);
    QCOMPARE(priced.status, 200);
    const QJsonObject pricedData = priced.json().value(u"data").toObject();
    QCOMPARE(pricedData.value(u"type").toString(), QStringLiteral("flight-offers-pricing"));
    const QJsonObject pricedOffer = pricedData.value(u"flightOffers").toArray().first().toObject();
    QCOMPARE(pricedOffer.value(u"price").toObject().value(u"grandTotal"),
             first.value(u"price").toObject().value(u"grandTotal"));

    const QJsonObject traveler{
        {QStringLiteral("id"), QStringLiteral("1")},
        {QStringLiteral("dateOfBirth"), QStringLiteral("1982-01-16")},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("JORGE")},
                     {QStringLiteral("lastName"), QStringLiteral("GONZALES")}}},
        {QStringLiteral("contact"),
         QJsonObject{
             {QStringLiteral("emailAddress"), QStringLiteral("jorge@example.es")},
             {QStringLiteral("phones"),
              QJsonArray{QJsonObject{{QStringLiteral("deviceType"), QStringLiteral("MOBILE")},
                                     {QStringLiteral("countryCallingCode"), QStringLiteral("34")},
                                     {QStringLiteral("number"), QStringLiteral("480080076")}}}}}}};
    const QByteArray orderBody =
        QJsonDocument(
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-order")},
                                     {QStringLiteral("flightOffers"), QJsonArray{pricedOffer}},
                                     {QStringLiteral("travelers"), QJsonArray{traveler}}}}})
            .toJson();
    const Answer order = amadeus("POST", QStringLiteral("/v1/booking/flight-orders"), orderBody);
    QCOMPARE(order.status, 201);
    const QJsonObject orderData = order.json().value(u"data").toObject();
    QCOMPARE(orderData.value(u"type").toString(), QStringLiteral("flight-order"));
    QCOMPARE(orderData.value(u"associatedRecords")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"reference")
                 .toString()
                 .size(),
             6);
    // Two travellers on a one-adult offer: refused.
    const QByteArray twoBody =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("flight-order")},
                             {QStringLiteral("flightOffers"), QJsonArray{pricedOffer}},
                             {QStringLiteral("travelers"), QJsonArray{traveler, traveler}}}}})
            .toJson();
    QCOMPARE(amadeus("POST", QStringLiteral("/v1/booking/flight-orders"), twoBody).status, 400);
}

void TestSandboxServer::amadeusAuthErrors() {
    auto code = [](const Answer &a) {
        return a.json().value(u"errors").toArray().first().toObject().value(u"code").toInt();
    };
    const QString path = QStringLiteral("/v2/shopping/flight-offers?originLocationCode=PAR&"
                                        "destinationLocationCode=LIS&departureDate=%1")
                             .arg(Departure);
    const Answer none = send("GET", path);
    QCOMPARE(none.status, 401);
    QCOMPARE(code(none), 38191);
    const Answer bad = send("GET", path, {{"Authorization", "Bearer not-a-token"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(code(bad), 38190);
    const Answer grant = send("POST", QStringLiteral("/v1/security/oauth2/token"),
                              {{"Content-Type", "application/x-www-form-urlencoded"}},
                              "grant_type=password&client_id=a&client_secret=b");
    QCOMPARE(grant.status, 400);
    QCOMPARE(grant.json().value(u"error").toString(), QStringLiteral("unsupported_grant_type"));
    QCOMPARE(grant.json().value(u"code").toInt(), 38187);
    const Answer secret = send("POST", QStringLiteral("/v1/security/oauth2/token"),
                               {{"Content-Type", "application/x-www-form-urlencoded"}},
                               "grant_type=client_credentials&client_id=a&client_secret=");
    QCOMPARE(secret.status, 401);
    QCOMPARE(secret.json().value(u"error").toString(), QStringLiteral("invalid_client"));
    QCOMPARE(amadeus("GET", QStringLiteral("/v1/shopping/seatmaps")).status, 404);
    QCOMPARE(
        code(amadeus("GET", QStringLiteral("/v2/shopping/flight-offers?originLocationCode=PAR"))),
        32171);
    QCOMPARE(code(amadeus("GET", path + QStringLiteral("&max=251"))), 4926);
}

void TestSandboxServer::amadeusTokenExpiry() {
    QDateTime now = Now;
    m_server->setClock([&now] { return now; });
    m_server->faultPlan().tokenTtlSeconds = 5;
    const Answer token = send("POST", QStringLiteral("/v1/security/oauth2/token"), {},
                              "grant_type=client_credentials&client_id=id&client_secret=s");
    QCOMPARE(token.json().value(u"expires_in").toInt(), 5);
    m_token = token.json().value(u"access_token").toString();
    const QString path = QStringLiteral("/v1/reference-data/locations?subType=CITY&keyword=par");
    QCOMPARE(amadeus("GET", path).status, 200);
    now = now.addSecs(6);
    const Answer expired = amadeus("GET", path);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(u"errors").toArray().first().toObject().value(u"code").toInt(),
             38192);
    QCOMPARE(m_server->tokenRequestCount(), 1);
    m_token.clear();
    QCOMPARE(amadeus("GET", path).status, 200); // a fresh token works
    m_server->expireTokens();
    QCOMPARE(amadeus("GET", path).status, 401);
}

void TestSandboxServer::faultRateLimited() {
    m_server->faultPlan().resetSeconds = 3;
    m_server->faultPlan().scriptNext(FaultPlan::Fault::RateLimited);
    const Answer limited = duffel("GET", QStringLiteral("/places/suggestions?query=par"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(limited.headers.value("retry-after"), QByteArray("3"));
    const QDateTime reset = QLocale::c().toDateTime(
        QString::fromLatin1(limited.headers.value("ratelimit-reset")).chopped(4),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    QCOMPARE(QDateTime(reset.date(), reset.time(), Qt::UTC), Now.addSecs(3));
    const QJsonObject error = limited.json().value(u"errors").toArray().first().toObject();
    QCOMPARE(error.value(u"type").toString(), QStringLiteral("rate_limit_error"));
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(duffel("GET", QStringLiteral("/places/suggestions?query=par")).status, 200);

    amadeusToken();
    m_server->faultPlan().scriptNext(FaultPlan::Fault::RateLimited);
    const Answer amadeusLimited =
        amadeus("GET", QStringLiteral("/v1/reference-data/locations?subType=CITY&keyword=par"));
    QCOMPARE(amadeusLimited.status, 429);
    QCOMPARE(amadeusLimited.headers.value("retry-after"), QByteArray("3"));
    QCOMPARE(
        amadeusLimited.json().value(u"errors").toArray().first().toObject().value(u"code").toInt(),
        38194);
}

void TestSandboxServer::faultStatus_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("viaDuffel");
    QTest::newRow("duffel 500") << int(FaultPlan::Fault::Status500) << 500 << true;
    QTest::newRow("duffel 502") << int(FaultPlan::Fault::Status502) << 502 << true;
    QTest::newRow("duffel 503") << int(FaultPlan::Fault::Status503) << 503 << true;
    QTest::newRow("duffel 504") << int(FaultPlan::Fault::Status504) << 504 << true;
    QTest::newRow("amadeus 500") << int(FaultPlan::Fault::Status500) << 500 << false;
    QTest::newRow("amadeus 503") << int(FaultPlan::Fault::Status503) << 503 << false;
}

void TestSandboxServer::faultStatus() {
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(bool, viaDuffel);
    if (!viaDuffel)
        amadeusToken();
    m_server->faultPlan().scriptNext(FaultPlan::Fault(fault), 2); // "the next 2 requests"
    const QString path =
        viaDuffel ? QStringLiteral("/places/suggestions?query=par")
                  : QStringLiteral("/v1/reference-data/locations?subType=CITY&keyword=par");
    for (int i = 0; i < 3; ++i) {
        const Answer a = viaDuffel ? duffel("GET", path) : amadeus("GET", path);
        QCOMPARE(a.status, i < 2 ? status : 200);
        if (i < 2) {
            const QJsonObject e = a.json().value(u"errors").toArray().first().toObject();
            QVERIFY(!e.isEmpty());
            if (viaDuffel)
                QCOMPARE(e.value(u"type").toString(), QStringLiteral("api_error"));
            else
                QCOMPARE(e.value(u"status").toInt(), status);
        }
    }
}

void TestSandboxServer::faultTruncated() {
    // QNetworkAccessManager asks for gzip by itself and inflates what came: half a body.
    // QNetworkAccessManager may also resend a GET whose connection closed mid-body: every
    // attempt is truncated here (a few scripted), then the script is cleared.
    m_server->faultPlan().scriptNext(FaultPlan::Fault::Truncate, 4);
    const Answer gzipped = duffel("GET", QStringLiteral("/places/suggestions?query=lon"));
    QCOMPARE(gzipped.headers.value("connection"), QByteArray("close"));
    QVERIFY(QJsonDocument::fromJson(gzipped.body).isNull());
    // Uncompressed: Qt 6.4 may report NoError when the peer closes before Content-Length bytes
    // arrived, so the short body is what a client can check.
    const Answer plain = send(
        "GET", QStringLiteral("/places/suggestions?query=lon"),
        {{"Authorization", "Bearer t"}, {"Duffel-Version", "v2"}, {"Accept-Encoding", "identity"}});
    const qint64 announced = plain.headers.value("content-length").toLongLong();
    QVERIFY(announced > 0);
    QVERIFY(plain.error != QNetworkReply::NoError || plain.body.size() < announced);
    QVERIFY(QJsonDocument::fromJson(plain.body).isNull());
    QVERIFY(m_server->requestCount() <= 4);
    m_server->faultPlan().script.clear();
    QCOMPARE(duffel("GET", QStringLiteral("/places/suggestions?query=lon")).status, 200);
}

void TestSandboxServer::faultMalformed() {
    m_server->faultPlan().scriptNext(FaultPlan::Fault::Malformed);
    const Answer a = duffel("GET", QStringLiteral("/places/suggestions?query=lon"));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QJsonParseError parse;
    QJsonDocument::fromJson(a.body, &parse);
    QVERIFY(parse.error != QJsonParseError::NoError);
}

void TestSandboxServer::faultStall() {
    m_server->faultPlan().scriptNext(FaultPlan::Fault::Stall);
    QSignalSpy served(m_server.get(), &SandboxServer::served);
    const Answer a = send("GET", QStringLiteral("/places/suggestions?query=lon"),
                          {{"Authorization", "Bearer t"}, {"Duffel-Version", "v2"}}, {}, 300);
    QCOMPARE(a.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout
    QCOMPARE(a.status, 0);
    QCOMPARE(served.count(), 1);
    QCOMPARE(served.first().at(3).value<FaultPlan::Fault>(), FaultPlan::Fault::Stall);
    QCOMPARE(duffel("GET", QStringLiteral("/places/suggestions?query=lon")).status, 200);
}

void TestSandboxServer::faultHuge() {
    m_server->faultPlan().hugeMegabytes = 3;
    m_server->faultPlan().scriptNext(FaultPlan::Fault::Huge);
    const Answer a = duffel("GET", QStringLiteral("/places/suggestions?query=lon"));
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.size() >= 3 * 1024 * 1024);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(
        doc.object().value(u"data").toArray().first().toObject().value(u"iata_code").toString(),
        QStringLiteral("LON"));
}

void TestSandboxServer::faultSpec_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("issue example")
        << "rate429=0.1,status503=0.05,status500=0.02,truncate=0.05,malformed=0.05,stall=0.02,"
           "huge=0.01,token_ttl=5"
        << true;
    QTest::newRow("settings") << "reset=2, ratelimit=50, huge_mb=8, reprice=0.5" << true;
    QTest::newRow("unknown key") << "explode=0.1" << false;
    QTest::newRow("probability over 1") << "status503=1.5" << false;
    QTest::newRow("sum over 1") << "status503=0.6,status500=0.6" << false;
    QTest::newRow("not a number") << "stall=often" << false;
    QTest::newRow("ttl zero") << "token_ttl=0" << false;
}

void TestSandboxServer::faultSpec() {
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto plan = FaultPlan::parse(spec, &error);
    QCOMPARE(plan.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (spec.contains(u"token_ttl=5"))
        QCOMPARE(plan->tokenTtlSeconds, 5);
    if (spec.contains(u"ratelimit=50"))
        QCOMPARE(plan->rateLimitPerSecond, 50);
}

void TestSandboxServer::randomFaultsFollowTheSeed() {
    auto statuses = [this](quint64 seed) {
        m_server = std::make_unique<SandboxServer>();
        m_server->setClock([] { return Now; });
        QString error;
        m_server->setFaultPlan(*FaultPlan::parse(QStringLiteral("status503=0.5"), &error));
        m_server->setSeed(seed);
        m_server->listen(0);
        QList<int> result;
        for (int i = 0; i < 24; ++i)
            result.append(duffel("GET", QStringLiteral("/places/suggestions?query=rom")).status);
        return result;
    };
    const QList<int> a = statuses(7);
    QCOMPARE(statuses(7), a);
    QVERIFY(a.contains(200));
    QVERIFY(a.contains(503));
    QVERIFY(statuses(8) != a);
}

void TestSandboxServer::latency() {
    m_server->setLatency(150, 20);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(duffel("GET", QStringLiteral("/places/suggestions?query=rom")).status, 200);
    QVERIFY(timer.elapsed() >= 125); // a lower bound: the delay happened
}

void TestSandboxServer::offersPerSearch() {
    m_server->setOffersPerSearch(250);
    const Answer a =
        amadeus("GET", QStringLiteral("/v2/shopping/flight-offers?originLocationCode="
                                      "PAR&destinationLocationCode=LIS&departureDate=%1"
                                      "&adults=1")
                           .arg(Departure));
    const QJsonArray offers = a.json().value(u"data").toArray();
    QCOMPARE(offers.size(), 250);
    QSet<QString> ids;
    for (const QJsonValue &o : offers)
        ids.insert(o.toObject().value(u"id").toString());
    QCOMPARE(ids.size(), 250);
    const QString orq = createOfferRequest();
    int total = 0;
    QString after;
    for (int page = 0; page < 10; ++page) {
        const Answer p = duffel(
            "GET", QStringLiteral("/air/offers?offer_request_id=%1&limit=200%2")
                       .arg(orq, after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        total += int(p.json().value(u"data").toArray().size());
        after = p.json().value(u"meta").toObject().value(u"after").toString();
        if (after.isEmpty())
            break;
    }
    QCOMPARE(total, 250);
}

void TestSandboxServer::sameOffersAsInProcess() {
    SearchRequest request;
    request.slices.append({QStringLiteral("PAR"),
                           QStringLiteral("LIS"),
                           QDate::fromString(Departure, Qt::ISODate),
                           {},
                           {}});
    const QList<FlightOffer> local =
        SandboxOfferGenerator().generate(request, Now.toLocalTime().date());
    const Answer a =
        amadeus("GET", QStringLiteral("/v2/shopping/flight-offers?originLocationCode="
                                      "PAR&destinationLocationCode=LIS&departureDate=%1"
                                      "&adults=1")
                           .arg(Departure));
    const QJsonArray remote = a.json().value(u"data").toArray();
    QCOMPARE(remote.size(), local.size());
    for (int i = 0; i < local.size(); ++i) {
        const QJsonObject o = remote.at(i).toObject();
        QCOMPARE(o.value(u"price").toObject().value(u"grandTotal").toString(),
                 local.at(i).totalAmount.amountString());
        const QJsonObject seg = o.value(u"itineraries")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"segments")
                                    .toArray()
                                    .first()
                                    .toObject();
        const Segment &s = local.at(i).slices.first().segments.first();
        QCOMPARE(seg.value(u"carrierCode").toString() + seg.value(u"number").toString(),
                 s.carrier + s.flightNumber);
        QCOMPARE(seg.value(u"departure").toObject().value(u"at").toString(),
                 s.departure.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    }
}

void TestSandboxServer::cliSandbox() {
    QProcess process;
    process.start(QStringLiteral(BOOKING_CLI_PATH),
                  {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--latency"), QStringLiteral("10")});
    QVERIFY(process.waitForStarted());
    for (int i = 0; i < 600 && !process.canReadLine(); ++i)
        process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression re(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const QRegularExpressionMatch match = re.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QNetworkRequest request(QUrl(
        QStringLiteral("http://127.0.0.1:%1/places/suggestions?query=par").arg(match.captured(1))));
    request.setRawHeader("Authorization", "Bearer t");
    request.setRawHeader("Duffel-Version", "v2");
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(BOOKING_CLI_PATH),
              {QStringLiteral("sandbox"), QStringLiteral("--faults"), QStringLiteral("boom=1")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("unknown fault"));
}

namespace {
/** The complete HTTP responses at the start of @p buffer (Content-Length framed). */
QList<QPair<int, QByteArray>> parseResponses(const QByteArray &buffer) {
    QList<QPair<int, QByteArray>> out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n", pos);
        if (end < 0)
            return out;
        const QList<QByteArray> lines = buffer.mid(pos, end - pos).split('\n');
        const int status = lines.first().split(' ').value(1).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return out;
        out.append({status, buffer.mid(end + 4, length)});
        pos = end + 4 + length;
    }
}

QByteArray chunkedHead(const QByteArray &transferEncoding = "chunked",
                       const QByteArray &extra = {}) {
    return "POST /air/offer_requests/?return_offers=false HTTP/1.1\r\n"
           "Host: 127.0.0.1\r\nAuthorization: Bearer duffel_test_x\r\nDuffel-Version: v2\r\n"
           "Content-Type: application/json\r\nTransfer-Encoding: " +
           transferEncoding + "\r\n" + extra + "\r\n";
}

const QByteArray OfferRequestJson =
    R"({"data":{"slices":[{"origin":"LON","destination":"NYC","departure_date":"2026-06-12"}],)"
    R"("passengers":[{"type":"adult"}],"cabin_class":"economy"}})";

/** @p json as chunks of at most @p size bytes, sizes in @p upper or lower case hex. */
QByteArray chunked(const QByteArray &json, int size, bool upper = true) {
    QByteArray out;
    for (qsizetype i = 0; i < json.size(); i += size) {
        const QByteArray part = json.mid(i, size);
        QByteArray hex = QByteArray::number(part.size(), 16);
        out += (upper ? hex.toUpper() : hex) + "\r\n" + part + "\r\n";
    }
    return out;
}
} // namespace

QList<QPair<int, QByteArray>> TestSandboxServer::rawExchange(const QList<QByteArray> &pieces,
                                                             int responses) {
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this,
            [&socket, &received] { received += socket.readAll(); });
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    [&] { QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 30000); }();
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        socket.flush();
        QTest::qWait(20); // let the server read this piece on its own
    }
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(parseResponses(received).size() >= responses ||
                                     socket.state() == QAbstractSocket::UnconnectedState,
                                 30000);
    }();
    return parseResponses(received);
}

void TestSandboxServer::chunkedRequestBodies_data() {
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<int>("status");
    const QByteArray json = OfferRequestJson;
    QTest::newRow("one chunk") << QList<QByteArray>{chunkedHead() + chunked(json, 100000) +
                                                    "0\r\n\r\n"}
                               << 201;
    QTest::newRow("small chunks, lower-case hex")
        << QList<QByteArray>{chunkedHead() + chunked(json, 7, false) + "0\r\n\r\n"} << 201;
    // Split across reads: inside the head, a size line, a chunk's data and the last chunk.
    const QByteArray whole = chunkedHead() + "1a;name=value\r\n" + json.left(26) + "\r\n" +
                             chunked(json.mid(26), 16) + "0\r\nX-Trailer: yes\r\n\r\n";
    QList<QByteArray> split;
    for (qsizetype i = 0; i < whole.size(); i += 61)
        split.append(whole.mid(i, 61));
    QTest::newRow("split reads, extension, trailer") << split << 201;
    QTest::newRow("coding name in any case")
        << QList<QByteArray>{chunkedHead("Chunked") + chunked(json, 50) + "0\r\n\r\n"} << 201;
    QTest::newRow("bad size") << QList<QByteArray>{chunkedHead() + "zz\r\n{}\r\n0\r\n\r\n"} << 400;
    QTest::newRow("data longer than its size")
        << QList<QByteArray>{chunkedHead() + "2\r\n{}}\r\n0\r\n\r\n"} << 400;
    QTest::newRow("negative size")
        << QList<QByteArray>{chunkedHead() + "-2\r\n{}\r\n0\r\n\r\n"} << 400;
    QTest::newRow("content-length too")
        << QList<QByteArray>{chunkedHead("chunked", "Content-Length: 2\r\n") +
                             "2\r\n{}\r\n0\r\n\r\n"}
        << 400;
    QTest::newRow("other coding") << QList<QByteArray>{chunkedHead("gzip, chunked") +
                                                       "2\r\n{}\r\n0\r\n\r\n"}
                                  << 501;
    QTest::newRow("too large") << QList<QByteArray>{chunkedHead() + "7FFFFFFF\r\n"} << 413;
}

void TestSandboxServer::chunkedRequestBodies() {
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(int, status);
    const auto responses = rawExchange(pieces, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().first, status);
    const QJsonObject json = QJsonDocument::fromJson(responses.first().second).object();
    if (status == 201) {
        const QJsonObject data = json.value(QStringLiteral("data")).toObject();
        QVERIFY(data.value(QStringLiteral("id")).toString().startsWith(u"orq_"));
        QCOMPARE(data.value(QStringLiteral("slices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("origin"))
                     .toObject()
                     .value(QStringLiteral("iata_code"))
                     .toString()
                     .size(),
                 3);
    } else {
        QVERIFY(!json.isEmpty()); // an error body, not a dropped connection
    }
}

void TestSandboxServer::chunkedRequestsKeepTheConnection() {
    // Two chunked requests pipelined in one write, then a Content-Length one: three answers.
    const QByteArray one = chunkedHead() + chunked(OfferRequestJson, 33) + "0\r\n\r\n";
    const QByteArray plain = "GET /places/suggestions?query=par HTTP/1.1\r\nHost: x\r\n"
                             "Authorization: Bearer t\r\nDuffel-Version: v2\r\n"
                             "Content-Length: 0\r\n\r\n";
    const auto responses = rawExchange({one + one, plain}, 3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(0).first, 201);
    QCOMPARE(responses.at(1).first, 201);
    QCOMPARE(responses.at(2).first, 200);
    const auto id = [](const QByteArray &body) {
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    };
    QVERIFY(id(responses.at(0).second).startsWith(u"orq_"));
    QVERIFY(id(responses.at(1).second).startsWith(u"orq_"));
}

QTEST_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
