// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/RequestParser.h"

#include "nlp/AirlineFinder.h"
#include "nlp/DateFinder.h"
#include "nlp/FlexibilityFinder.h"
#include "nlp/IntentClassifier.h"
#include "nlp/LanguageIdentifier.h"
#include "nlp/Lexicon.h"
#include "nlp/OptionFinder.h"
#include "nlp/ParseContext.h"
#include "nlp/PassengerFinder.h"
#include "nlp/PlaceFinder.h"
#include "nlp/PriceFinder.h"

namespace {

using C = WordClass;

/** True when the words just before date @p m say it is the return ("back on", "until"). */
bool isReturn(const ParseContext &c, const DateMention &m, int previousEnd) {
    if (m.rangeEnd)
        return true;
    const int b = m.firstToken - 1;
    if (previousEnd >= 0 && (c.has(b, C::RangeCue) || c.isSymbol(b, u'-') || c.isSymbol(b, u'–')))
        return true; // "from June 3 to June 10", "Dec 3 - Dec 10"
    if (c.is(b, u"until") || c.is(b, u"till") || c.is(b, u"til"))
        return true;
    for (int k = b; k >= 0 && k > b - 4 && k > previousEnd; --k) {
        if (c.owners.at(k) != TokenOwner::None)
            break; // "return flight" is a trip type, a place ends the look-back
        if (c.has(k, C::DepartCue))
            return false;
        if (c.has(k, C::ReturnCue))
            return true;
    }
    return false;
}

/** True when date @p m is the one being replaced: "instead of Friday", "statt Freitag", "au
 * lieu de vendredi", "en vez del viernes", "invece di venerdì", "em vez de sexta". */
bool isReplaced(const ParseContext &c, const DateMention &m) {
    for (int k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 3; --k) {
        if (c.owners.at(k) != TokenOwner::None)
            return false;
        if (c.is(k, u"statt") || c.is(k, u"anstatt") || c.is(k, u"anstelle") ||
            c.is(k, u"anziche") || c.is(k, u"anziché"))
            return true;
        // "instead of", "rather than", "au lieu de", "en vez de", "en lugar de", "invece di",
        // "em vez de", "ao invés de"
        if ((c.is(k, u"instead") || c.is(k, u"lieu") || c.is(k, u"vez") || c.is(k, u"lugar") ||
             c.is(k, u"invece") || c.is(k, u"inves") || c.is(k, u"invés")) &&
            k + 1 < m.firstToken)
            return true;
        if (c.is(k, u"rather") && c.is(k + 1, u"than"))
            return true;
    }
    return false;
}

void assignDates(const ParseContext &c, const QList<DateMention> &dates, TravelRequest &r) {
    int previousEnd = -1;
    for (const DateMention &m : dates) {
        if (dates.size() > 1 && isReplaced(c, m))
            continue; // "instead of Friday, Saturday": only Saturday is asked for
        const bool back = isReturn(c, m, previousEnd);
        previousEnd = m.lastToken;
        if (back || r.departure.isValid()) {
            if (!r.returnDate.isValid())
                r.returnDate = m.spec;
        } else {
            r.departure = m.spec;
        }
    }
    if (r.returnDate.isValid())
        r.trip = TravelRequest::Trip::RoundTrip;
    if (r.departure.isValid() && r.returnDate.isValid() && r.returnDate.date < r.departure.date)
        r.warnings.append(QStringLiteral("return_before_departure"));
    if ((r.departure.isValid() && r.departure.date < c.today) ||
        (r.returnDate.isValid() && r.returnDate.date < c.today))
        r.warnings.append(QStringLiteral("date_in_past"));
}

void detectLanguage(QStringView text, QStringView lang, TravelRequest &r) {
    if (lang != u"auto" && !lang.isEmpty()) {
        r.language = lang.toString().toLower();
        r.languageConfidence = 1.0;
        return;
    }
    const LanguageIdentifier::Result id = LanguageIdentifier::instance().identify(text);
    r.language = id.language;
    r.languageConfidence = id.confidence;
}

} // namespace

RequestParser::RequestParser(const GeoDatabase &geo)
    : m_geo(geo)
    , m_lexicon(Lexicon::instance()) {}

TravelRequest RequestParser::parse(QStringView text, const QDateTime &now, QStringView lang) const {
    TravelRequest r;
    ParseContext c(text, now.isValid() ? now : QDateTime::currentDateTime(), m_lexicon, m_geo);
    if (lang != u"auto" && !lang.isEmpty())
        c.english = lang == u"en";
    // Order matters: each finder takes its tokens, so later ones do not read them again.
    OptionFinder::find(c, r);
    FlexibilityFinder::find(c, r);
    PriceFinder::find(c, r);
    const QList<DateMention> dates = DateFinder::find(c);
    PassengerFinder::find(c, r);
    AirlineFinder::find(c, r);
    const QList<PlaceCandidate> places = PlaceFinder::find(c);
    PlaceFinder::assignRoles(places, r);
    assignDates(c, dates, r);
    detectLanguage(text, lang, r);
    r.intent = IntentClassifier::classify(c, r);
    return r;
}
