// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/ParseContext.h"

#include "nlp/Tokenizer.h"

ParseContext::ParseContext(QStringView text_, const QDateTime &now_, const Lexicon &lexicon_,
                           const GeoDatabase &geo_)
    : text(text_)
    , now(now_)
    , today(now_.date())
    , lexicon(lexicon_)
    , geo(geo_)
    , tokens(Tokenizer::tokenize(text_, lexicon_))
    , owners(tokens.size(), TokenOwner::None) {
    // English text when English words outnumber the words only other languages know.
    int englishWords = 0;
    int otherWords = 0;
    for (const Token &t : std::as_const(tokens)) {
        if (!t.info)
            continue;
        if (t.info->langMask & 1)
            ++englishWords;
        else
            ++otherWords;
    }
    english = englishWords > otherWords;
}
