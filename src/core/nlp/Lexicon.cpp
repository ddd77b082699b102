// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/Lexicon.h"

const Lexicon &Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon() {
    add(englishTable(), 0);
    int bit = 1;
    for (const LanguageTable &table : europeanTables())
        add(table, bit++);
}

void Lexicon::add(const LanguageTable &table, int bit) {
    m_languages.append(table.code);
    const quint32 mask = quint32(1) << bit;
    for (const WordEntry &e : table.words) {
        WordInfo &info = m_words[QString::fromUtf16(e.word)];
        const bool had = info.has(e.cls);
        info.flags |= quint64(1) << int(e.cls);
        if (bit == 0)
            info.englishFlags |= quint64(1) << int(e.cls);
        info.langMask |= mask;
        if (!had) // the first table to give a value wins (English first)
            info.values[std::size_t(e.cls)] = qint16(e.value);
        if (e.currency && info.currency.isEmpty())
            info.currency = QString::fromUtf16(e.currency);
    }
    for (const PhraseEntry &e : table.phrases) {
        const QStringList words = QString::fromUtf16(e.words).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        m_phrasesByFirstWord[words.constFirst()].append(Phrase{words, e.kind, e.value, mask});
        // A one-word phrase's word is a word of the language too (for language id).
        m_words[words.constFirst()].langMask |= mask;
    }
}

const WordInfo *Lexicon::word(QStringView norm) const {
    const auto it = m_words.constFind(norm.toString());
    return it == m_words.constEnd() ? nullptr : &*it;
}

int Lexicon::languageBit(QStringView code) const {
    for (int i = 0; i < m_languages.size(); ++i) {
        if (m_languages.at(i) == code)
            return i;
    }
    return -1;
}

std::optional<Lexicon::PhraseMatch> Lexicon::phraseAt(const QList<Token> &tokens, int index) const {
    if (index < 0 || index >= tokens.size() || !tokens.at(index).isWord())
        return std::nullopt;
    const auto it = m_phrasesByFirstWord.constFind(tokens.at(index).norm);
    if (it == m_phrasesByFirstWord.constEnd())
        return std::nullopt;
    std::optional<PhraseMatch> best;
    int bestWords = 0;
    for (const Phrase &p : *it) {
        int t = index + 1;
        int w = 1;
        for (; w < p.words.size(); ++w) {
            // Skip a glued hyphen or apostrophe ("non-stop", "one-way").
            if (t + 1 < tokens.size() && !tokens.at(t).spaceBefore &&
                (tokens.at(t).isSymbol(u'-') || tokens.at(t).isSymbol(u'\'')) &&
                !tokens.at(t + 1).spaceBefore)
                ++t;
            if (t >= tokens.size() || !tokens.at(t).isWord() || tokens.at(t).norm != p.words.at(w))
                break;
            ++t;
        }
        if (w == p.words.size() && w > bestWords) {
            bestWords = w;
            best = PhraseMatch{p.kind, p.value, t - index, p.langMask};
        }
    }
    return best;
}

bool Lexicon::phraseIs(const QList<Token> &tokens, int index, PhraseKind kind, int *length,
                       int *value) const {
    const std::optional<PhraseMatch> m = phraseAt(tokens, index);
    if (!m || m->kind != kind)
        return false;
    if (length)
        *length = m->tokenCount;
    if (value)
        *value = m->value;
    return true;
}
