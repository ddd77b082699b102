// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/Token.h"

#include <QList>
#include <QStringView>

class Lexicon;

/**
 * Splits a message into tokens with UTF-16 offsets. Letters (with their combining marks) form
 * words, ASCII digits form numbers, every other non-space character is a token of its own
 * (unpaired surrogates and emoji included), so "2026-12-10" is five tokens and "non-stop"
 * three; Token::spaceBefore tells glued tokens apart. Pure and thread-safe.
 */
class Tokenizer {
public:
    /** At most this many UTF-16 code units of a message are read (the rest is ignored). */
    static constexpr int MaxChars = 2000;
    /** At most this many tokens are produced. */
    static constexpr int MaxTokens = 400;

    /** The tokens of @p text (up to MaxChars/MaxTokens); words are looked up in @p lexicon. */
    static QList<Token> tokenize(QStringView text, const Lexicon &lexicon);
};
