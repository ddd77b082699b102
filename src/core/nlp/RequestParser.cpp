// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/RequestParser.h"

#include "nlp/AirlineFinder.h"
#include "nlp/DateFinder.h"
#include "nlp/IntentClassifier.h"
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

void assignDates(const ParseContext &c, const QList<DateMention> &dates, TravelRequest &r) {
    int previousEnd = -1;
    for (const DateMention &m : dates) {
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

void detectLanguage(const ParseContext &c, QStringView lang, TravelRequest &r) {
    if (lang != u"auto" && !lang.isEmpty()) {
        r.language = lang.toString().toLower();
        r.languageConfidence = 1.0;
        return;
    }
    int english = 0;
    int words = 0;
    for (const Token &t : c.tokens) {
        if (!t.isWord())
            continue;
        ++words;
        if (t.info && (t.info->langMask & 1))
            ++english;
    }
    if (english == 0) {
        r.language = QStringLiteral("und");
        r.languageConfidence = 0.0;
        return;
    }
    r.language = QStringLiteral("en");
    const double share = double(english) / double(std::max(words, 1));
    r.languageConfidence = std::min(0.99, 0.4 + 0.1 * english + 0.3 * share);
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
    PriceFinder::find(c, r);
    const QList<DateMention> dates = DateFinder::find(c);
    PassengerFinder::find(c, r);
    AirlineFinder::find(c, r);
    const QList<PlaceCandidate> places = PlaceFinder::find(c);
    PlaceFinder::assignRoles(places, r);
    assignDates(c, dates, r);
    detectLanguage(c, lang, r);
    r.intent = IntentClassifier::classify(c, r);
    return r;
}
