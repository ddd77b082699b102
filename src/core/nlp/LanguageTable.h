// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/** What a word can mean to the parser. A word may have several classes (WordInfo::flags). */
enum class WordClass : int {
    OriginCue,      ///< "from", "leaving": the next place is the origin
    DestinationCue, ///< "to", "into": the next place is the destination
    ViaCue,         ///< "via", "through": the next place is a stop
    ArriveVerb,     ///< "arriving" (+ "in"/"at"): destination
    StopVerb,       ///< "stopping", "layover" (+ "in"/"at"): stop
    Locative,       ///< "in", "at": completes ArriveVerb/StopVerb
    ReturnCue,      ///< "returning", "back": the next date is the return
    DepartCue,      ///< "leaving", "departing", "outbound": the next date is the departure
    RangeCue,       ///< "to", "until", "till", "through": second end of a date range
    RangeStart,     ///< "from", "between": first end of a date range
    Month,          ///< value 1..12
    Weekday,        ///< value 1 (Monday) .. 7
    Cardinal,       ///< "two": value
    Ordinal,        ///< "third": value
    RelativeDay,    ///< "today" 0, "tomorrow" 1
    DayPart,        ///< "morning" 1, "afternoon" 2, "evening" 3, "night" 4, "tonight" 5
    Unit,           ///< "day" 1, "week" 7, "month" 30, "year" 365
    This,           ///< "this", "coming": the coming one, today counts
    Next,           ///< "next": Duckling's next (the one in the next week)
    Weekend,        ///< "weekend"
    TimeBefore,     ///< "before", "by"
    TimeAfter,      ///< "after", "from"
    Meridiem,       ///< "am" 0, "pm" 12
    PriceCue,       ///< "under", "below", "max", "budget"
    Currency,       ///< WordInfo::currency holds the ISO code
    Adult,          ///< "adult", "adults", "people", "passengers"
    Child,          ///< "child", "kids"
    Infant,         ///< "infant", "baby"
    Companion,      ///< "wife", "friend": one more adult after "my"
    ChildCompanion, ///< "son", "daughter": one more child after "my"
    Self,           ///< "me", "i", "myself"
    AirlineCue,     ///< "on", "with", "fly": the next code is an airline
    Greeting,       ///< "hi", "hello"
    Help,           ///< "help"
    Modify,         ///< "change", "instead", "actually"
    SearchWord,     ///< "flight", "book", "find"
    Function,       ///< never a place or airline on its own ("the", "and", "for")
    Common,         ///< a common word: a place only when capitalised or after a role cue
    Count
};

/** Multi-word expressions (and single words whose meaning is a whole slot). */
enum class PhraseKind : int {
    OneWay,
    RoundTrip,
    Nonstop,
    Cabin,            ///< value: CabinClass
    Alone,            ///< one traveller
    Family,           ///< "family of": value filled by the number that follows; "en famille"
                      ///< with no number: two adults unless the adults are said
    Group,            ///< "zu zweit": value people in all
    DayAfterTomorrow, ///< value: days from today
    Greeting,
    Help,
    Modify,
    WeAre, ///< "nous sommes", "somos": the number that follows is how many travel
};

/** One word of a language table. */
struct WordEntry {
    const char16_t *word; ///< normalised (lower case, no accents)
    WordClass cls;
    int value = 0;
    const char16_t *currency = nullptr; ///< for WordClass::Currency
};

/** One phrase of a language table: normalised words separated by single spaces. */
struct PhraseEntry {
    const char16_t *words;
    PhraseKind kind;
    int value = 0;
};

/**
 * The words and phrases one language contributes to the parser. Adding a language is adding a
 * table (see languageTables()), not code.
 */
struct LanguageTable {
    QString code; ///< ISO 639-1
    QList<WordEntry> words;
    QList<PhraseEntry> phrases;
};

/** The English table. */
LanguageTable englishTable();
/** The tables of the other languages (fr, de, es, it, pt): role words and a few basics. */
QList<LanguageTable> europeanTables();
/** Adds the date and time words of fr, de, es, it, pt (EuropeanDateWords.cpp) to @p tables. */
void addEuropeanDateWords(QList<LanguageTable> &tables);
/** Adds the traveller words (companions, the speaker, family and group phrases, "with" before
 * an airline) to @p tables, the fr, de, es, it, pt tables in that order. */
void addEuropeanTravellerWords(QList<LanguageTable> &tables);
/** Adds greetings, thanks, help and change-of-mind words, plural traveller words, stop words,
 * more non-stop, one-way and cabin forms and currency names (EuropeanIntentWords.cpp) to the
 * fr, de, es, it, pt @p tables. */
void addEuropeanIntentWords(QList<LanguageTable> &tables);
