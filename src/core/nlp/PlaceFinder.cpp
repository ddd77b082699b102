// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/PlaceFinder.h"

#include "geo/GeoDatabase.h"
#include "geo/NameKeys.h"
#include "nlp/FuzzyNames.h"
#include "nlp/ParseContext.h"

#include <QSet>

namespace {

using C = WordClass;
using Role = PlaceCandidate::Role;

constexpr int kMaxAlternatives = 5;
/** A small city loses to an airport of the same name ranked at least this well. */
constexpr qint64 kSmallCity = 100000;
constexpr int kGoodAirportRank = 50;

/** English three-letter words that are also IATA codes: in lower case they are words. */
const QSet<QString> &englishThreeLetterWords() {
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char16_t *w :
             {u"ace",  u"act", u"add",  u"ado", u"aft", u"age",  u"ago", u"aid", u"ail", u"aim",
              u"air",  u"all", u"alp",  u"amp", u"and", u"ant",  u"any", u"ape", u"app", u"apt",
              u"arc",  u"are", u"ark",  u"arm", u"art", u"ash",  u"ask", u"ate", u"awe", u"axe",
              u"bad",  u"bag", u"ban",  u"bar", u"bat", u"bay",  u"bed", u"bee", u"beg", u"bet",
              u"bib",  u"bid", u"big",  u"bin", u"bit", u"boa",  u"bob", u"bog", u"boo", u"bow",
              u"box",  u"boy", u"bra",  u"bro", u"bud", u"bug",  u"bum", u"bun", u"bus", u"but",
              u"buy",  u"bye", u"cab",  u"cam", u"can", u"cap",  u"car", u"cat", u"cob", u"cod",
              u"cog",  u"con", u"coo",  u"cop", u"cot", u"cow",  u"coy", u"cry", u"cub", u"cue",
              u"cup",  u"cur", u"cut",  u"dab", u"dad", u"dam",  u"day", u"den", u"dew", u"did",
              u"die",  u"dig", u"dim",  u"din", u"dip", u"doc",  u"doe", u"dog", u"don", u"dot",
              u"dry",  u"dub", u"due",  u"dug", u"dun", u"duo",  u"dye", u"ear", u"eat", u"ebb",
              u"eel",  u"egg", u"ego",  u"elf", u"elk", u"elm",  u"emu", u"end", u"era", u"eve",
              u"ewe",  u"eye", u"fab",  u"fad", u"fan", u"far",  u"fat", u"fax", u"fed", u"fee",
              u"few",  u"fig", u"fin",  u"fir", u"fit", u"fix",  u"flu", u"fly", u"foe", u"fog",
              u"for",  u"fox", u"fry",  u"fun", u"fur", u"gag",  u"gal", u"gap", u"gas", u"gel",
              u"gem",  u"get", u"gig",  u"gin", u"god", u"got",  u"gum", u"gun", u"gut", u"guy",
              u"gym",  u"had", u"ham",  u"has", u"hat", u"hay",  u"hen", u"her", u"hey", u"hid",
              u"him",  u"hip", u"his",  u"hit", u"hob", u"hog",  u"hop", u"hot", u"how", u"hub",
              u"hug",  u"hum", u"hut",  u"ice", u"icy", u"ill",  u"imp", u"ink", u"inn", u"ion",
              u"its",  u"ivy", u"jab",  u"jam", u"jar", u"jaw",  u"jay", u"jet", u"jig", u"job",
              u"jog",  u"jot", u"joy",  u"jug", u"keg", u"ken",  u"key", u"kid", u"kin", u"kit",
              u"lab",  u"lad", u"lag",  u"lap", u"law", u"lay",  u"led", u"leg", u"let", u"lid",
              u"lie",  u"lip", u"lit",  u"log", u"lot", u"low",  u"mad", u"man", u"map", u"mat",
              u"may",  u"men", u"met",  u"mid", u"mix", u"mob",  u"mom", u"mop", u"mud", u"mug",
              u"mum",  u"nab", u"nag",  u"nap", u"net", u"new",  u"nil", u"nip", u"nod", u"nor",
              u"not",  u"now", u"nun",  u"nut", u"oak", u"oar",  u"oat", u"odd", u"off", u"oil",
              u"old",  u"one", u"opt",  u"orb", u"ore", u"our",  u"out", u"owe", u"owl", u"own",
              u"pad",  u"pal", u"pan",  u"par", u"pat", u"paw",  u"pay", u"pea", u"peg", u"pen",
              u"pep",  u"per", u"pet",  u"pew", u"pie", u"pig",  u"pin", u"pit", u"ply", u"pod",
              u"pop",  u"pot", u"pro",  u"pry", u"pub", u"pug",  u"pun", u"pup", u"put", u"rag",
              u"ram",  u"ran", u"rap",  u"rat", u"raw", u"ray",  u"red", u"ref", u"rib", u"rid",
              u"rig",  u"rim", u"rip",  u"rob", u"rod", u"rot",  u"row", u"rub", u"rug", u"rum",
              u"run",  u"rut", u"rye",  u"sad", u"sag", u"sap",  u"sat", u"saw", u"say", u"sea",
              u"see",  u"set", u"sew",  u"she", u"shy", u"sin",  u"sip", u"sir", u"sit", u"six",
              u"ski",  u"sky", u"sly",  u"sob", u"sod", u"son",  u"sow", u"soy", u"spa", u"spy",
              u"sub",  u"sue", u"sum",  u"sun", u"tab", u"tag",  u"tan", u"tap", u"tar", u"tax",
              u"tea",  u"ten", u"the",  u"thy", u"tie", u"tin",  u"tip", u"toe", u"ton", u"too",
              u"top",  u"tow", u"toy",  u"try", u"tub", u"tug",  u"two", u"use", u"van", u"vat",
              u"vet",  u"via", u"vow",  u"wag", u"war", u"was",  u"wax", u"way", u"web", u"wed",
              u"wet",  u"who", u"why",  u"wig", u"win", u"wit",  u"woe", u"wok", u"won", u"woo",
              u"wow",  u"yak", u"yam",  u"yap", u"yes", u"yet",  u"you", u"zap", u"zen", u"zip",
              u"zoo",  u"pls", u"plz",  u"thx", u"lol", u"asap", u"etc", u"usa", u"abc", u"tbd",
              u"eur",  u"usd", u"gbp",  u"chf", u"cad", u"aud",  u"sek", u"nok", u"dkk", u"pln",
              u"jpy",  u"inr", u"brl",  u"mxn", u"pax", u"non",  u"ago", u"est", u"pst", u"gmt",
              u"utc",  u"cet", u"als",  u"des", u"les", u"une",  u"los", u"las", u"del", u"por",
              u"para", u"con", u"sin",  u"una", u"und", u"mit",  u"der", u"die", u"das", u"ein",
              u"von",  u"aus", u"nach", u"per", u"che", u"non",  u"sur", u"pas", u"dos", u"uma",
              u"ida",  u"vol", u"voo",  u"mes", u"dia"}) {
            s.insert(QString::fromUtf16(w));
        }
        return s;
    }();
    return words;
}

/** Words that may start a multi-word name although they are function words. */
bool mayStartName(const Token &t) {
    static const QSet<QString> starters = {
        QStringLiteral("the"), QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("los"),
        QStringLiteral("las"), QStringLiteral("el"),  QStringLiteral("les"), QStringLiteral("den"),
        QStringLiteral("new"), QStringLiteral("san"), QStringLiteral("st"),  QStringLiteral("port"),
        QStringLiteral("al"),  QStringLiteral("des"), QStringLiteral("de"),  QStringLiteral("il"),
        QStringLiteral("big"), QStringLiteral("salt")};
    return starters.contains(t.norm);
}

/** A verb of arriving or stopping at @p i that no option took ("sin escalas a Roma" is no
 * stop in Rome). */
bool verbAt(const ParseContext &c, int i, WordClass verb) {
    return c.has(i, verb) && c.owners.at(i) != TokenOwner::Option;
}

bool isRoleCue(const ParseContext &c, int i) {
    if (!c.valid(i))
        return false;
    if (c.has(i, C::OriginCue) || c.has(i, C::DestinationCue) || c.has(i, C::ViaCue))
        return true;
    return c.has(i, C::Locative) &&
           (verbAt(c, i - 1, C::ArriveVerb) || verbAt(c, i - 1, C::StopVerb));
}

void appendUnique(QList<Place> &list, const Place &p, const Place &primary) {
    if (list.size() >= kMaxAlternatives || (p.code == primary.code && p.kind == primary.kind))
        return;
    for (const Place &q : std::as_const(list)) {
        if (q.code == p.code && q.kind == p.kind)
            return;
    }
    list.append(p);
}

/** The mention for a name, or an invalid one. */
PlaceMention lookupName(const GeoDatabase &geo, const QString &key) {
    PlaceMention m;
    const QList<const City *> cities = geo.citiesByName(key);
    const QList<const Airport *> airports = geo.airportsByName(key);
    if (cities.isEmpty() && airports.isEmpty())
        return m;
    const bool airportFirst =
        cities.isEmpty() || (!airports.isEmpty() && cities.constFirst()->population < kSmallCity &&
                             airports.constFirst()->rank >= kGoodAirportRank);
    if (airportFirst)
        m.place = geo.placeForAirport(*airports.constFirst());
    else
        m.place = geo.placeForCity(*cities.constFirst());
    for (const City *city : cities)
        appendUnique(m.alternatives, geo.placeForCity(*city), m.place);
    for (const Airport *airport : airports)
        appendUnique(m.alternatives, geo.placeForAirport(*airport), m.place);
    return m;
}

/** A three-letter code at @p i, or an invalid Place. */
Place codeAt(const ParseContext &c, int i) {
    const Token &t = c.tokens.at(i);
    if (!t.isWord() || t.norm.size() != 3 || t.end - t.start != 3 ||
        (c.glued(i + 1) && c.tokens.at(i + 1).isWord()))
        return {};
    for (QChar ch : t.norm) {
        if (ch < u'a' || ch > u'z')
            return {};
    }
    // In capitals only function words ("THE", "FOR", "CAN") are suspect; in lower case any word.
    const bool word = t.upper ? t.info && t.info->has(C::Function)
                              : englishThreeLetterWords().contains(t.norm) ||
                                    (t.info && (t.info->has(C::Function) || t.info->langMask != 0));
    // "de bcn a mad": after a role word of another language an English word is a code.
    const bool foreignCued =
        !t.upper && !c.english && isRoleCue(c, i - 1) && (!t.info || t.info->langMask == 1);
    if (word && !foreignCued) {
        // "MAN", "CAN" in capitals next to a role word, in a message not all in capitals.
        if (!t.upper ||
            !(isRoleCue(c, i - 1) || c.has(i + 1, C::DestinationCue) || c.isSymbol(i + 1, u'-')))
            return {};
        int upperWords = 0;
        for (const Token &o : c.tokens)
            upperWords += o.isWord() && o.upper && o.norm.size() > 3 ? 1 : 0;
        if (upperWords > 0)
            return {};
    }
    return c.geo.placeForCode(t.norm);
}

/** True when token @p i may be (the first word of) a misspelt name: a word no language table
 * knows nor an airline name, of 5 letters or more after a role word ("to Barcelna"), of 6 or
 * more when capitalised before a role word ("Frankfrut-Paris") or not at the start of a
 * sentence. */
bool mayBeMisspelt(const ParseContext &c, int i) {
    const Token &t = c.tokens.at(i);
    if (!t.isWord() || t.info || t.norm.size() < 5 || !c.isFree(i))
        return false;
    // The lookups last: most words are ruled out by the cheap tests below.
    const auto notAName = [&] {
        return NameKeys::isStopName(t.norm) || !c.geo.airlinesByName(t.norm).isEmpty();
    };
    if (isRoleCue(c, i - 1))
        return !notAName();
    // A role word after it, then what may be a place (not "Works for me").
    const bool cueAfter =
        (c.has(i + 1, C::DestinationCue) || c.isSymbol(i + 1, u'-') || c.isSymbol(i + 1, u'>') ||
         c.isSymbol(i + 1, u'→')) &&
        c.valid(i + 2) && c.tokens.at(i + 2).isWord() &&
        (!c.tokens.at(i + 2).info || c.tokens.at(i + 2).capitalised || c.tokens.at(i + 2).upper);
    // "barcelna to paris", "flight barcelna to paris": first, before a role word.
    if (cueAfter && (i == 0 || c.has(i - 1, C::SearchWord)))
        return !notAName();
    // Without a role word a capital is weak evidence: short words ("Works", "Genau") stay out.
    if (!t.capitalised || t.norm.size() < 6)
        return false;
    if (cueAfter)
        return !notAName();
    const int b = i - 1;
    return b >= 0 && !c.isSymbol(b, u'.') && !c.isSymbol(b, u'!') && !c.isSymbol(b, u'?') &&
           !c.isSymbol(b, u':') && !c.isSymbol(b, u'"') && !notAName();
}

/** A city for a misspelt name of one or two words at @p i; @p last gets its last token. */
const City *misspeltCity(const ParseContext &c, int i, int *last) {
    const Token &t = c.tokens.at(i);
    const int k = i + 1;
    // "Sao Paolo", "Los Angelos": the second word is unknown and capitalised like the first.
    if (c.isFree(k) && c.tokens.at(k).isWord() && c.tokens.at(k).spaceBefore &&
        !c.tokens.at(k).info && c.tokens.at(k).norm.size() >= 3 &&
        c.tokens.at(k).capitalised == t.capitalised &&
        ((!t.info && t.norm.size() >= 3) || mayStartName(t)) &&
        (isRoleCue(c, i - 1) || t.capitalised)) {
        const QString key = t.norm + u' ' + c.tokens.at(k).norm;
        if (const City *city = FuzzyNames::instance().bestCity(key)) {
            *last = k;
            return city;
        }
    }
    if (!mayBeMisspelt(c, i))
        return nullptr;
    *last = i;
    return FuzzyNames::instance().bestCity(t.norm);
}

/** @p key with the German "ae", "oe", "ue" spellings of umlauts folded ("koeln" -> "koln"),
 * or an empty string when it has none. */
QString foldUmlautSpelling(const QString &key) {
    if (!key.contains(QLatin1String("ae")) && !key.contains(QLatin1String("oe")) &&
        !key.contains(QLatin1String("ue")))
        return {};
    QString folded = key;
    folded.replace(QLatin1String("ae"), QLatin1String("a"));
    folded.replace(QLatin1String("oe"), QLatin1String("o"));
    folded.replace(QLatin1String("ue"), QLatin1String("u"));
    return folded;
}

/** An airport of city @p city named right after it ("London Heathrow", "Roma Fiumicino",
 * "New York JFK"); @p last gets its last token. */
Place airportAfterCity(const ParseContext &c, const Place &city, int from, int *last) {
    if (city.kind != Place::Kind::City || !c.isFree(from) || !c.tokens.at(from).isWord())
        return {};
    const Token &t = c.tokens.at(from);
    if (t.upper && t.norm.size() == 3) {
        const Place p = c.geo.placeForCode(t.norm);
        if (p.kind == Place::Kind::Airport && p.cityCode == city.code) {
            *last = from;
            return p;
        }
    }
    QString key;
    for (int k = from; k < std::min(c.size(), from + 3); ++k) {
        if (!c.isFree(k) || !c.tokens.at(k).isWord() || !c.tokens.at(k).spaceBefore)
            break;
        if (k > from)
            key += u' ';
        key += c.tokens.at(k).norm;
        for (const Airport *a : c.geo.airportsByName(key)) {
            if (a->cityCode == city.code) {
                *last = k;
                return c.geo.placeForAirport(*a);
            }
        }
    }
    return {};
}

} // namespace

QList<PlaceCandidate> PlaceFinder::find(ParseContext &c) {
    QList<PlaceCandidate> found;
    const int window = std::max(1, std::min(c.geo.maxNameWords(), 8));
    QString key;
    QList<int> words; // token indexes of the window's words
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isFree(i) || !c.tokens.at(i).isWord())
            continue;
        const Token &t = c.tokens.at(i);
        // An upper-case code is read as a code first ("NCE", "BER").
        PlaceCandidate cand;
        bool matched = false;
        if (t.upper && t.norm.size() == 3) {
            const Place p = codeAt(c, i);
            if (p.isValid()) {
                cand.mention.place = p;
                cand.firstToken = cand.lastToken = i;
                matched = true;
            }
        }
        const bool functionWord = t.info && t.info->has(C::Function);
        if (!matched && (!functionWord || mayStartName(t))) {
            // Gather up to `window` words, joined by spaces or glued hyphens/apostrophes/dots.
            words.clear();
            words.append(i);
            for (int k = i + 1; k < c.size() && words.size() < window; ++k) {
                if (c.isFree(k) && c.tokens.at(k).isWord() && c.tokens.at(k).spaceBefore) {
                    words.append(k);
                } else if (c.isSymbol(k, u'.') && c.glued(k) && c.isFree(k + 1) &&
                           c.tokens.at(k + 1).isWord() && c.tokens.at(k + 1).spaceBefore &&
                           c.tokens.at(k - 1).norm.size() <= 3) {
                    words.append(++k); // "St. Louis", "Ft. Lauderdale"
                } else if ((c.isSymbol(k, u'-') || c.isSymbol(k, u'\'') || c.isSymbol(k, u'.') ||
                            c.isSymbol(k, u'’')) &&
                           c.glued(k) && c.isFree(k + 1) && c.tokens.at(k + 1).isWord() &&
                           c.glued(k + 1)) {
                    words.append(++k);
                } else {
                    break;
                }
            }
            for (int n = int(words.size()); n >= 1 && !matched; --n) {
                const int last = words.at(n - 1);
                const Token &lt = c.tokens.at(last);
                if (n > 1 && lt.info && lt.info->has(C::Function) && lt.norm.size() <= 3)
                    continue; // a name does not end in "to", "the", "for"
                if (n > 1) {  // a name has a word of its own, not only lexicon words
                    bool own = false;
                    for (int w = 0; w < n && !own; ++w) {
                        const Token &wt = c.tokens.at(words.at(w));
                        own = !wt.info || wt.info->has(C::Common);
                    }
                    if (!own)
                        continue;
                }
                key.clear();
                for (int w = 0; w < n; ++w) {
                    if (w)
                        key += u' ';
                    key += c.tokens.at(words.at(w)).norm;
                }
                if (n == 1) {
                    if (functionWord)
                        break;
                    // Common words are names only with a capital (not first) or a role word.
                    if (t.info && t.info->has(C::Common) && !isRoleCue(c, i - 1) &&
                        !(t.capitalised &&
                          (i > 0 ||
                           ((c.has(i + 1, C::DestinationCue) || c.isSymbol(i + 1, u'-')) &&
                            c.valid(i + 2) &&
                            (c.tokens.at(i + 2).capitalised || c.tokens.at(i + 2).upper)))))
                        break;
                    if (t.info && !t.info->has(C::Common) && t.info->langMask & 1 &&
                        !t.capitalised && !isRoleCue(c, i - 1))
                        break; // an English word of the lexicon
                    // A word of another language ("hola", "Olá", "gracias") needs a role
                    // word or a capital inside the sentence.
                    if (t.info && !t.info->has(C::Common) && !(t.info->langMask & 1) &&
                        !isRoleCue(c, i - 1) &&
                        !(t.capitalised && i > 0 && c.tokens.at(i - 1).isWord()))
                        break;
                }
                PlaceMention m = lookupName(c.geo, key);
                if (!m.isValid()) {
                    const QString folded = foldUmlautSpelling(key);
                    if (!folded.isEmpty())
                        m = lookupName(c.geo, folded);
                }
                if (!m.isValid())
                    continue;
                cand.mention = m;
                cand.firstToken = i;
                cand.lastToken = last;
                matched = true;
            }
        }
        if (!matched && c.tokens.at(i).norm.size() >= 3) {
            int last = i;
            if (const City *city = misspeltCity(c, i, &last)) {
                cand.mention.place = c.geo.placeForCity(*city);
                cand.firstToken = i;
                cand.lastToken = last;
                matched = true;
            }
        }
        if (!matched && t.norm.size() == 3 && !t.upper) {
            const Place p = codeAt(c, i);
            if (p.isValid()) {
                cand.mention.place = p;
                cand.firstToken = cand.lastToken = i;
                matched = true;
            }
        }
        if (!matched)
            continue;
        int airportLast = cand.lastToken;
        const Place airport =
            airportAfterCity(c, cand.mention.place, cand.lastToken + 1, &airportLast);
        if (airport.isValid()) {
            cand.mention.alternatives.clear();
            cand.mention.alternatives.append(cand.mention.place);
            cand.mention.place = airport;
            cand.lastToken = airportLast;
        }
        cand.mention.span = c.span(cand.firstToken, cand.lastToken);
        c.take(cand.firstToken, cand.lastToken, TokenOwner::Place);
        found.append(cand);
        i = cand.lastToken;
    }

    // Roles from the words just before each place.
    for (int n = 0; n < found.size(); ++n) {
        PlaceCandidate &p = found[n];
        const int b = p.firstToken - 1;
        const int prevEnd = n > 0 ? found.at(n - 1).lastToken : -10;
        // "X-Y", "X → Y", "X > Y", "X->Y", "X–Y"
        const bool arrow = c.isSymbol(b, u'-') || c.isSymbol(b, u'>') || c.isSymbol(b, u'→') ||
                           c.isSymbol(b, u'–') || c.isSymbol(b, u'—') || c.isSymbol(b, u'✈');
        if (arrow && (prevEnd == b - 1 || (c.isSymbol(b - 1, u'-') && prevEnd == b - 2))) {
            if (found[n - 1].role == Role::None)
                found[n - 1].role = Role::Origin;
            p.role = Role::Destination;
            continue;
        }
        // "departure city is X", "X is the departure city", "depart at X"
        const bool departureIs =
            c.is(b, u"is") && (c.has(b - 1, C::DepartCue) || c.has(b - 2, C::DepartCue) ||
                               c.has(b - 3, C::DepartCue));
        const int a = p.lastToken + 1;
        const bool isDeparture =
            c.is(a, u"is") && (c.has(a + 1, C::DepartCue) || c.has(a + 2, C::DepartCue));
        if (departureIs || isDeparture ||
            (c.has(b, C::Locative) && c.has(b - 1, C::OriginCue) && !c.is(b - 1, u"from")))
            p.role = Role::Origin;
        else if (c.has(b, C::Locative) && verbAt(c, b - 1, C::ArriveVerb))
            p.role = Role::Destination;
        else if (c.has(b, C::Locative) && verbAt(c, b - 1, C::StopVerb))
            p.role = Role::Via;
        else if (c.is(b, u"of") && c.is(b - 1, u"out"))
            p.role = Role::Origin;
        else if (c.is(b, u"between"))
            p.role = Role::Origin;
        else if (c.is(b, u"and") && n > 0 && prevEnd == b - 1 &&
                 found[n - 1].role == Role::Origin && c.is(found[n - 1].firstToken - 1, u"between"))
            p.role = Role::Destination;
        else if (c.has(b, C::ViaCue))
            p.role = Role::Via;
        else if (c.has(b, C::OriginCue))
            p.role = Role::Origin;
        else if (c.has(b, C::DestinationCue))
            p.role = Role::Destination;
    }
    return found;
}

void PlaceFinder::assignRoles(const QList<PlaceCandidate> &found, TravelRequest &request) {
    // Cued places first, then the others by position.
    for (const PlaceCandidate &p : found) {
        PlaceMention *slot = p.role == Role::Origin        ? &request.origin
                             : p.role == Role::Destination ? &request.destination
                             : p.role == Role::Via         ? &request.via
                                                           : nullptr;
        if (slot && !slot->isValid())
            *slot = p.mention;
    }
    for (int n = 0; n < found.size(); ++n) {
        const PlaceCandidate &p = found.at(n);
        if (p.role != Role::None)
            continue;
        bool laterUncued = false;
        bool laterDestination = false;
        for (int k = n + 1; k < found.size(); ++k) {
            laterUncued = laterUncued || found.at(k).role == Role::None;
            laterDestination = laterDestination || found.at(k).role == Role::Destination;
        }
        if (!request.origin.isValid() && (laterDestination || laterUncued))
            request.origin = p.mention;
        else if (!request.destination.isValid())
            request.destination = p.mention;
        else if (!request.origin.isValid())
            request.origin = p.mention;
    }
}
