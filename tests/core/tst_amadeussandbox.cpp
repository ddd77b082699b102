// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/amadeus/AmadeusTokenSource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include <memory>

/**
 * AmadeusProvider over real sockets against `booking-cli sandbox` on 127.0.0.1 (DESIGN
 * section 5): the server accepts any client id and secret.
 */
class TestAmadeusSandbox : public QObject {
    Q_OBJECT

private:
    QProcess m_server;
    QUrl m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AmadeusProvider> m_provider;

    template <typename Reply> std::unique_ptr<Reply> wait(Reply *reply) {
        std::unique_ptr<Reply> owned(reply);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(owned->isFinished(), 60000); }();
        return owned;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString cli = QStringLiteral(BOOKING_CLI_PATH);
        QVERIFY2(QFile::exists(cli), qPrintable(cli + QStringLiteral(" is not built")));
        m_server.setProgram(cli);
        m_server.setArguments({QStringLiteral("sandbox"), QStringLiteral("--port"),
                               QStringLiteral("0"), QStringLiteral("--offers"),
                               QStringLiteral("30")});
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start();
        QVERIFY(m_server.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 60000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")),
                 qPrintable(line));
        m_endpoint = QUrl(line.mid(QStringLiteral("listening on ").size()));
        QVERIFY(m_endpoint.port() > 0);
    }
    void cleanupTestCase() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(30000))
                m_server.kill();
        }
    }
    void init() {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_provider = std::make_unique<AmadeusProvider>(m_network.get(), QStringLiteral("client"),
                                                       QStringLiteral("secret"));
        m_provider->setBaseUrl(m_endpoint);
    }
    void cleanup() {
        m_provider.reset();
        m_network.reset();
    }

    void searchesOverRealSockets() {
        SearchRequest request;
        SearchSlice out;
        out.origin = QStringLiteral("PAR");
        out.destination = QStringLiteral("LIS");
        out.date = QDate::currentDate().addDays(30);
        SearchSlice back = out;
        back.origin = out.destination;
        back.destination = out.origin;
        back.date = out.date.addDays(4);
        request.slices = {out, back};
        request.passengers.adults = 2;
        auto reply = wait(m_provider->search(request));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QVERIFY(!reply->offers().isEmpty());
        QVERIFY(reply->offers().size() <= 30);
        for (const FlightOffer &offer : reply->offers()) {
            QCOMPARE(offer.provider, QStringLiteral("amadeus"));
            QVERIFY(offer.totalAmount.isValid());
            QCOMPARE(offer.slices.size(), 2);
            QVERIFY(offer.slices[0].departure().timeZone().isValid());
            QVERIFY(offer.slices[0].durationMinutes() > 0);
        }
        QCOMPARE(m_provider->tokenSource()->refreshCount(), 1);

        // A multi-city request with a time window goes by POST and is filtered to the window.
        SearchSlice third = back;
        third.origin = QStringLiteral("LIS");
        third.destination = QStringLiteral("MAD");
        request.slices = {out, third};
        request.slices[0].earliestDeparture = QTime(12, 0);
        auto post = wait(m_provider->search(request));
        QVERIFY2(!post->error().isError(), qPrintable(post->error().detail));
        for (const FlightOffer &offer : post->offers())
            QVERIFY(offer.slices[0].departure().time() >= QTime(12, 0));
        QCOMPARE(m_provider->tokenSource()->refreshCount(), 1);
    }

    void suggestsPlaces() {
        auto reply = wait(m_provider->suggestPlaces(QStringLiteral("Lisbon")));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail));
        QVERIFY(!reply->places().isEmpty());
        QVERIFY(std::any_of(reply->places().cbegin(), reply->places().cend(),
                            [](const Place &p) { return p.code == QLatin1String("LIS"); }));
    }
};

QTEST_GUILESS_MAIN(TestAmadeusSandbox)
#include "tst_amadeussandbox.moc"
