// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/OfferJson.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace {
FlightOffer sampleOffer() {
    const QTimeZone london("Europe/London");
    const QTimeZone newYork("America/New_York");
    const QTimeZone reykjavik("Atlantic/Reykjavik");
    Segment first;
    first.carrier = QStringLiteral("FI");
    first.carrierName = QStringLiteral("Icelandair");
    first.flightNumber = QStringLiteral("451");
    first.origin = QStringLiteral("LHR");
    first.destination = QStringLiteral("KEF");
    first.departure = QDateTime(QDate(2026, 12, 10), QTime(8, 10), london);
    first.arrival = QDateTime(QDate(2026, 12, 10), QTime(11, 15), reykjavik);
    first.aircraft = QStringLiteral("Boeing 737 MAX 8");
    Segment second = first;
    second.flightNumber = QStringLiteral("615");
    second.origin = QStringLiteral("KEF");
    second.destination = QStringLiteral("JFK");
    second.departure = QDateTime(QDate(2026, 12, 10), QTime(17, 0), reykjavik);
    second.arrival = QDateTime(QDate(2026, 12, 10), QTime(18, 40), newYork);
    FlightOffer offer;
    offer.id = QStringLiteral("sbx_1");
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = *Money::fromString(u"412.30", QStringLiteral("GBP"));
    offer.ownerCode = QStringLiteral("FI");
    offer.ownerName = QStringLiteral("Icelandair");
    offer.cabin = CabinClass::PremiumEconomy;
    offer.slices = {Slice{{first, second}}};
    return offer;
}
} // namespace

class TestOfferJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shape() {
        const QJsonObject json = OfferJson::toJson(sampleOffer());
        QCOMPARE(json.value(QStringLiteral("total_amount")).toString(), QStringLiteral("412.30"));
        QCOMPARE(json.value(QStringLiteral("total_currency")).toString(), QStringLiteral("GBP"));
        const QJsonObject slice = json.value(QStringLiteral("slices")).toArray().first().toObject();
        QCOMPARE(slice.value(QStringLiteral("origin")).toString(), QStringLiteral("LHR"));
        QCOMPARE(slice.value(QStringLiteral("destination")).toString(), QStringLiteral("JFK"));
        QCOMPARE(slice.value(QStringLiteral("departure")).toString(),
                 QStringLiteral("2026-12-10T08:10:00+00:00"));
        QCOMPARE(slice.value(QStringLiteral("arrival")).toString(),
                 QStringLiteral("2026-12-10T18:40:00-05:00"));
        // 08:10 London to 18:40 New York is 15 h 30 min of travel.
        QCOMPARE(slice.value(QStringLiteral("duration")).toString(), QStringLiteral("PT15H30M"));
        QCOMPARE(slice.value(QStringLiteral("segments")).toArray().size(), 2);
    }

    void roundTrip() {
        const FlightOffer offer = sampleOffer();
        const auto back = OfferJson::fromJson(OfferJson::toJson(offer));
        QVERIFY(back);
        QCOMPARE(*back, offer);
        QCOMPARE(back->slices.first().segments.last().arrival.timeZone().id(),
                 QByteArray("America/New_York"));
    }

    void rejectsWhatItCannotRestore_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("float price") << "total_amount" << QJsonValue(412.3);
        QTest::newRow("no currency") << "total_currency" << QJsonValue(QString());
        QTest::newRow("no id") << "id" << QJsonValue(QString());
        QTest::newRow("no slices") << "slices" << QJsonValue(QJsonArray());
    }
    void rejectsWhatItCannotRestore() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = OfferJson::toJson(sampleOffer());
        json.insert(key, value);
        QVERIFY(!OfferJson::fromJson(json));
    }

    void rejectsTimesWithoutOffset() {
        QJsonObject json = OfferJson::toJson(sampleOffer());
        QJsonArray slices = json.value(QStringLiteral("slices")).toArray();
        QJsonObject slice = slices.first().toObject();
        QJsonArray segments = slice.value(QStringLiteral("segments")).toArray();
        QJsonObject segment = segments.first().toObject();
        segment.insert(QStringLiteral("departure"), QStringLiteral("2026-12-10T08:10:00"));
        segments.replace(0, segment);
        slice.insert(QStringLiteral("segments"), segments);
        slices.replace(0, slice);
        json.insert(QStringLiteral("slices"), slices);
        QVERIFY(!OfferJson::fromJson(json));
    }

    void isoDurations_data() {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("iso");
        QTest::newRow("zero") << qint64(0) << "PT0M";
        QTest::newRow("minutes") << qint64(45) << "PT45M";
        QTest::newRow("hours") << qint64(120) << "PT2H";
        QTest::newRow("both") << qint64(145) << "PT2H25M";
        QTest::newRow("a day") << qint64(1440) << "P1D";
        QTest::newRow("over a day") << qint64(1565) << "P1DT2H5M";
    }
    void isoDurations() {
        QFETCH(qint64, minutes);
        QFETCH(QString, iso);
        QCOMPARE(Slice::isoDuration(minutes), iso);
    }
};

QTEST_GUILESS_MAIN(TestOfferJson)
#include "tst_offerjson.moc"
