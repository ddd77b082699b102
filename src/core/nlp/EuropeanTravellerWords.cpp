// SPDX-License-Identifier: GPL-3.0-or-later
// Traveller words of fr, de, es, it, pt: companions ("ma femme", "meine Frau", "mi mujer"), the
// speaker, family and group phrases, and "with" before an airline, kept apart from
// EuropeanTables.cpp so that each file stays short. Three-letter words that are airport codes
// ("mae", "pai", "ami") are left out.
#include "nlp/LanguageTable.h"

void addEuropeanTravellerWords(QList<LanguageTable> &tables) {
    using C = WordClass;
    using P = PhraseKind;
    for (LanguageTable &t : tables) {
        if (t.code == u"fr") {
            t.words += {
                {u"femme", C::Companion},
                {u"mari", C::Companion},
                {u"epouse", C::Companion},
                {u"epoux", C::Companion},
                {u"copine", C::Companion},
                {u"copain", C::Companion},
                {u"amie", C::Companion},
                {u"compagne", C::Companion},
                {u"compagnon", C::Companion},
                {u"conjoint", C::Companion},
                {u"conjointe", C::Companion},
                {u"mere", C::Companion},
                {u"pere", C::Companion},
                {u"frere", C::Companion},
                {u"soeur", C::Companion},
                {u"collegue", C::Companion},
                {u"fiance", C::Companion},
                {u"fiancee", C::Companion},
                {u"fils", C::ChildCompanion},
                {u"fille", C::ChildCompanion},
                {u"moi", C::Self},
                {u"je", C::Self},
                {u"avec", C::AirlineCue},
            };
            t.phrases += {
                {u"famille de", P::Family}, {u"en famille", P::Family}, {u"famille", P::Family},
                {u"seul", P::Alone},        {u"seule", P::Alone},
            };
        } else if (t.code == u"de") {
            t.words += {
                {u"frau", C::Companion},
                {u"mann", C::Companion},
                {u"ehefrau", C::Companion},
                {u"ehemann", C::Companion},
                {u"freundin", C::Companion},
                {u"freund", C::Companion},
                {u"partnerin", C::Companion},
                {u"mutter", C::Companion},
                {u"vater", C::Companion},
                {u"bruder", C::Companion},
                {u"schwester", C::Companion},
                {u"kollege", C::Companion},
                {u"kollegin", C::Companion},
                {u"verlobten", C::Companion},
                {u"sohn", C::ChildCompanion},
                {u"tochter", C::ChildCompanion},
                {u"ich", C::Self},
                {u"mich", C::Self},
                {u"mit", C::AirlineCue},
            };
            t.phrases += {
                {u"zu zweit", P::Group, 2},  {u"zu dritt", P::Group, 3},
                {u"zu viert", P::Group, 4},  {u"zu funft", P::Group, 5},
                {u"zu sechst", P::Group, 6}, {u"familie", P::Family},
                {u"familie von", P::Family}, {u"mit der familie", P::Family},
                {u"allein", P::Alone},
            };
        } else if (t.code == u"es") {
            t.words += {
                {u"mujer", C::Companion},     {u"esposa", C::Companion},
                {u"esposo", C::Companion},    {u"marido", C::Companion},
                {u"novia", C::Companion},     {u"novio", C::Companion},
                {u"pareja", C::Companion},    {u"amigo", C::Companion},
                {u"amiga", C::Companion},     {u"madre", C::Companion},
                {u"padre", C::Companion},     {u"hermano", C::Companion},
                {u"hermana", C::Companion},   {u"companero", C::Companion},
                {u"companera", C::Companion}, {u"hijo", C::ChildCompanion},
                {u"hija", C::ChildCompanion}, {u"yo", C::Self},
                {u"con", C::AirlineCue},
            };
            t.phrases += {
                {u"familia de", P::Family},
                {u"en familia", P::Family},
                {u"familia", P::Family},
                {u"solo yo", P::Alone},
            };
        } else if (t.code == u"it") {
            t.words += {
                {u"moglie", C::Companion},      {u"marito", C::Companion},
                {u"ragazza", C::Companion},     {u"ragazzo", C::Companion},
                {u"fidanzata", C::Companion},   {u"fidanzato", C::Companion},
                {u"compagna", C::Companion},    {u"compagno", C::Companion},
                {u"amico", C::Companion},       {u"amica", C::Companion},
                {u"madre", C::Companion},       {u"padre", C::Companion},
                {u"fratello", C::Companion},    {u"sorella", C::Companion},
                {u"collega", C::Companion},     {u"figlio", C::ChildCompanion},
                {u"figlia", C::ChildCompanion}, {u"io", C::Self},
                {u"con", C::AirlineCue},
            };
            t.phrases += {
                {u"famiglia di", P::Family}, {u"in famiglia", P::Family}, {u"famiglia", P::Family},
                {u"da solo", P::Alone},      {u"da sola", P::Alone},
            };
        } else if (t.code == u"pt") {
            t.words += {
                {u"mulher", C::Companion},
                {u"esposa", C::Companion},
                {u"esposo", C::Companion},
                {u"marido", C::Companion},
                {u"namorada", C::Companion},
                {u"namorado", C::Companion},
                {u"amigo", C::Companion},
                {u"amiga", C::Companion},
                {u"irmao", C::Companion},
                {u"irma", C::Companion},
                {u"companheira", C::Companion},
                {u"companheiro", C::Companion},
                {u"filho", C::ChildCompanion},
                {u"filha", C::ChildCompanion},
                {u"eu", C::Self},
                {u"com", C::AirlineCue},
            };
            t.phrases += {
                {u"familia de", P::Family}, {u"em familia", P::Family}, {u"familia", P::Family},
                {u"sozinho", P::Alone},     {u"sozinha", P::Alone},
            };
        }
    }
}
