// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/AirlineFinder.h"

#include "geo/GeoDatabase.h"
#include "nlp/ParseContext.h"

namespace {

using C = WordClass;

bool directCue(const ParseContext &c, int i) {
    return c.is(i, u"on") || c.is(i, u"with") || c.is(i, u"using") || c.is(i, u"prefer") ||
           c.is(i, u"airline") || c.is(i, u"by") || c.is(i, u"avec") || c.is(i, u"mit") ||
           c.is(i, u"con") || c.is(i, u"com") || c.is(i, u"na");
}

/** "with" (and its article: "com a TAP", "con la Iberia", "mit der Lufthansa") before @p i+1. */
bool strongCue(const ParseContext &c, int i) {
    if (directCue(c, i))
        return true;
    const bool article = c.is(i, u"a") || c.is(i, u"la") || c.is(i, u"der") || c.is(i, u"the") ||
                         c.is(i, u"o") || c.is(i, u"il") || c.is(i, u"le");
    return article && directCue(c, i - 1);
}

/**
 * Brand names people use for the commonest airlines when the reference table knows them only
 * by a longer or older name ("KLM Royal Dutch Airlines", "TAP Portugal", "Delta Air Lines").
 */
struct Brand {
    const char16_t *word; ///< normalised
    const char16_t *code;
};
constexpr Brand kBrands[] = {
    {u"united", u"UA"},    {u"delta", u"DL"},      {u"american", u"AA"},   {u"klm", u"KL"},
    {u"tap", u"TP"},       {u"sas", u"SK"},        {u"condor", u"DE"},     {u"avianca", u"AV"},
    {u"ita", u"AZ"},       {u"alitalia", u"AZ"},   {u"azul", u"AD"},       {u"gol", u"G3"},
    {u"latam", u"LA"},     {u"taag", u"DT"},       {u"aerolineas", u"AR"}, {u"swiss", u"LX"},
    {u"iberia", u"IB"},    {u"vueling", u"VY"},    {u"emirates", u"EK"},   {u"qatar", u"QR"},
    {u"etihad", u"EY"},    {u"turkish", u"TK"},    {u"ryanair", u"FR"},    {u"easyjet", u"U2"},
    {u"eurowings", u"EW"}, {u"transavia", u"HV"},  {u"wizz", u"W6"},       {u"norwegian", u"DY"},
    {u"finnair", u"AY"},   {u"austrian", u"OS"},   {u"lufthansa", u"LH"},  {u"lot", u"LO"},
    {u"aegean", u"A3"},    {u"tunisair", u"TU"},   {u"egyptair", u"MS"},   {u"westjet", u"WS"},
    {u"jetblue", u"B6"},   {u"southwest", u"WN"},  {u"qantas", u"QF"},     {u"volotea", u"V7"},
    {u"binter", u"NT"},    {u"aeromexico", u"AM"}, {u"copa", u"CM"},       {u"icelandair", u"FI"},
};

/** The airline a brand word at @p i names ("United", "KLM"), or nullptr. */
const Airline *brandAt(const ParseContext &c, int i) {
    const Token &t = c.tokens.at(i);
    if (!t.isWord() || t.norm.size() < 3)
        return nullptr;
    for (const Brand &b : kBrands) {
        if (t.norm == b.word)
            return c.geo.airline(QStringView(b.code));
    }
    return nullptr;
}

/** True when the word before @p first and the words @p first .. @p last form a place name
 * ("Buenos Aires" is no airline "Aires"). */
bool endsPlaceName(const ParseContext &c, int first, int last) {
    QString key;
    for (int start = first - 1; start >= std::max(0, first - 2); --start) {
        if (!c.tokens.at(start).isWord() || !c.isFree(start))
            return false;
        key.clear();
        for (int k = start; k <= last; ++k) {
            if (!c.tokens.at(k).isWord())
                return false;
            if (k > start)
                key += u' ';
            key += c.tokens.at(k).norm;
        }
        if (!c.geo.citiesByName(key).isEmpty() || !c.geo.airportsByName(key).isEmpty())
            return true;
    }
    return false;
}

/** The token after an airline name that belongs to it ("ITA Airways", "Delta Airlines"). */
int nameTail(const ParseContext &c, int last) {
    const int k = last + 1;
    if (c.isFree(k) &&
        (c.is(k, u"airways") || c.is(k, u"airlines") || c.is(k, u"airline") || c.is(k, u"air")))
        return c.is(k, u"air") && c.is(k + 1, u"lines") ? k + 1 : (c.is(k, u"air") ? last : k);
    return last;
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
        // "BA from London...", "AF flight to Rome": a code in capitals opening the message.
        const bool opensRequest =
            i == 0 && c.tokens.at(i).upper && c.tokens.at(i).norm.size() == 2 &&
            (c.has(i + 1, C::OriginCue) || c.is(i + 1, u"flight") || c.is(i + 1, u"flights"));
        if (c.has(i - 1, C::AirlineCue) || opensRequest) {
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
            if (endsPlaceName(c, i, i + n - 1))
                continue;
            // A brand word names the brand ("United" is United Airlines, not "United Airways").
            const Airline *brand = n == 1 ? brandAt(c, i) : nullptr;
            add(c, request, brand ? *brand : *found.constFirst(), i, i + n - 1);
            i += n - 1;
            matched = true;
        }
        if (matched)
            continue;
        // Brand names: after "with"/"on", in capitals, or capitalised and no place role word
        // before ("Delta to Atlanta", but "to Delta" is a place).
        if (const Airline *a = brandAt(c, i)) {
            const bool placeCue = c.has(i - 1, C::DestinationCue) || c.has(i - 1, C::OriginCue) ||
                                  c.has(i - 1, C::ViaCue) || c.has(i - 1, C::Locative);
            const bool named = strongCue(c, i - 1) || ((t.upper || t.capitalised) && !placeCue &&
                                                       (t.upper ||
                                                        (c.geo.citiesByName(t.norm).isEmpty() &&
                                                         c.geo.airportsByName(t.norm).isEmpty()) ||
                                                        i == 0));
            // "United States": a capitalised word after it makes another name.
            const bool longerName = !strongCue(c, i - 1) && c.valid(i + 1) &&
                                    c.tokens.at(i + 1).isWord() && c.tokens.at(i + 1).capitalised &&
                                    !c.tokens.at(i + 1).info;
            if (named && !longerName && !(t.info && t.info->has(C::Function) && !t.upper)) {
                const int last = nameTail(c, i);
                add(c, request, *a, i, last);
                i = last;
            }
        }
    }
}
