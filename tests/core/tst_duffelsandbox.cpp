// SPDX-License-Identifier: GPL-3.0-or-later
// DuffelProvider over real sockets against `booking-cli sandbox` on 127.0.0.1.
#include "providers/duffel/DuffelProvider.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestDuffelSandbox : public QObject {
    Q_OBJECT

    QProcess m_server;
    QUrl m_base;

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(QStringLiteral(BOOKING_CLI_PATH)))
            QSKIP("booking-cli is not built");
        m_server.start(QStringLiteral(BOOKING_CLI_PATH),
                       {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 30000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")),
                 qPrintable(line));
        m_base = QUrl(line.mid(QStringLiteral("listening on ").size()));
    }
    void cleanupTestCase() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void roundTripSearch() {
        QNetworkAccessManager network;
        DuffelProvider provider(&network, QStringLiteral("test-token"));
        provider.setBaseUrl(m_base);
        const QDate today = QDate::currentDate();
        SearchRequest request;
        request.slices = {
            {QStringLiteral("LHR"), QStringLiteral("JFK"), today.addDays(30), {}, {}},
            {QStringLiteral("JFK"), QStringLiteral("LHR"), today.addDays(37), {}, {}}};
        request.passengers = {2, 1, 0};
        request.childAges = {8};
        std::unique_ptr<SearchReply> reply(provider.search(request));
        QSignalSpy finished(reply.get(), &ProviderReply::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QVERIFY(!reply->offers().isEmpty());
        for (const FlightOffer &offer : reply->offers()) {
            QCOMPARE(offer.provider, QStringLiteral("duffel"));
            QCOMPARE(offer.slices.size(), 2);
            QVERIFY(offer.totalAmount.isValid());
            QCOMPARE(offer.slices.first().origin(), QStringLiteral("LHR"));
            QVERIFY(offer.slices.first().departure().timeZone().isValid());
        }
        // Sorted by total_amount on the server.
        QVERIFY(!(reply->offers().last().totalAmount < reply->offers().first().totalAmount));
    }

    void suggestPlaces() {
        QNetworkAccessManager network;
        DuffelProvider provider(&network, QStringLiteral("x"));
        provider.setBaseUrl(m_base);
        std::unique_ptr<PlacesReply> reply(provider.suggestPlaces(QStringLiteral("lis")));
        QSignalSpy finished(reply.get(), &ProviderReply::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QVERIFY(!reply->places().isEmpty());
        bool lisbon = false;
        for (const Place &place : reply->places())
            lisbon = lisbon || place.code == QLatin1String("LIS");
        QVERIFY(lisbon);
    }
};

QTEST_GUILESS_MAIN(TestDuffelSandbox)
#include "tst_duffelsandbox.moc"
