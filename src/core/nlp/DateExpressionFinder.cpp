// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/DateExpressionFinder.h"

#include "geo/GeoDatabase.h"
#include "nlp/DateFinder.h"
#include "nlp/Lexicon.h"
#include "nlp/ParseContext.h"

#include <QTimeZone>

#include <algorithm>

namespace {

/** "now", "right now", "jetzt", "maintenant", "ahora", "adesso", "agora": the reference time
 * itself, to the second. Takes the tokens. */
QList<DateExpression> findNow(ParseContext &c, const QDateTime &now) {
    static const char16_t *const words[] = {u"now",   u"jetzt",  u"maintenant",
                                            u"ahora", u"adesso", u"agora"};
    QList<DateExpression> out;
    for (int i = 0; i < c.size(); ++i) {
        bool hit = false;
        for (const char16_t *w : words)
            hit = hit || c.is(i, QStringView(w));
        if (!hit || !c.isFree(i))
            continue;
        int first = i;
        if (c.is(i - 1, u"right") || c.is(i - 1, u"just") || c.is(i - 1, u"genau"))
            first = i - 1;
        c.take(first, i, TokenOwner::Date);
        DateExpression e;
        e.span = c.span(first, i);
        e.body = c.text.mid(e.span.start, e.span.length()).toString();
        const QTime t = now.time();
        e.value = {QDateTime(now.date(), QTime(t.hour(), t.minute(), t.second()),
                             QTimeZone(now.offsetFromUtc())),
                   DateGrain::Second};
        out.append(e);
    }
    return out;
}

} // namespace

QList<DateExpression> DateExpressionFinder::find(QStringView text, const QDateTime &now,
                                                 QStringView lang) {
    ParseContext c(text, now, Lexicon::instance(), GeoDatabase::instance());
    if (lang != u"auto" && !lang.isEmpty())
        c.english = lang == u"en";
    QList<DateExpression> out = findNow(c, now);
    const QList<DateMention> mentions = DateFinder::find(c, true);
    for (int i = 0; i < mentions.size(); ++i) {
        const DateMention &m = mentions.at(i);
        const DateMention *end = nullptr;
        if (i + 1 < mentions.size() && mentions.at(i + 1).rangeEnd && !m.rangeEnd)
            end = &mentions.at(++i);
        DateExpression e = DateExpression::fromMention(m, now, end);
        if (!e.isValid() || !e.span.isValid())
            continue;
        e.body = text.mid(e.span.start, e.span.length()).toString();
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const DateExpression &a, const DateExpression &b) {
        return a.span.start < b.span.start;
    });
    return out;
}
