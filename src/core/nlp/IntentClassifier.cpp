// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/IntentClassifier.h"

#include "nlp/ParseContext.h"

TravelRequest::Intent IntentClassifier::classify(const ParseContext &c,
                                                 const TravelRequest &request) {
    bool modify = false;
    bool greeting = false;
    bool help = false;
    bool search = false;
    for (int i = 0; i < c.size(); ++i) {
        if (const std::optional<Lexicon::PhraseMatch> m = c.lexicon.phraseAt(c.tokens, i)) {
            modify = modify || m->kind == PhraseKind::Modify;
            greeting = greeting || m->kind == PhraseKind::Greeting;
            help = help || m->kind == PhraseKind::Help;
        }
        if (!c.tokens.at(i).info)
            continue;
        // "change" is a modification unless it is about changing planes somewhere.
        if (c.has(i, WordClass::Modify) &&
            !(c.is(i, u"change") && (c.is(i + 1, u"planes") || c.is(i + 1, u"in"))))
            modify = true;
        greeting = greeting || (c.has(i, WordClass::Greeting) && i < 3);
        help = help || c.has(i, WordClass::Help);
        search = search || c.has(i, WordClass::SearchWord);
    }
    if (modify)
        return TravelRequest::Intent::Modify;
    if (!request.isEmpty())
        return TravelRequest::Intent::Search;
    if (help)
        return TravelRequest::Intent::Help;
    if (greeting)
        return TravelRequest::Intent::Greeting;
    if (search)
        return TravelRequest::Intent::Search;
    return TravelRequest::Intent::Other;
}
