// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/PriceFinder.h"

#include "nlp/ParseContext.h"

namespace {

QString symbolCurrency(const ParseContext &c, int i) {
    if (!c.valid(i) || c.tokens.at(i).kind != Token::Kind::Symbol)
        return {};
    const QString &s = c.tokens.at(i).norm;
    if (s == u"€")
        return QStringLiteral("EUR");
    if (s == u"£")
        return QStringLiteral("GBP");
    if (s == u"¥")
        return QStringLiteral("JPY");
    if (s == u"₹")
        return QStringLiteral("INR");
    if (s == u"$") {
        // "C$", "A$", "R$", "US$" glued before the dollar sign.
        if (c.glued(i) && c.valid(i - 1) && c.tokens.at(i - 1).isWord()) {
            const QString &w = c.tokens.at(i - 1).norm;
            if (w == u"c" || w == u"ca")
                return QStringLiteral("CAD");
            if (w == u"a" || w == u"au")
                return QStringLiteral("AUD");
            if (w == u"r")
                return QStringLiteral("BRL");
        }
        return QStringLiteral("USD");
    }
    return {};
}

QString wordCurrency(const ParseContext &c, int i) {
    if (!c.has(i, WordClass::Currency))
        return {};
    return c.tokens.at(i).info->currency;
}

/** Reads an amount at @p i ("1,000.50", "1.5k"); sets @p last to its last token. */
QString readAmount(const ParseContext &c, int i, int *last) {
    if (!c.valid(i) || !c.tokens.at(i).isNumber() || !c.isFree(i))
        return {};
    QString amount = c.tokens.at(i).norm;
    int j = i;
    bool decimals = false;
    while (!decimals && c.valid(j + 2) && c.glued(j + 1) && c.glued(j + 2) &&
           c.tokens.at(j + 2).isNumber() && (c.isSymbol(j + 1, u',') || c.isSymbol(j + 1, u'.'))) {
        const QString &digits = c.tokens.at(j + 2).norm;
        if (digits.size() == 3) { // a thousands group
            amount += digits;
        } else if (digits.size() <= 2) { // decimals ("12.50", "12,50")
            amount += u'.';
            amount += digits;
            decimals = true;
        } else {
            break;
        }
        j += 2;
    }
    // "1.5k", "2k"
    if (c.valid(j + 1) && c.glued(j + 1) && c.is(j + 1, u"k")) {
        const qsizetype dot = amount.indexOf(u'.');
        QString whole = dot < 0 ? amount : amount.left(dot);
        QString frac = dot < 0 ? QString() : amount.mid(dot + 1);
        frac = (frac + QStringLiteral("000")).left(3);
        amount = whole + frac;
        while (amount.size() > 1 && amount.front() == u'0')
            amount.remove(0, 1);
        ++j;
    }
    if (amount.size() > 12)
        return {};
    *last = j;
    return amount;
}

} // namespace

void PriceFinder::find(ParseContext &c, TravelRequest &request) {
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        int first = i;
        int last = -1;
        QString currency = symbolCurrency(c, i);
        QString amount;
        if (!currency.isEmpty()) {
            amount = readAmount(c, i + 1, &last);
            if (amount.isEmpty())
                continue;
            if (c.isSymbol(i, u'$') && c.glued(i) && c.valid(i - 1)) {
                const Token &prefix = c.tokens.at(i - 1);
                if (prefix.is(u"c") || prefix.is(u"ca") || prefix.is(u"a") || prefix.is(u"au") ||
                    prefix.is(u"r") || prefix.is(u"us"))
                    first = i - 1; // "C$500": the prefix belongs to the currency
            }
        } else {
            amount = readAmount(c, i, &last);
            if (amount.isEmpty())
                continue;
            currency = symbolCurrency(c, last + 1);
            if (currency.isEmpty())
                currency = wordCurrency(c, last + 1);
            if (currency.isEmpty())
                continue;
            ++last;
        }
        const std::optional<Money> money = Money::fromString(amount, currency);
        if (!money)
            continue;
        request.maxPrice = *money;
        request.maxPriceSpan = c.span(first, last);
        c.take(first, last, TokenOwner::Price);
        return;
    }
}
