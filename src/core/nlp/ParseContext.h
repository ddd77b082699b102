// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/Lexicon.h"
#include "nlp/Token.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringView>

class GeoDatabase;

/** Which finder took a token (a token serves one slot only). */
enum class TokenOwner : quint8 {
    None,
    Option,
    Price,
    Date,
    Passengers,
    Airline,
    Place,
    Flexibility
};

/** The state the finders of one parse share: the tokens, who took them, and "now". */
struct ParseContext {
    ParseContext(QStringView text, const QDateTime &now, const Lexicon &lexicon,
                 const GeoDatabase &geo);

    QStringView text;
    QDateTime now;
    QDate today;
    const Lexicon &lexicon;
    const GeoDatabase &geo;
    QList<Token> tokens;
    QList<TokenOwner> owners;
    bool english = false; ///< English words read only as English (see WordInfo::has)

    int size() const { return int(tokens.size()); }
    bool valid(int i) const { return i >= 0 && i < tokens.size(); }
    bool isFree(int i) const { return valid(i) && owners.at(i) == TokenOwner::None; }
    /** True when token @p i is a word of class @p c. */
    bool has(int i, WordClass c) const {
        return valid(i) && tokens.at(i).info && tokens.at(i).info->has(c, english);
    }
    int value(int i, WordClass c) const { return has(i, c) ? tokens.at(i).info->value(c) : 0; }
    bool is(int i, QStringView word) const { return valid(i) && tokens.at(i).is(word); }
    bool isSymbol(int i, char16_t c) const { return valid(i) && tokens.at(i).isSymbol(c); }
    /** Token @p i is glued to the one before it (no space between). */
    bool glued(int i) const { return valid(i) && !tokens.at(i).spaceBefore; }
    /** The span from the start of token @p first to the end of token @p last. */
    TextSpan span(int first, int last) const {
        return TextSpan{tokens.at(first).start, tokens.at(last).end};
    }
    void take(int first, int last, TokenOwner owner) {
        for (int i = first; i <= last && i < owners.size(); ++i)
            owners[i] = owner;
    }
    /** Value of a number written in digits or as a word ("two", "a"), or -1. */
    int numberAt(int i) const {
        if (!valid(i))
            return -1;
        const Token &t = tokens.at(i);
        if (t.isNumber())
            return t.number > 100000 ? -1 : int(t.number);
        return has(i, WordClass::Cardinal) ? value(i, WordClass::Cardinal) : -1;
    }
};
