// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

/**
 * An exact amount of money in one currency. Amounts are held as an integer count of
 * 1/10000 of the currency unit, so every decimal string with up to four fractional digits
 * round-trips exactly; no floating point is involved anywhere.
 *
 * A default-constructed Money is invalid (no currency). Arithmetic between different
 * currencies is refused (the result is invalid) rather than silently mixed.
 */
class Money {
    Q_GADGET
    Q_PROPERTY(QString amount READ amountString)
    Q_PROPERTY(QString currency READ currency)

public:
    static constexpr qint64 Scale = 10000;

    Money() = default;
    /** @p units is in 1/10000 of the currency unit; @p currency is an ISO 4217 code. */
    static Money fromUnits(qint64 units, const QString &currency);
    /** Exact minor units (cents for EUR, yen for JPY) of @p currency. */
    static Money fromMinor(qint64 minor, const QString &currency);
    /**
     * Parses a plain decimal string such as "123.45", "-3", "0.5" or "1,234.50" (group
     * commas are accepted only in groups of three). More than four fractional digits, an
     * exponent, or anything else is rejected with std::nullopt.
     */
    static std::optional<Money> fromString(QStringView amount, const QString &currency);

    bool isValid() const { return m_currency.size() == 3; }
    qint64 units() const { return m_units; }
    QString currency() const { return m_currency; }
    /** Digits after the decimal point customary for the currency (2 for EUR, 0 for JPY). */
    static int minorDigits(const QString &currency);

    /** "123.45" with the currency's customary number of decimals (never fewer digits than needed).
     */
    QString amountString() const;
    /** The exact amount without trailing zeros: "500", "499.5" (a budget as the person typed it).
     */
    QString shortestAmountString() const;
    /**
     * For display: "€1234.50" / "5.00 CHF" in the C locale (the CLI, logs); in another locale
     * its separators and symbol placement, e.g. "1 234,50 €" in French, "€1,234.50" in British
     * English. Formatted from the exact decimal, never through a double.
     */
    QString displayString(const QLocale &locale = QLocale::c()) const;

    Money operator+(const Money &other) const;
    Money multipliedBy(qint64 factor) const;
    /** Multiplies by @p numerator / @p denominator and rounds half away from zero to minor units.
     */
    Money scaled(qint64 numerator, qint64 denominator) const;
    /** Rounds half away from zero to the currency's minor unit. */
    Money roundedToMinor() const;

    bool operator==(const Money &other) const {
        return m_units == other.m_units && m_currency == other.m_currency;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }
    /** Orders by currency first, then amount, so sorting mixed currencies is stable. */
    bool operator<(const Money &other) const;

private:
    qint64 m_units = 0;
    QString m_currency;

    /** The exact decimal with at least @p minDigits decimals. */
    QString formatAmount(int minDigits) const;
};

Q_DECLARE_METATYPE(Money)
