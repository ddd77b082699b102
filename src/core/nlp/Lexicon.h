// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/LanguageTable.h"
#include "nlp/Token.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

/** Everything the lexicon knows of one normalised word, merged over all language tables. */
struct WordInfo {
    quint64 flags = 0;        ///< bit (1 << WordClass) per class the word has, in any language
    quint64 englishFlags = 0; ///< the classes the English table gives the word
    quint32 langMask = 0;     ///< bit per language table (Lexicon::languageCode) using the word
    std::array<qint16, int(WordClass::Count)> values{};
    QString currency; ///< ISO 4217 code of a Currency word

    bool has(WordClass c) const { return flags & (quint64(1) << int(c)); }
    /** In English text an English word means only what English says ("a" is no "to"). */
    bool has(WordClass c, bool english) const {
        return (english && (langMask & 1) ? englishFlags : flags) & (quint64(1) << int(c));
    }
    int value(WordClass c) const { return values[std::size_t(c)]; }
};

/**
 * The word tables of every language, merged and indexed once (instance() is thread-safe and
 * the lookups are const). Words and phrases are matched on normalised token forms.
 */
class Lexicon {
public:
    /** A phrase found at a token: what it means and how many tokens it covers. */
    struct PhraseMatch {
        PhraseKind kind;
        int value = 0;
        int tokenCount = 0; ///< tokens covered, glued hyphens and apostrophes included
        quint32 langMask = 0;
    };

    static const Lexicon &instance();

    /** What @p norm (a normalised word) means, or nullptr. */
    const WordInfo *word(QStringView norm) const;
    /** The longest phrase starting at @p tokens[@p index], if any; glued '-' and '\'' between
     * its words are skipped ("non-stop" matches "non stop"). */
    std::optional<PhraseMatch> phraseAt(const QList<Token> &tokens, int index) const;
    /** True when @p tokens[@p index] starts a phrase of @p kind; @p length gets its tokens. */
    bool phraseIs(const QList<Token> &tokens, int index, PhraseKind kind, int *length = nullptr,
                  int *value = nullptr) const;

    /** ISO code of the language of bit @p bit of WordInfo::langMask. */
    QString languageCode(int bit) const { return m_languages.value(bit); }
    /** The bit of language @p code, or -1. */
    int languageBit(QStringView code) const;
    int languageCount() const { return int(m_languages.size()); }

private:
    Lexicon();
    void add(const LanguageTable &table, int bit);

    struct Phrase {
        QStringList words;
        PhraseKind kind;
        int value;
        quint32 langMask;
    };
    QHash<QString, WordInfo> m_words;
    QHash<QString, QList<Phrase>> m_phrasesByFirstWord;
    QStringList m_languages;
};
