// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/NameKeys.h"

#include "geo/GeoDatabase.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

using Words = QVarLengthArray<QStringView, 16>;

const QStringView kGenericWords[] = {
    u"airport",       u"airports",       u"international",   u"intl",      u"intercontinental",
    u"internacional", u"internazionale", u"internationaler", u"aeroporto", u"aeropuerto",
    u"aeroport",      u"flughafen",      u"regional",        u"municipal", u"field",
    u"airfield",      u"airpark",        u"airstrip",        u"national",  u"metropolitan",
    u"area",
};

const QStringView kStopNames[] = {
    u"city",     u"central",  u"north",    u"south",
    u"east",     u"west",     u"new",      u"old",
    u"de",       u"la",       u"el",       u"le",
    u"san",      u"santa",    u"saint",    u"st",
    u"port",     u"lake",     u"island",   u"islands",
    u"bay",      u"river",    u"county",   u"valley",
    u"mount",    u"fort",     u"beach",    u"air",
    u"british",  u"american", u"united",   u"china",
    u"royal",    u"first",    u"express",  u"global",
    u"southern", u"northern", u"eastern",  u"western",
    u"pacific",  u"atlantic", u"great",    u"sky",
    u"sun",      u"star",     u"trans",    u"jet",
    u"the",      u"and",      u"national", u"international",
};

template <std::size_t N> bool contains(const QStringView (&list)[N], QStringView word) {
    return std::any_of(std::begin(list), std::end(list),
                       [word](QStringView w) { return w.size() == word.size() && w == word; });
}

/** The words of normalised text (single spaces, trimmed). The views point into @p text. */
Words splitWords(QStringView text) {
    Words words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u' ') {
            if (i > start)
                words.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

QString joinWords(const QStringView *begin, const QStringView *end) {
    QString out;
    for (const QStringView *w = begin; w != end; ++w) {
        if (!out.isEmpty())
            out += u' ';
        out += *w;
    }
    return out;
}

QString joinWords(const Words &words) {
    return joinWords(words.cbegin(), words.cend());
}

/** Removes every occurrence of the word sequence @p name from @p words. */
void removeSequence(Words &words, const Words &name) {
    if (name.isEmpty())
        return;
    for (qsizetype i = 0; i + name.size() <= words.size();) {
        if (std::equal(name.cbegin(), name.cend(), words.cbegin() + i))
            words.erase(words.begin() + i, words.begin() + i + name.size());
        else
            ++i;
    }
}

bool isPartSeparator(QChar c) {
    switch (c.unicode()) {
    case u'-':
    case u'/':
    case u'(':
    case u')':
    case u',':
    case u'\u2013':
        return true;
    default:
        return false;
    }
}

void addUnique(QStringList &keys, QString key) {
    if (!key.isEmpty() && !keys.contains(key))
        keys.append(std::move(key));
}

/** A lone word is a key only when it is long enough and not a common word. */
bool usable(const QStringView *begin, const QStringView *end) {
    if (end - begin != 1)
        return end != begin;
    return begin->size() >= 3 && !NameKeys::isStopName(*begin);
}

/** Adds the distinctive keys of one normalised name or part of a name. */
void addDistinctive(QStringList &keys, QStringView normalised, const QStringList &cityNames,
                    bool withoutGenericToo) {
    Words words = splitWords(normalised);
    words.erase(std::remove_if(words.begin(), words.end(), &NameKeys::isGenericWord), words.end());
    if (withoutGenericToo && usable(words.cbegin(), words.cend()))
        addUnique(keys, joinWords(words)); // "london heathrow"
    for (const QString &city : cityNames)
        removeSequence(words, splitWords(city));
    if (!usable(words.cbegin(), words.cend()))
        return;
    addUnique(keys, joinWords(words)); // "heathrow"
    // "john f kennedy" -> "kennedy", "g b pastine" -> "pastine".
    for (qsizetype i = words.size() - 2; i >= 0; --i) {
        if (words.at(i).size() == 1) {
            if (usable(words.cbegin() + i + 1, words.cend()))
                addUnique(keys, joinWords(words.cbegin() + i + 1, words.cend()));
            break;
        }
    }
}

} // namespace

QStringList NameKeys::airportKeys(QStringView name, const QStringList &cityNames) {
    QStringList keys;
    const QString full = GeoDatabase::normalise(name);
    if (full.isEmpty())
        return keys;
    // A name that is one common or generic word ("City", "International") is noise.
    if (full.contains(u' ') || (!isGenericWord(full) && !isStopName(full)))
        keys.append(full);
    addDistinctive(keys, full, cityNames, true);
    // "Leonardo da Vinci-Fiumicino", "Sydney (Kingsford Smith)": each part on its own.
    if (std::none_of(name.cbegin(), name.cend(), isPartSeparator))
        return keys;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && !isPartSeparator(name[i]))
            continue;
        if (i > start)
            addDistinctive(keys, GeoDatabase::normalise(name.sliced(start, i - start)), cityNames,
                           false);
        start = i + 1;
    }
    return keys;
}

QStringList NameKeys::cityKeys(QStringView name) {
    QStringList keys;
    addUnique(keys, GeoDatabase::normalise(name));
    qsizetype cut = name.indexOf(u'(');
    for (const QStringView sep : {QStringView(u" am "), QStringView(u" an der "),
                                  QStringView(u" upon "), QStringView(u"-upon-")}) {
        const qsizetype at = name.indexOf(sep);
        if (at > 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut > 0)
        addUnique(keys, GeoDatabase::normalise(name.left(cut)));
    return keys;
}

QStringList NameKeys::airlineKeys(QStringView name) {
    static const QStringView suffixes[] = {
        u"airlines", u"airline",       u"airways",       u"air lines",
        u"aviation", u"international", u"air transport",
    };
    QStringList keys;
    const QString full = GeoDatabase::normalise(name);
    addUnique(keys, full);
    QStringView key = full;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QStringView suffix : suffixes) {
            if (key.size() > suffix.size() + 1 && key.endsWith(suffix) &&
                key[key.size() - suffix.size() - 1] == u' ') {
                key.chop(suffix.size() + 1);
                stripped = true;
            }
        }
    }
    if (key.contains(u' ') || (key.size() >= 3 && !isStopName(key)))
        addUnique(keys, key.toString());
    return keys;
}

bool NameKeys::isGenericWord(QStringView word) {
    return contains(kGenericWords, word);
}

bool NameKeys::isStopName(QStringView word) {
    return contains(kStopNames, word);
}
