// SPDX-License-Identifier: GPL-3.0-or-later
// Date and time words of fr, de, es, it, pt (parts of the day, noon and midnight, years),
// kept apart from EuropeanTables.cpp so that each file stays short.
#include "nlp/LanguageTable.h"

void addEuropeanDateWords(QList<LanguageTable> &tables) {
    using C = WordClass;
    for (LanguageTable &t : tables) {
        if (t.code == u"fr") {
            t.words += {
                {u"avant", C::TimeBefore},   {u"apres", C::TimeAfter}, {u"matin", C::DayPart, 1},
                {u"matinee", C::DayPart, 1}, {u"soir", C::DayPart, 3}, {u"soiree", C::DayPart, 3},
                {u"nuit", C::DayPart, 4},    {u"midi", C::DayPart, 6}, {u"minuit", C::DayPart, 7},
                {u"ans", C::Unit, 365},      {u"annee", C::Unit, 365}, {u"annees", C::Unit, 365},
            };
        } else if (t.code == u"de") {
            t.words += {
                {u"bis", C::TimeBefore},
                {u"vor", C::TimeBefore},
                {u"nach", C::TimeAfter},
                {u"ab", C::TimeAfter},
                {u"morgens", C::DayPart, 1},
                {u"vormittag", C::DayPart, 1},
                {u"nachmittag", C::DayPart, 2},
                {u"nachmittags", C::DayPart, 2},
                {u"abend", C::DayPart, 3},
                {u"abends", C::DayPart, 3},
                {u"nacht", C::DayPart, 4},
                {u"mittag", C::DayPart, 6},
                {u"mitternacht", C::DayPart, 7},
                {u"jahr", C::Unit, 365},
                {u"jahre", C::Unit, 365},
                {u"jahren", C::Unit, 365},
                {u"tagen", C::Unit, 1},
                {u"nachstes", C::Next},
                {u"dieses", C::This},
            };
        } else if (t.code == u"es") {
            t.words += {
                {u"antes", C::TimeBefore},    {u"despues", C::TimeAfter},
                {u"tarde", C::DayPart, 2},    {u"noche", C::DayPart, 4},
                {u"mediodia", C::DayPart, 6}, {u"medianoche", C::DayPart, 7},
                {u"ano", C::Unit, 365},       {u"anos", C::Unit, 365},
                {u"mes", C::Unit, 30},        {u"siguiente", C::Next},
            };
        } else if (t.code == u"it") {
            t.words += {
                {u"prima", C::TimeBefore},      {u"entro", C::TimeBefore},
                {u"dopo", C::TimeAfter},        {u"mattina", C::DayPart, 1},
                {u"mattino", C::DayPart, 1},    {u"pomeriggio", C::DayPart, 2},
                {u"sera", C::DayPart, 3},       {u"serata", C::DayPart, 3},
                {u"notte", C::DayPart, 4},      {u"mezzogiorno", C::DayPart, 6},
                {u"mezzanotte", C::DayPart, 7}, {u"anno", C::Unit, 365},
                {u"anni", C::Unit, 365},
            };
        } else if (t.code == u"pt") {
            t.words += {
                {u"antes", C::TimeBefore}, {u"depois", C::TimeAfter},
                {u"manha", C::DayPart, 1}, {u"tarde", C::DayPart, 2},
                {u"noite", C::DayPart, 4}, {u"anteontem", C::RelativeDay, -2},
                {u"ano", C::Unit, 365},    {u"anos", C::Unit, 365},
            };
        }
    }
}
