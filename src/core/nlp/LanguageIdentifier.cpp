// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/LanguageIdentifier.h"

#include "geo/GeoDatabase.h"
#include "nlp/LanguageTable.h"

#include <QFile>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int N = LanguageIdentifier::LanguageCount;
constexpr quint8 AllLanguages = (1 << N) - 1;
constexpr int MaxNgram = 5;
constexpr qsizetype MaxInput = 4096;

/** Weight of a known word (nats added to each of its languages). */
constexpr double WordWeight = 4.0;
/** Weight of a city name in some languages only ("Lisbonne"). */
constexpr double CityWeight = 3.0;
/** Damping of the n-gram log-likelihood: overlapping n-grams are far from independent. */
constexpr double NgramWeight = 0.3;
/** The most one word's letters can weigh between two languages (log-odds). */
constexpr double MaxWordSpelling = 3.5;
/** Cities below this population add no names (small towns' names collide with words). */
constexpr qint64 MinCityPopulation = 30000;
/** Decision: the best language needs this share and this lead over the second. */
constexpr double MinShare = 0.5;
constexpr double MinLead = 0.2;

int languageIndex(QStringView code) {
    const QStringList &langs = LanguageIdentifier::languages();
    for (int i = 0; i < N; ++i)
        if (langs.at(i) == code)
            return i;
    return -1;
}

/** Lower case without accents, like the parser's normalised words; ASCII fast path. */
QString normaliseWord(const QString &lower) {
    bool ascii = true;
    for (QChar c : lower)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        return lower;
    QString n = GeoDatabase::normalise(lower);
    n.remove(u' ');
    return n;
}

bool isLetter(QChar c) {
    return !c.isSurrogate() && (c.isLetter() || c.isMark());
}

} // namespace

const QStringList &LanguageIdentifier::languages() {
    static const QStringList langs = {QStringLiteral("en"), QStringLiteral("fr"),
                                      QStringLiteral("de"), QStringLiteral("es"),
                                      QStringLiteral("it"), QStringLiteral("pt")};
    return langs;
}

const LanguageIdentifier &LanguageIdentifier::instance() {
    static const LanguageIdentifier identifier;
    return identifier;
}

LanguageIdentifier::LanguageIdentifier() {
    loadNgrams();
    loadWords();
}

int LanguageIdentifier::charCode(char16_t c) const {
    return m_alphabet.value(c, 0);
}

void LanguageIdentifier::loadNgrams() {
    QFile file(QStringLiteral(":/booking/data/langid_ngrams.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return; // no table: words only
    struct Row {
        int lang;
        QString gram;
        double count;
    };
    QList<Row> rows;
    std::array<std::array<double, N>, MaxNgram + 1> sums{};
    std::array<std::array<double, N>, MaxNgram + 1> mins{};
    for (auto &m : mins)
        m.fill(0.0);
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) {
            header = false; // column names
            continue;
        }
        const QStringList f = line.split(u'\t');
        if (f.size() != 4)
            continue;
        const int lang = languageIndex(f.at(0));
        const QString &gram = f.at(1);
        const double count = f.at(3).toDouble();
        if (lang < 0 || gram.isEmpty() || gram.size() > MaxNgram || count <= 0)
            continue;
        for (QChar c : gram) {
            if (!m_alphabet.contains(c.unicode()) && m_alphabet.size() < 63)
                m_alphabet.insert(c.unicode(), quint8(m_alphabet.size() + 1));
        }
        const int n = int(gram.size());
        sums[n][lang] += count;
        mins[n][lang] = mins[n][lang] == 0.0 ? count : std::min(mins[n][lang], count);
        rows.append({lang, gram, count});
    }
    // Unseen n-grams of length n: half the rarest listed one of that length.
    for (int n = 1; n <= MaxNgram; ++n) {
        for (int l = 0; l < N; ++l) {
            const double sum = sums[n][l] > 0 ? sums[n][l] : 1.0;
            const double floor = mins[n][l] > 0 ? mins[n][l] * 0.5 : 1.0;
            m_unseen[n][l] = float(std::log(floor / sum));
        }
    }
    for (const Row &r : rows) {
        quint32 key = 0;
        for (QChar c : r.gram)
            key = (key << 6) | quint32(charCode(c.unicode()));
        auto it = m_ngrams.find(key);
        if (it == m_ngrams.end()) {
            std::array<float, N> init{};
            for (int l = 0; l < N; ++l)
                init[l] = m_unseen[r.gram.size()][l];
            it = m_ngrams.insert(key, init);
        }
        (*it)[r.lang] = float(std::log(r.count / sums[r.gram.size()][r.lang]));
    }
}

void LanguageIdentifier::loadWords() {
    // The parser's tables: every word, and every word of a phrase.
    QList<LanguageTable> tables = europeanTables();
    tables.prepend(englishTable());
    for (const LanguageTable &t : tables) {
        const int l = languageIndex(t.code);
        if (l < 0)
            continue;
        for (const WordEntry &e : t.words)
            m_words[QString::fromUtf16(e.word)] |= quint8(1 << l);
        for (const PhraseEntry &e : t.phrases)
            for (const QString &w : QString::fromUtf16(e.words).split(u' ', Qt::SkipEmptyParts))
                m_words[w] |= quint8(1 << l);
    }
    // City names: the languages whose name it is ("lisbonne" fr, "londres" fr/es/pt).
    QHash<QString, quint8> cityMasks;
    QHash<QString, quint8> accented;
    for (const City &city : GeoDatabase::instance().cities()) {
        if (city.population < MinCityPopulation)
            continue;
        for (int l = 0; l < N; ++l) {
            const QString name = GeoDatabase::normalise(city.names[l]);
            if (name.size() >= 3 && name.count(u' ') < 3)
                cityMasks[name] |= quint8(1 << l);
            // With its accents a name may tell more: "milán" is Spanish, "milan" is not.
            const QString lower = city.names[l].toLower();
            if (!lower.contains(u' ') && normaliseWord(lower) != lower)
                accented[lower] |= quint8(1 << l);
        }
    }
    for (auto it = accented.cbegin(); it != accented.cend(); ++it)
        if (!m_words.contains(normaliseWord(it.key())) && it.value() != AllLanguages)
            m_accentedCityNames.insert(it.key(), it.value());
    for (auto it = cityMasks.cbegin(); it != cityMasks.cend(); ++it) {
        if (m_words.contains(it.key()))
            continue; // a word of the tables ("como") keeps its languages
        if (it.value() == AllLanguages)
            m_neutralNames.insert(it.key(), true);
        else
            m_cityNames.insert(it.key(), it.value());
    }
}

bool LanguageIdentifier::addNgrams(const QString &lower, std::array<double, N> &score) const {
    bool found = false;
    // Character n-grams of "_word_".
    const qsizetype len = lower.size();
    QVarLengthArray<int, 64> codes(len + 2);
    codes[0] = charCode(u'_');
    for (qsizetype k = 0; k < len; ++k)
        codes[k + 1] = charCode(lower[k].unicode());
    codes[len + 1] = codes[0];
    const qsizetype padded = len + 2;
    std::array<double, N> ngram{};
    for (qsizetype s = 0; s < padded; ++s) {
        quint32 key = 0;
        for (int n = 1; n <= MaxNgram && s + n <= padded; ++n) {
            const int code = codes[s + n - 1];
            if (code == 0)
                break; // a character no table knows: nothing longer either
            key = (key << 6) | quint32(code);
            if (n == 1 && code == codes[0])
                continue; // the lone "_" says nothing
            const auto it = m_ngrams.constFind(key);
            if (it == m_ngrams.cend())
                continue;
            for (int l = 0; l < N; ++l)
                ngram[l] += (*it)[l];
            found = true;
        }
    }
    // One word's spelling may tell at most MaxWordSpelling between two languages, less than a
    // known word of the lexicon ("under" is English, even if its letters look German).
    double best = -std::numeric_limits<double>::infinity();
    for (int l = 0; l < N; ++l)
        best = std::max(best, NgramWeight * ngram[l]);
    for (int l = 0; l < N; ++l)
        score[l] += std::max(NgramWeight * ngram[l] - best, -MaxWordSpelling);
    return found;
}

namespace {
/** Words every language writes the same way in a flight request: currency codes, "max", "via",
 * "pax". */
bool isInternational(const QString &norm) {
    static const QSet<QString> words = {
        QStringLiteral("eur"),  QStringLiteral("usd"), QStringLiteral("gbp"),
        QStringLiteral("chf"),  QStringLiteral("brl"), QStringLiteral("max"),
        QStringLiteral("maxi"), QStringLiteral("min"), QStringLiteral("via"),
        QStringLiteral("pax"),  QStringLiteral("ok"),  QStringLiteral("vip")};
    return words.contains(norm);
}
} // namespace

LanguageIdentifier::Result LanguageIdentifier::identify(QStringView text) const {
    Result result;
    result.scores.fill(1.0 / N);
    text = text.left(MaxInput);
    const GeoDatabase &geo = GeoDatabase::instance();

    std::array<double, N> score{};
    bool evidence = false;
    auto addMask = [&](quint8 mask, double weight) {
        for (int l = 0; l < N; ++l)
            if (mask & (1 << l))
                score[l] += weight;
        evidence = true;
    };

    struct Word {
        QString lower;
        QString norm;
        bool done = false; ///< part of a name already weighed
        bool capitalised = false;
    };
    QVarLengthArray<Word, 32> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isLetter(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool upper = true;
        while (end < text.size() && isLetter(text[end])) {
            upper = upper && !text[end].isLower();
            ++end;
        }
        const QStringView word = text.mid(i, end - i);
        i = end;
        // IATA codes ("LHR", "AF") are no words of any language.
        if (upper && word.size() == 3 && (geo.airport(word) || geo.city(word)))
            continue;
        if (upper && word.size() == 2 && geo.airline(word))
            continue;
        Word w;
        w.lower = word.toString().toLower();
        w.capitalised = word.front().isUpper();
        w.norm = normaliseWord(w.lower);
        words.append(w);
    }
    // City names of three or two words: "nueva york" (es), "los angeles" (every language).
    for (qsizetype k = 0; k < words.size(); ++k) {
        for (int n = 3; n >= 2; --n) {
            if (k + n > words.size())
                continue;
            QString name = words[k].norm;
            for (int m = 1; m < n; ++m)
                name += u' ' + words[k + m].norm;
            const auto it = m_cityNames.constFind(name);
            const bool neutral = it == m_cityNames.cend() && m_neutralNames.contains(name);
            if (it == m_cityNames.cend() && !neutral)
                continue;
            if (!neutral)
                addMask(*it, CityWeight);
            for (int m = 0; m < n; ++m)
                words[k + m].done = true;
            k += n - 1;
            break;
        }
    }
    for (const Word &w : words) {
        if (w.done)
            continue;
        if (isInternational(w.norm))
            continue; // "EUR", "max": every language writes them so
        if (const auto it = m_words.constFind(w.norm); it != m_words.cend()) {
            addMask(*it, WordWeight);
        } else if (const auto a = m_accentedCityNames.constFind(w.lower);
                   a != m_accentedCityNames.cend()) {
            addMask(*a, CityWeight);
            continue;
        } else if (const auto c = m_cityNames.constFind(w.norm); c != m_cityNames.cend()) {
            addMask(*c, CityWeight);
            continue; // a name is no evidence of spelling habits
        } else if (m_neutralNames.contains(w.norm)) {
            continue; // "Paris", "Berlin": the same in every language
        } else if (w.capitalised && (!geo.airportsByName(w.norm).isEmpty() ||
                                     !geo.airlinesByName(w.norm).isEmpty())) {
            continue; // "Heathrow", "Roissy", "KLM": names, no language's spelling
        }
        if (addNgrams(w.lower, score))
            evidence = true;
    }
    if (!evidence)
        return result;

    const double top = *std::max_element(score.begin(), score.end());
    double sum = 0;
    for (int l = 0; l < N; ++l) {
        result.scores[l] = std::exp(score[l] - top);
        sum += result.scores[l];
    }
    int best = 0;
    for (int l = 0; l < N; ++l) {
        result.scores[l] /= sum;
        if (result.scores[l] > result.scores[best])
            best = l;
    }
    double second = 0;
    for (int l = 0; l < N; ++l)
        if (l != best)
            second = std::max(second, result.scores[l]);
    if (result.scores[best] >= MinShare && result.scores[best] - second >= MinLead) {
        result.language = languages().at(best);
        result.confidence = result.scores[best];
    }
    return result;
}
