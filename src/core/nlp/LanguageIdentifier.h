// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

/**
 * Tells which of en, fr, de, es, it, pt a short message is written in, or "und".
 *
 * Two kinds of evidence are combined into one score per language:
 *  - character n-grams (1 to 5 letters, "_" marking word edges) scored as naive Bayes
 *    log-probabilities from libexttextcat's fingerprints (resources/data/langid_ngrams.tsv);
 *  - known words, weighted far above the n-grams: the parser's language tables (function words,
 *    weekdays, months, passenger and role words) and city names that differ between languages
 *    ("Lisbonne" is French, "Londres" French, Spanish or Portuguese).
 * City names that are the same in every language ("Paris"), IATA-like upper-case codes, digits,
 * punctuation and symbols carry no evidence. The result is "und" when there is no evidence or
 * the best language does not lead clearly.
 *
 * instance() builds the tables once, thread-safely; identify() is const, allocation-light and
 * safe from any thread.
 */
class LanguageIdentifier {
public:
    static constexpr int LanguageCount = 6;

    /** What identify() found. */
    struct Result {
        QString language = QStringLiteral("und"); ///< ISO 639-1 code or "und"
        double confidence = 0.0; ///< 0..1; the best language's share when not "und", else 0
        /** Per language (order of languages()), normalised to sum 1; all equal without evidence. */
        std::array<double, LanguageCount> scores{};
    };

    static const LanguageIdentifier &instance();

    /** The languages in the order of Result::scores: en, fr, de, es, it, pt. */
    static const QStringList &languages();

    /**
     * The language of @p text. Any input is accepted: empty, huge (only the first 4096 UTF-16
     * code units are read), unpaired surrogates, emoji, other scripts (no evidence: "und").
     */
    Result identify(QStringView text) const;

private:
    LanguageIdentifier();
    void loadNgrams();
    void loadWords();

    /** Adds NgramWeight * log P("_lower_" | language) to @p score; false if no n-gram is known. */
    bool addNgrams(const QString &lower, std::array<double, LanguageCount> &score) const;
    /** Dense code of a lower-case character seen in the n-gram table; 0 when unknown. */
    int charCode(char16_t c) const;

    QHash<char16_t, quint8> m_alphabet;
    /** Key: n-gram packed by its character codes (6 bits each). Value: log P per language. */
    QHash<quint32, std::array<float, LanguageCount>> m_ngrams;
    /** Log P of an n-gram not in a language's table, per n-gram length (1..5) and language. */
    std::array<std::array<float, LanguageCount>, 6> m_unseen{};
    /** Normalised word of the parser's tables -> bit mask of its languages (bit i: languages()[i]).
     */
    QHash<QString, quint8> m_words;
    /** Normalised city name (up to three words) in some languages only -> their bit mask. */
    QHash<QString, quint8> m_cityNames;
    /** Lower-case city name of one word with its accents ("milán") -> languages (bit mask). */
    QHash<QString, quint8> m_accentedCityNames;
    /** Normalised names of places that are the same in every language ("paris"): neutral. */
    QHash<QString, bool> m_neutralNames;
};
