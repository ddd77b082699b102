// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/Tokenizer.h"

#include "geo/GeoDatabase.h"
#include "nlp/Lexicon.h"

namespace {

/** The code point at @p i and its length in code units (unpaired surrogates stand alone). */
char32_t codePointAt(QStringView text, int i, int *units) {
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
        QChar::isLowSurrogate(text[i + 1].unicode())) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    }
    *units = 1;
    return c;
}

bool isWordChar(char32_t cp) {
    if (cp < 0x80)
        return (cp >= u'a' && cp <= u'z') || (cp >= u'A' && cp <= u'Z');
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    return QChar::isLetter(cp) || QChar::isMark(cp);
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView input, const Lexicon &lexicon) {
    const QStringView text = input.first(std::min<qsizetype>(input.size(), MaxChars));
    QList<Token> tokens;
    tokens.reserve(std::min<qsizetype>(MaxTokens, text.size() / 3 + 4));
    const int n = int(text.size());
    bool space = true;
    int i = 0;
    while (i < n && tokens.size() < MaxTokens) {
        int units = 1;
        const char32_t cp = codePointAt(text, i, &units);
        if (cp < 0x10000 && QChar::isSpace(cp)) {
            space = true;
            i += units;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (cp >= u'0' && cp <= u'9') {
            t.kind = Token::Kind::Number;
            qint64 value = 0;
            int j = i;
            while (j < n && text[j] >= u'0' && text[j] <= u'9') {
                if (value < 1000000000000LL)
                    value = value * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            t.end = j;
            t.number = value;
            t.norm = text.sliced(i, j - i).toString();
        } else if (isWordChar(cp) && !QChar::isMark(cp)) {
            t.kind = Token::Kind::Word;
            int j = i + units;
            bool ascii = cp < 0x80;
            while (j < n) {
                int u = 1;
                const char32_t c = codePointAt(text, j, &u);
                if (!isWordChar(c))
                    break;
                ascii = ascii && c < 0x80;
                j += u;
            }
            t.end = j;
            const QStringView word = text.sliced(i, j - i);
            if (ascii) {
                t.norm = word.toString().toLower();
            } else {
                t.norm = GeoDatabase::normalise(word);
                if (t.norm.isEmpty() || t.norm.contains(u' '))
                    t.norm = word.toString().toLower();
            }
            t.capitalised = QChar::isUpper(cp);
            if (word.size() >= 2) {
                bool allUpper = true;
                for (QChar c : word) {
                    if (c.isLower()) {
                        allUpper = false;
                        break;
                    }
                }
                t.upper = allUpper;
            }
            t.info = lexicon.word(t.norm);
        } else {
            t.kind = Token::Kind::Symbol;
            t.end = i + units;
            t.norm = text.sliced(i, units).toString();
        }
        i = t.end;
        tokens.append(std::move(t));
    }
    return tokens;
}
