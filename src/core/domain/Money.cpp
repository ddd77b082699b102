// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QStringList>

namespace {
qint64 pow10(int digits) {
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

qint64 roundDiv(qint64 value, qint64 divisor) {
    // Half away from zero.
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}
} // namespace

Money Money::fromUnits(qint64 units, const QString &currency) {
    Money m;
    m.m_units = units;
    m.m_currency = currency.toUpper();
    return m;
}

Money Money::fromMinor(qint64 minor, const QString &currency) {
    return fromUnits(minor * pow10(4 - minorDigits(currency)), currency);
}

std::optional<Money> Money::fromString(QStringView amount, const QString &currency) {
    QStringView text = amount.trimmed();
    if (text.isEmpty() || currency.size() != 3)
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    QStringView whole = dot < 0 ? text : text.left(dot);
    QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 4 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    // Group separators: "1,234,567" only.
    QString digits;
    if (whole.contains(u',')) {
        const QStringList groups = whole.toString().split(u',');
        for (int i = 0; i < groups.size(); ++i) {
            const int len = int(groups.at(i).size());
            if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3))
                return std::nullopt;
        }
        digits = groups.join(QString());
    } else {
        digits = whole.toString();
    }
    if (digits.size() > 14)
        return std::nullopt;
    qint64 units = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
    }
    qint64 frac = 0;
    for (QChar c : fraction) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        frac = frac * 10 + (c.unicode() - u'0');
    }
    frac *= pow10(4 - int(fraction.size()));
    units = units * Scale + frac;
    return fromUnits(negative ? -units : units, currency);
}

int Money::minorDigits(const QString &currency) {
    static const QStringList zero = {
        QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"), QStringLiteral("CLP"),
        QStringLiteral("VND"), QStringLiteral("XOF"), QStringLiteral("XAF"), QStringLiteral("HUF")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND")};
    const QString upper = currency.toUpper();
    if (zero.contains(upper))
        return 0;
    if (three.contains(upper))
        return 3;
    return 2;
}

QString Money::amountString() const {
    return formatAmount(minorDigits(m_currency));
}

QString Money::shortestAmountString() const {
    return formatAmount(0);
}

QString Money::formatAmount(int minDigits) const {
    const qint64 absUnits = m_units < 0 ? -m_units : m_units;
    const qint64 whole = absUnits / Scale;
    qint64 frac = absUnits % Scale;
    int digits = minDigits;
    // Show more digits than asked only when the amount really has them.
    int needed = 4;
    while (needed > 0 && frac % 10 == 0) {
        frac /= 10;
        --needed;
    }
    frac = absUnits % Scale;
    digits = qMax(digits, needed);
    QString result = QString::number(whole);
    if (digits > 0) {
        const qint64 shown = frac / pow10(4 - digits);
        result += u'.' + QStringLiteral("%1").arg(shown, digits, 10, QLatin1Char('0'));
    }
    return m_units < 0 ? u'-' + result : result;
}

namespace {
QString currencySymbol(const QString &currency) {
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return QString();
}
} // namespace

QString Money::displayString(const QLocale &locale) const {
    if (!isValid())
        return QString();
    const QString amount = amountString();
    const QString symbol = currencySymbol(m_currency);
    if (locale.language() == QLocale::C)
        return symbol.isEmpty() ? amount + u' ' + m_currency : symbol + amount;

    // Group the whole part and swap the decimal point, on the exact digits.
    const bool negative = amount.startsWith(u'-');
    const QString digits = negative ? amount.mid(1) : amount;
    const qsizetype dot = digits.indexOf(u'.');
    QString whole = dot < 0 ? digits : digits.left(dot);
    const QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    const QString group = locale.groupSeparator();
    for (qsizetype pos = whole.size() - 3; pos > 0; pos -= 3)
        whole.insert(pos, group);
    QString number = fraction.isEmpty() ? whole : whole + locale.decimalPoint() + fraction;
    if (negative)
        number.prepend(locale.negativeSign());
    // The locale's own pattern, learnt from a placeholder amount: "¤1" or "1 ¤".
    QString pattern = locale.toCurrencyString(qlonglong(1), QStringLiteral("\u00a4"));
    if (!pattern.contains(u'1') || !pattern.contains(QStringLiteral("\u00a4")))
        pattern = QStringLiteral("\u00a4 1");
    pattern.replace(u'1', number);
    return pattern.replace(QStringLiteral("\u00a4"), symbol.isEmpty() ? m_currency : symbol);
}

Money Money::operator+(const Money &other) const {
    if (!isValid() || other.m_currency != m_currency)
        return Money();
    return fromUnits(m_units + other.m_units, m_currency);
}

Money Money::multipliedBy(qint64 factor) const {
    return isValid() ? fromUnits(m_units * factor, m_currency) : Money();
}

Money Money::scaled(qint64 numerator, qint64 denominator) const {
    if (!isValid() || denominator == 0)
        return Money();
    return fromUnits(roundDiv(m_units * numerator, denominator), m_currency).roundedToMinor();
}

Money Money::roundedToMinor() const {
    if (!isValid())
        return Money();
    const qint64 step = pow10(4 - minorDigits(m_currency));
    return fromUnits(roundDiv(m_units, step) * step, m_currency);
}

bool Money::operator<(const Money &other) const {
    if (m_currency != other.m_currency)
        return m_currency < other.m_currency;
    return m_units < other.m_units;
}
