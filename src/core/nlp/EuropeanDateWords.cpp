// SPDX-License-Identifier: GPL-3.0-or-later
// Date and time words of fr, de, es, it, pt (parts of the day, noon and midnight, years),
// kept apart from EuropeanTables.cpp so that each file stays short.
#include "nlp/LanguageTable.h"

#include <QStringList>

namespace {

/** Number words 10..31 and day ordinals of one language, written out in full: "once" and
 * "dieci" read as 11 and 10 only next to a month or a clock cue (the finders decide). */
struct NumberWords {
    const char16_t *code;
    const char16_t *cardinals; ///< space-separated words for 10, 11, ... 31 ("-" for none)
    const char16_t *ordinals;  ///< space-separated "word=value" pairs
};

// clang-format off
const NumberWords kNumbers[] = {
    {u"fr", u"dix onze douze treize quatorze quinze seize - - - vingt - - - - - - - - - trente",
     u"premier=1 premiere=1 deuxieme=2 second=2 troisieme=3 quatrieme=4 cinquieme=5 "
     u"sixieme=6 septieme=7 huitieme=8 neuvieme=9 dixieme=10"},
    {u"de", u"zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn "
     u"zwanzig einundzwanzig zweiundzwanzig dreiundzwanzig vierundzwanzig funfundzwanzig "
     u"sechsundzwanzig siebenundzwanzig achtundzwanzig neunundzwanzig dreissig einunddreissig",
     u"erster=1 ersten=1 erste=1 zweiter=2 zweiten=2 dritter=3 dritten=3 vierter=4 vierten=4 "
     u"funfter=5 funften=5 sechster=6 sechsten=6 siebter=7 siebten=7 achter=8 achten=8 "
     u"neunter=9 neunten=9 zehnter=10 zehnten=10 elfter=11 zwolfter=12 dreizehnter=13 "
     u"vierzehnter=14 funfzehnter=15 sechzehnter=16 siebzehnter=17 achtzehnter=18 "
     u"neunzehnter=19 zwanzigster=20 zwanzigsten=20 einundzwanzigster=21 dreissigster=30 "
     u"dreissigsten=30 einunddreissigster=31"},
    {u"es", u"diez - doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte "
     u"veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete "
     u"veintiocho veintinueve treinta treintaiuno",
     u"primero=1 primer=1 segundo=2 tercero=3 tercer=3 cuarto=4 quinto=5"},
    {u"it", u"dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
     u"diciannove venti ventuno ventidue ventitre ventiquattro venticinque ventisei ventisette "
     u"ventotto ventinove trenta trentuno",
     u"primo=1 terzo=3 quarto=4 quinto=5"},
    {u"pt", u"dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte - - - "
     u"- - - - - - trinta",
     u"primeiro=1 primeira=1 terceiro=3 quarto=4 quinto=5"},
};
// clang-format on

/** Keeps the words of the generated entries alive (WordEntry holds plain pointers). */
QStringList &storage() {
    static QStringList words;
    return words;
}

void addNumberWords(LanguageTable &t) {
    using C = WordClass;
    for (const NumberWords &n : kNumbers) {
        if (t.code != QStringView(n.code))
            continue;
        QStringList &keep = storage();
        const QStringList cardinals = QString::fromUtf16(n.cardinals).split(u' ');
        for (int k = 0; k < cardinals.size(); ++k) {
            if (cardinals.at(k) == u"-")
                continue;
            keep.append(cardinals.at(k));
            t.words += WordEntry{reinterpret_cast<const char16_t *>(keep.constLast().utf16()),
                                 C::Cardinal, 10 + k};
        }
        for (const QString &pair : QString::fromUtf16(n.ordinals).split(u' ')) {
            const int eq = int(pair.indexOf(u'='));
            keep.append(pair.left(eq));
            t.words += WordEntry{reinterpret_cast<const char16_t *>(keep.constLast().utf16()),
                                 C::Ordinal, pair.mid(eq + 1).toInt()};
        }
    }
}

} // namespace

void addEuropeanDateWords(QList<LanguageTable> &tables) {
    using C = WordClass;
    // Weekday abbreviations: DateFinder reads a short weekday only when capitalised, dotted
    // ("lun."), or before a day number ("gio 15").
    struct Abbreviations {
        const char16_t *code;
        const char16_t *words[7];
    };
    static const Abbreviations abbreviations[] = {
        {u"fr", {u"lun", nullptr, u"mer", u"jeu", u"ven", u"sam", u"dim"}},
        {u"es", {u"lun", nullptr, u"mie", u"jue", u"vie", u"sab", u"dom"}},
        {u"it", {u"lun", nullptr, u"mer", u"gio", u"ven", u"sab", u"dom"}},
        {u"pt", {u"seg", u"ter", u"qua", u"qui", u"sex", u"sab", u"dom"}},
    };
    for (LanguageTable &t : tables) {
        for (const Abbreviations &a : abbreviations) {
            if (t.code != QStringView(a.code))
                continue;
            for (int d = 0; d < 7; ++d) {
                if (a.words[d])
                    t.words += WordEntry{a.words[d], C::Weekday, d + 1};
            }
        }
        addNumberWords(t);
        if (t.code == u"fr") {
            t.words += {
                {u"quarante", C::Cardinal, 40}, {u"cinquante", C::Cardinal, 50},
                {u"avant", C::TimeBefore},      {u"apres", C::TimeAfter},
                {u"matin", C::DayPart, 1},      {u"matinee", C::DayPart, 1},
                {u"soir", C::DayPart, 3},       {u"soiree", C::DayPart, 3},
                {u"nuit", C::DayPart, 4},       {u"midi", C::DayPart, 6},
                {u"minuit", C::DayPart, 7},     {u"ans", C::Unit, 365},
                {u"annee", C::Unit, 365},       {u"annees", C::Unit, 365},
            };
        } else if (t.code == u"de") {
            t.words += {
                {u"bis", C::TimeBefore},         {u"vor", C::TimeBefore},
                {u"nach", C::TimeAfter},         {u"ab", C::TimeAfter},
                {u"morgens", C::DayPart, 1},     {u"vormittag", C::DayPart, 1},
                {u"nachmittag", C::DayPart, 2},  {u"nachmittags", C::DayPart, 2},
                {u"abend", C::DayPart, 3},       {u"abends", C::DayPart, 3},
                {u"nacht", C::DayPart, 4},       {u"mittag", C::DayPart, 6},
                {u"mitternacht", C::DayPart, 7}, {u"jahr", C::Unit, 365},
                {u"jahre", C::Unit, 365},        {u"jahren", C::Unit, 365},
                {u"monate", C::Unit, 30},        {u"monaten", C::Unit, 30},
                {u"tagen", C::Unit, 1},          {u"nachstes", C::Next},
                {u"einer", C::Cardinal, 1},      {u"dieses", C::This},
                {u"wochenende", C::Weekend},     {u"vierzig", C::Cardinal, 40},
                {u"funfzig", C::Cardinal, 50},
            };
        } else if (t.code == u"es") {
            t.words += {
                {u"antes", C::TimeBefore},       {u"despues", C::TimeAfter},
                {u"tarde", C::DayPart, 2},       {u"noche", C::DayPart, 4},
                {u"mediodia", C::DayPart, 6},    {u"medianoche", C::DayPart, 7},
                {u"ano", C::Unit, 365},          {u"anos", C::Unit, 365},
                {u"mes", C::Unit, 30},           {u"siguiente", C::Next},
                {u"meses", C::Unit, 30},         {u"cuarenta", C::Cardinal, 40},
                {u"cincuenta", C::Cardinal, 50}, {u"once", C::Cardinal, 11},
            };
        } else if (t.code == u"it") {
            t.words += {
                {u"prima", C::TimeBefore},      {u"entro", C::TimeBefore},
                {u"dopo", C::TimeAfter},        {u"mattina", C::DayPart, 1},
                {u"mattino", C::DayPart, 1},    {u"pomeriggio", C::DayPart, 2},
                {u"sera", C::DayPart, 3},       {u"serata", C::DayPart, 3},
                {u"notte", C::DayPart, 4},      {u"mezzogiorno", C::DayPart, 6},
                {u"mezzanotte", C::DayPart, 7}, {u"anno", C::Unit, 365},
                {u"mesi", C::Unit, 30},         {u"anni", C::Unit, 365},
                {u"quaranta", C::Cardinal, 40}, {u"cinquanta", C::Cardinal, 50},
                {u"finesettimana", C::Weekend}, {u"mattinata", C::DayPart, 1},
                {u"nottata", C::DayPart, 4},    {u"stasera", C::RelativeDay, 0},
                {u"stasera", C::DayPart, 3},    {u"domattina", C::RelativeDay, 1},
                {u"domattina", C::DayPart, 1},
            };
        } else if (t.code == u"pt") {
            t.words += {
                {u"antes", C::TimeBefore},       {u"depois", C::TimeAfter},
                {u"manha", C::DayPart, 1},       {u"tarde", C::DayPart, 2},
                {u"noite", C::DayPart, 4},       {u"anteontem", C::RelativeDay, -2},
                {u"ano", C::Unit, 365},          {u"anos", C::Unit, 365},
                {u"meses", C::Unit, 30},         {u"quarenta", C::Cardinal, 40},
                {u"cinquenta", C::Cardinal, 50},
            };
        }
    }
}
