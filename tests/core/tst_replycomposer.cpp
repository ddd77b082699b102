// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/ReplyComposer.h"
#include "geo/GeoDatabase.h"

#include <QTest>

class TestReplyComposer : public QObject {
    Q_OBJECT

private:
    static TravelRequest lisbonTrip() {
        const GeoDatabase &geo = GeoDatabase::instance();
        TravelRequest r;
        r.origin.place = geo.placeForCode(u"PAR");
        r.destination.place = geo.placeForCode(u"LIS");
        r.departure.date = QDate(2026, 12, 4);
        r.passengers = Passengers{2, 0, 0};
        r.cabin = CabinClass::Business;
        return r;
    }

private Q_SLOTS:
    void citiesInTheReadersLanguage_data() {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("lisbon");
        QTest::newRow("en") << QLocale::English << "Lisbon";
        QTest::newRow("fr") << QLocale::French << "Lisbonne";
        QTest::newRow("de") << QLocale::German << "Lissabon";
        QTest::newRow("es") << QLocale::Spanish << "Lisboa";
        QTest::newRow("it") << QLocale::Italian << "Lisbona";
        QTest::newRow("pt") << QLocale::Portuguese << "Lisboa";
    }
    void citiesInTheReadersLanguage() {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, lisbon);
        const QString text = ReplyComposer(QLocale(language)).searching(lisbonTrip());
        QVERIFY2(text.contains(lisbon), qPrintable(text));
    }

    void searchingSaysWhatIsSearched() {
        const QString text = ReplyComposer(QLocale(QLocale::English)).searching(lisbonTrip());
        QVERIFY2(text.contains(QStringLiteral("Friday, December 4, 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("business class")));
        QVERIFY(text.contains(QStringLiteral("2 adult")));
    }

    void repliesInTheLanguageOfTheMessage() {
        // Whatever the window's language, a conversation in German is answered in German, with
        // the German date format; an unknown language keeps the window's.
        const QString de = ReplyComposer::forLanguage(QStringLiteral("de")).searching(lisbonTrip());
        QVERIFY2(de.startsWith(QStringLiteral("Suche nach Flügen von Paris nach Lissabon")),
                 qPrintable(de));
        QVERIFY2(de.contains(QStringLiteral("Freitag, 4. Dezember 2026")), qPrintable(de));
        QVERIFY2(de.contains(QStringLiteral("2 Erwachsene")), qPrintable(de));
        const QString it =
            ReplyComposer::forLanguage(QStringLiteral("it")).results({}, lisbonTrip());
        QVERIFY2(!it.isEmpty() && it != ReplyComposer(QLocale::c()).results({}, lisbonTrip()),
                 qPrintable(it));
        QCOMPARE(ReplyComposer::forLanguage(QStringLiteral("und")).cancelled(),
                 ReplyComposer().cancelled());
        QCOMPARE(ReplyComposer::forLanguage(QStringLiteral("nl")).cancelled(),
                 ReplyComposer().cancelled());
    }

    void airportsKeepTheirCode() {
        TravelRequest r = lisbonTrip();
        r.origin.place = GeoDatabase::instance().placeForCode(u"ORY");
        const QString text = ReplyComposer(QLocale(QLocale::French)).searching(r);
        QVERIFY2(text.contains(QStringLiteral("(ORY)")), qPrintable(text));
    }

    void failuresAreSentences() {
        const ReplyComposer composer(QLocale(QLocale::English));
        for (ProviderError::Code code :
             {ProviderError::Code::NoRoute, ProviderError::Code::InvalidRequest,
              ProviderError::Code::Network, ProviderError::Code::Timeout,
              ProviderError::Code::Authentication, ProviderError::Code::RateLimited,
              ProviderError::Code::Server, ProviderError::Code::BadResponse,
              ProviderError::Code::Cancelled}) {
            const QString text = composer.failure({code, QString()});
            QVERIFY2(text.endsWith(u'.'), qPrintable(ProviderError::codeName(code)));
        }
    }
};

QTEST_GUILESS_MAIN(TestReplyComposer)
#include "tst_replycomposer.moc"
