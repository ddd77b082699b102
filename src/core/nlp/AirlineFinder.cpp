// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/AirlineFinder.h"

#include "geo/GeoDatabase.h"
#include "nlp/ParseContext.h"

namespace {

using C = WordClass;

bool strongCue(const ParseContext &c, int i) {
    return c.is(i, u"on") || c.is(i, u"with") || c.is(i, u"using") || c.is(i, u"prefer") ||
           c.is(i, u"airline") || c.is(i, u"by") || c.is(i, u"avec") || c.is(i, u"mit") ||
           c.is(i, u"con") || c.is(i, u"com");
}

void add(ParseContext &c, TravelRequest &request, const Airline &airline, int first, int last) {
    for (const AirlineMention &m : std::as_const(request.airlines)) {
        if (m.code == airline.code)
            return;
    }
    request.airlines.append(AirlineMention{airline.code, airline.name, c.span(first, last)});
    c.take(first, last, TokenOwner::Airline);
}

/** A two-character code at @p i ("AF", "U2", "9W"); @p last gets its last token. */
QString codeAt(const ParseContext &c, int i, int *last) {
    if (!c.isFree(i))
        return {};
    const Token &t = c.tokens.at(i);
    if (t.isWord() && t.upper && t.norm.size() == 2 && !c.glued(i + 1)) {
        *last = i;
        return t.norm.toUpper();
    }
    if (c.valid(i + 1) && c.glued(i + 1) && c.isFree(i + 1) && !c.glued(i + 2) &&
        t.end - t.start == 1 && c.tokens.at(i + 1).end - c.tokens.at(i + 1).start == 1) {
        const Token &u = c.tokens.at(i + 1);
        const bool letterDigit = t.isWord() && t.capitalised && u.isNumber();
        const bool digitLetter = t.isNumber() && u.isWord() && u.capitalised;
        if (letterDigit || digitLetter) {
            *last = i + 1;
            return (t.norm + u.norm).toUpper();
        }
    }
    return {};
}

} // namespace

void AirlineFinder::find(ParseContext &c, TravelRequest &request) {
    const int window = std::min(c.geo.maxNameWords(), 5);
    QString key;
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i))
            continue;
        if (c.has(i - 1, C::AirlineCue)) {
            int last = i;
            const QString code = codeAt(c, i, &last);
            if (!code.isEmpty()) {
                if (const Airline *a = c.geo.airline(code)) {
                    add(c, request, *a, i, last);
                    i = last;
                    continue;
                }
            }
        }
        const Token &t = c.tokens.at(i);
        if (!t.isWord() || (t.info && t.info->has(C::Function) && !t.capitalised))
            continue;
        bool matched = false;
        for (int n = window; n >= 1 && !matched; --n) {
            if (i + n > c.size())
                continue;
            key.clear();
            bool ok = true;
            for (int k = i; k < i + n; ++k) {
                if (!c.isFree(k) || !c.tokens.at(k).isWord()) {
                    ok = false;
                    break;
                }
                if (k > i)
                    key += u' ';
                key += c.tokens.at(k).norm;
            }
            if (!ok)
                continue;
            if (n > 1) { // "I fly" is no "I-Fly": a name has a word of its own
                bool own = false;
                for (int k = i; k < i + n && !own; ++k)
                    own = !c.tokens.at(k).info || c.tokens.at(k).info->has(C::Common);
                if (!own)
                    continue;
            }
            const QList<const Airline *> found = c.geo.airlinesByName(key);
            if (found.isEmpty())
                continue;
            if (n == 1) {
                // Common words need a capital; city names need a cue.
                if (t.info && (t.info->has(C::Function) || t.info->has(C::Common)) &&
                    !(t.capitalised && strongCue(c, i - 1)))
                    continue;
                if (!t.capitalised && !strongCue(c, i - 1) && t.norm.size() <= 4)
                    continue;
                if (!strongCue(c, i - 1) &&
                    (c.has(i - 1, C::DestinationCue) || c.has(i - 1, C::OriginCue) ||
                     c.has(i - 1, C::ViaCue) || c.has(i - 1, C::Locative)))
                    continue; // "to Singapore" is a place
            }
            // "Hong Kong" is the city unless "on"/"with" says airline.
            if (!strongCue(c, i - 1) &&
                (!c.geo.citiesByName(key).isEmpty() || !c.geo.airportsByName(key).isEmpty()))
                continue;
            add(c, request, *found.constFirst(), i, i + n - 1);
            i += n - 1;
            matched = true;
        }
    }
}
