// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QTest>

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("printed");
        QTest::newRow("cents") << "123.45"
                               << "EUR" << true << qint64(1234500) << "123.45";
        QTest::newRow("whole") << "89"
                               << "EUR" << true << qint64(890000) << "89.00";
        QTest::newRow("one decimal") << "0.5"
                                     << "USD" << true << qint64(5000) << "0.50";
        QTest::newRow("groups") << "1,234.50"
                                << "GBP" << true << qint64(12345000) << "1234.50";
        QTest::newRow("negative") << "-3.10"
                                  << "EUR" << true << qint64(-31000) << "-3.10";
        QTest::newRow("yen") << "15000"
                             << "JPY" << true << qint64(150000000) << "15000";
        QTest::newRow("dinar") << "1.125"
                               << "KWD" << true << qint64(11250) << "1.125";
        QTest::newRow("four decimals kept") << "0.1234"
                                            << "EUR" << true << qint64(1234) << "0.1234";
        QTest::newRow("spaces") << "  42.00 "
                                << "eur" << true << qint64(420000) << "42.00";
        QTest::newRow("five decimals") << "1.23456"
                                       << "EUR" << false << qint64(0) << "";
        QTest::newRow("exponent") << "1e3"
                                  << "EUR" << false << qint64(0) << "";
        QTest::newRow("letters") << "abc"
                                 << "EUR" << false << qint64(0) << "";
        QTest::newRow("empty") << ""
                               << "EUR" << false << qint64(0) << "";
        QTest::newRow("bad groups") << "12,34"
                                    << "EUR" << false << qint64(0) << "";
        QTest::newRow("dot only") << "."
                                  << "EUR" << false << qint64(0) << "";
        QTest::newRow("trailing dot") << "5."
                                      << "EUR" << false << qint64(0) << "";
        QTest::newRow("no currency") << "5"
                                     << "" << false << qint64(0) << "";
        QTest::newRow("too long") << "123456789012345"
                                  << "EUR" << false << qint64(0) << "";
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, valid);
        QFETCH(qint64, units);
        QFETCH(QString, printed);
        const auto money = Money::fromString(text, currency);
        QCOMPARE(money.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(money->units(), units);
        QCOMPARE(money->amountString(), printed);
        QCOMPARE(money->currency(), currency.toUpper());
    }

    void arithmetic() {
        const Money a = *Money::fromString(u"10.10", QStringLiteral("EUR"));
        const Money b = *Money::fromString(u"0.20", QStringLiteral("EUR"));
        QCOMPARE((a + b).amountString(), QStringLiteral("10.30"));
        QCOMPARE((a + b).shortestAmountString(), QStringLiteral("10.3"));
        QCOMPARE(Money::fromMinor(50000, QStringLiteral("EUR")).shortestAmountString(),
                 QStringLiteral("500"));
        QCOMPARE(Money::fromMinor(-1999, QStringLiteral("EUR")).shortestAmountString(),
                 QStringLiteral("-19.99"));
        // 0.1 + 0.2 is exact, unlike with doubles.
        const Money tenth = *Money::fromString(u"0.1", QStringLiteral("EUR"));
        const Money fifth = *Money::fromString(u"0.2", QStringLiteral("EUR"));
        QCOMPARE(tenth + fifth, *Money::fromString(u"0.3", QStringLiteral("EUR")));
        QVERIFY(!(a + *Money::fromString(u"1", QStringLiteral("USD"))).isValid());
        QCOMPARE(a.multipliedBy(3).amountString(), QStringLiteral("30.30"));
        // 10.10 * 3 / 4 = 7.575 -> 7.58 (half away from zero at the cent)
        QCOMPARE(a.scaled(3, 4).amountString(), QStringLiteral("7.58"));
        QCOMPARE(Money::fromMinor(1999, QStringLiteral("EUR")).amountString(),
                 QStringLiteral("19.99"));
        QCOMPARE(Money::fromMinor(1999, QStringLiteral("JPY")).amountString(),
                 QStringLiteral("1999"));
        QVERIFY(b < a);
        QCOMPARE(Money().displayString(), QString());
        QCOMPARE(a.displayString(), QStringLiteral("€10.10"));
        QCOMPARE(Money::fromMinor(500, QStringLiteral("CHF")).displayString(),
                 QStringLiteral("5.00 CHF"));
    }

    void localisedDisplay_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("shown");
        QTest::newRow("C") << "C"
                           << "1234.50"
                           << "EUR" << QStringLiteral("€1234.50");
        QTest::newRow("C CHF") << "C"
                               << "5"
                               << "CHF" << QStringLiteral("5.00 CHF");
        QTest::newRow("en_GB") << "en_GB"
                               << "1234.50"
                               << "GBP" << QStringLiteral("£1,234.50");
        QTest::newRow("fr_FR") << "fr_FR"
                               << "1234.50"
                               << "EUR" << QStringLiteral("1\u202f234,50\u00a0€");
        QTest::newRow("de_DE") << "de_DE"
                               << "1234567.05"
                               << "EUR" << QStringLiteral("1.234.567,05\u00a0€");
        QTest::newRow("it small") << "it_IT"
                                  << "89"
                                  << "EUR" << QStringLiteral("89,00\u00a0€");
        QTest::newRow("es yen") << "es_ES"
                                << "15000"
                                << "JPY" << QStringLiteral("15.000\u00a0¥");
        // An amount no double can hold exactly still shows every digit.
        QTest::newRow("huge") << "en_GB"
                              << "90071992547409.93"
                              << "USD" << QStringLiteral("$90,071,992,547,409.93");
    }
    void localisedDisplay() {
        QFETCH(QString, locale);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, shown);
        const Money money = *Money::fromString(amount, currency);
        QCOMPARE(money.displayString(QLocale(locale)), shown);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
