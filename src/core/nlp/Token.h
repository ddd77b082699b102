// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TextSpan.h"

#include <QString>

struct WordInfo;

/** One token of a message: a run of letters, a run of ASCII digits, or one other character. */
struct Token {
    enum class Kind { Word, Number, Symbol };

    Kind kind = Kind::Symbol;
    int start = 0; ///< UTF-16 offset of the first code unit in the message
    int end = 0;   ///< UTF-16 offset one past the last code unit
    /** Words: lower case, accents removed (GeoDatabase::normalise). Numbers: the digits.
     * Symbols: the character itself. */
    QString norm;
    qint64 number = -1;             ///< value of a Number token (capped), else -1
    bool spaceBefore = true;        ///< whitespace (or the start of the text) precedes the token
    bool capitalised = false;       ///< Word whose first letter is upper case
    bool upper = false;             ///< Word of two or more letters, all upper case
    const WordInfo *info = nullptr; ///< what the lexicon knows of the word, if anything

    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isSymbol(char16_t c) const {
        return kind == Kind::Symbol && norm.size() == 1 && norm.front() == c;
    }
    bool is(QStringView word) const { return kind == Kind::Word && norm == word; }
    TextSpan span() const { return TextSpan{start, end}; }
};
