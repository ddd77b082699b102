// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/OptionFinder.h"

#include "nlp/ParseContext.h"

void OptionFinder::find(ParseContext &c, TravelRequest &request) {
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        // German "einfach" closing a clause is a one-way ticket ("Frankfurt London einfach,
        // 1 Erwachsener"); before other words it means "simply".
        if (c.is(i, u"einfach") && !c.english &&
            (!c.valid(i + 1) || c.tokens.at(i + 1).kind == Token::Kind::Symbol)) {
            request.trip = TravelRequest::Trip::OneWay;
            request.optionSpans.append(c.span(i, i));
            c.take(i, i, TokenOwner::Option);
            continue;
        }
        const std::optional<Lexicon::PhraseMatch> m = c.lexicon.phraseAt(c.tokens, i);
        if (!m)
            continue;
        const int last = i + m->tokenCount - 1;
        switch (m->kind) {
        case PhraseKind::OneWay:
            request.trip = TravelRequest::Trip::OneWay;
            break;
        case PhraseKind::RoundTrip:
            request.trip = TravelRequest::Trip::RoundTrip;
            break;
        case PhraseKind::Nonstop:
            request.nonstop = true;
            break;
        case PhraseKind::Cabin: {
            // "business trip", "business meeting": not a cabin.
            if (m->tokenCount == 1 &&
                (c.is(i + 1, u"trip") || c.is(i + 1, u"trips") || c.is(i + 1, u"meeting") ||
                 c.is(i + 1, u"travel") || c.is(i + 1, u"day") || c.is(i + 1, u"hours") ||
                 (c.is(i + 1, u"seats") && c.is(i, u"premium"))))
                continue;
            if (!request.cabin)
                request.cabin = CabinClass(m->value);
            break;
        }
        default:
            continue;
        }
        request.optionSpans.append(c.span(i, last));
        c.take(i, last, TokenOwner::Option);
        i = last;
    }
}
