// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/PassengerFinder.h"

#include "nlp/ParseContext.h"

namespace {

using C = WordClass;

struct Count {
    int adults = 0; ///< said to be adults
    int people = 0; ///< said in general ("people", "passengers")
    int children = 0;
    int infants = 0;
    int companions = 0;  ///< "my wife": adults besides the speaker
    bool self = false;   ///< the speaker travels ("me and", "just me")
    bool family = false; ///< "en famille": two adults unless the adults are said
    int first = -1;
    int last = -1;

    void cover(ParseContext &c, int a, int b) {
        c.take(a, b, TokenOwner::Passengers);
        first = first < 0 ? a : std::min(first, a);
        last = std::max(last, b);
    }
};

/** "my" in the six languages ("mon", "meine", "mi", "mia", "minha"...). */
bool isPossessive(const ParseContext &c, int i) {
    static const QStringView words[] = {
        u"my", u"mon", u"ma", u"mes", u"mein", u"meine", u"meiner", u"meinem", u"meinen", u"mi",
        u"mis", u"mia", u"mio", u"miei", u"mie", u"minha", u"meu", u"minhas", u"meus",
        // "our": the speaker travels too
        u"our", u"notre", u"nos", u"unsere", u"unseren", u"unserer", u"unserem", u"nuestro",
        u"nuestra", u"nuestros", u"nuestras", u"nostro", u"nostra", u"nostri", u"nostre", u"nosso",
        u"nossa", u"nossos", u"nossas"};
    if (!c.valid(i) || !c.tokens.at(i).isWord())
        return false;
    const QString &w = c.tokens.at(i).norm;
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

/** The article Italian and Portuguese put before "my" ("la mia", "a minha", "o meu"). */
bool isArticle(const ParseContext &c, int i) {
    return c.is(i, u"la") || c.is(i, u"il") || c.is(i, u"a") || c.is(i, u"o") || c.is(i, u"le") ||
           c.is(i, u"i") || c.is(i, u"os") || c.is(i, u"as");
}

bool isWith(const ParseContext &c, int i) {
    return c.is(i, u"with") || c.is(i, u"avec") || c.is(i, u"mit") || c.is(i, u"con") ||
           c.is(i, u"com");
}

bool isAnd(const ParseContext &c, int i) {
    return c.is(i, u"and") || c.is(i, u"et") || c.is(i, u"und") || c.is(i, u"y") || c.is(i, u"e");
}

bool isSelf(const ParseContext &c, int i) {
    return c.isFree(i) && c.tokens.at(i).info && c.tokens.at(i).info->has(C::Self);
}

/** True when token @p i is a word for travellers (adults, children or infants). */
bool isTravellerWord(const ParseContext &c, int i) {
    return c.has(i, C::Adult) || c.has(i, C::Child) || c.has(i, C::Infant);
}

/** The number at @p i; a number word of any language counts before a traveller word ("due
 * persone" in a message the lexicon takes for English). */
int countAt(const ParseContext &c, int i) {
    const int n = c.numberAt(i);
    if (n >= 0 || !c.valid(i) || !c.tokens.at(i).info || !c.tokens.at(i).info->has(C::Cardinal))
        return n;
    int j = i + 1;
    if (c.valid(j + 1) && c.tokens.at(j).isWord() && !c.tokens.at(j).info)
        ++j; // one adjective
    return isTravellerWord(c, j) ? c.tokens.at(i).info->value(C::Cardinal) : n;
}

} // namespace

void PassengerFinder::find(ParseContext &c, TravelRequest &request) {
    Count n;
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        int length = 0;
        int value = 0;
        if (c.lexicon.phraseIs(c.tokens, i, PhraseKind::Alone, &length)) {
            n.self = true;
            n.cover(c, i, i + length - 1);
            i += length - 1;
            continue;
        }
        if (c.lexicon.phraseIs(c.tokens, i, PhraseKind::Family, &length, &value)) {
            const int size = c.numberAt(i + length);
            if (size >= 2 && size <= 9 && c.isFree(i + length)) {
                n.adults += 2;
                n.children += size - 2;
                n.cover(c, i, i + length);
                i += length;
                continue;
            }
            if (size < 0) { // "en famille avec deux enfants", "Familie mit 2 Kindern"
                n.family = true;
                n.cover(c, i, i + length - 1);
                i += length - 1;
                continue;
            }
        }
        if (c.lexicon.phraseIs(c.tokens, i, PhraseKind::Group, &length, &value)) {
            n.people += value; // "zu dritt"
            n.cover(c, i, i + length - 1);
            i += length - 1;
            continue;
        }
        // "nous sommes quatre", "somos 3", "siamo in quattro"
        if (c.lexicon.phraseIs(c.tokens, i, PhraseKind::WeAre, &length)) {
            const int size = c.isFree(i + length) ? countAt(c, i + length) : -1;
            if (size >= 1 && size <= 9 && !isTravellerWord(c, i + length + 1)) {
                n.people += size;
                n.cover(c, i, i + length);
                i += length;
                continue;
            }
        }
        // "the two of us", "3 of us"
        const int number = countAt(c, i);
        if (number >= 1 && number <= 99 && c.is(i + 1, u"of") && c.is(i + 2, u"us")) {
            n.people += number;
            n.cover(c, c.is(i - 1, u"the") && c.isFree(i - 1) ? i - 1 : i, i + 2);
            i += 2;
            continue;
        }
        if (number >= 1 && number <= 99) {
            // "2 adults", "a child", "two small kids", "a couple of adults"
            int j = i + 1;
            if (c.is(j, u"of")) // "a couple of"
                ++j;
            if (c.isFree(j) && !c.has(j, C::Adult) && !c.has(j, C::Child) && !c.has(j, C::Infant) &&
                c.valid(j + 1) && c.tokens.at(j).isWord() && !c.tokens.at(j).info &&
                (c.has(j + 1, C::Adult) || c.has(j + 1, C::Child) || c.has(j + 1, C::Infant)))
                ++j; // one adjective
            // "a couple" means two: skip the article
            int count = number;
            int start = i;
            if ((c.is(i, u"a") || c.is(i, u"an")) && c.is(i + 1, u"couple")) {
                count = 2;
                j = i + 2;
                if (c.is(j, u"of"))
                    ++j;
            }
            if (c.valid(j) && !c.isFree(j))
                continue; // (past the end: "for two" may still be a count, below)
            // "a kind of", "a child of": an article, not a count ("Kind" is German "child").
            if ((c.is(i, u"a") || c.is(i, u"an")) && c.is(j + 1, u"of"))
                continue;
            if (c.has(j, C::Adult) && c.isFree(j)) {
                if (c.value(j, C::Adult) == 1 || c.is(j, u"adult") || c.is(j, u"adults") ||
                    c.is(j, u"grownups"))
                    n.adults += count;
                else
                    n.people += count;
            } else if (c.has(j, C::Child) && c.isFree(j)) {
                n.children += count;
            } else if (c.has(j, C::Infant) && c.isFree(j)) {
                n.infants += count;
            } else {
                // "for two", "for 3": a count with nothing after it.
                if (c.is(i - 1, u"for") && !c.is(i, u"a") && !c.is(i, u"an") &&
                    (!c.valid(i + 1) || c.tokens.at(i + 1).kind == Token::Kind::Symbol ||
                     c.is(i + 1, u"to") || c.is(i + 1, u"from") || c.is(i + 1, u"on")) &&
                    number <= 9) {
                    n.people += number;
                    n.cover(c, i, i);
                }
                continue;
            }
            n.cover(c, start, j);
            i = j;
            continue;
        }
        // "me and my wife", "with my husband", "my wife and I", "my son"
        // ... and in the other languages: "mit meiner Frau", "mi mujer y yo", "io e mia
        // moglie", "eu e a minha mulher".
        if (isPossessive(c, i) && c.isFree(i + 1) &&
            (c.has(i + 1, C::Companion) || c.has(i + 1, C::ChildCompanion))) {
            if (c.has(i + 1, C::Companion)) // "my parents" are two
                n.companions += std::max(1, c.value(i + 1, C::Companion));
            else
                ++n.children;
            int first = i;
            const int before = isArticle(c, i - 1) && c.isFree(i - 1) ? i - 1 : i;
            if (isAnd(c, before - 1) && isSelf(c, before - 2))
                first = before - 2;
            else if (isWith(c, before - 1) && c.isFree(before - 1))
                first = before - 1;
            else
                first = before;
            int last = i + 1;
            if (isAnd(c, i + 2) && isSelf(c, i + 3))
                last = i + 3;
            n.self = true;
            n.cover(c, first, last);
            i = last;
            continue;
        }
    }
    if (n.first < 0)
        return;
    Passengers p;
    int adults = n.adults + n.companions;
    if (n.people > 0) // people in general include the children and infants said elsewhere
        adults += std::max(n.people - n.children - n.infants, 1);
    if (n.self && n.adults == 0 && n.people == 0)
        adults += 1;
    if (n.family && n.adults == 0 && n.people == 0 && n.companions == 0)
        adults = 2;
    p.adults = std::max(1, adults);
    p.children = n.children;
    p.infants = n.infants;
    request.passengers = p;
    request.passengersSpan = c.span(n.first, n.last);
}
