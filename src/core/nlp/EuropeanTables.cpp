// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/LanguageTable.h"

// The first words of French, German, Spanish, Italian and Portuguese: the role words of places
// and dates and the commonest day words. A later issue fills these tables out.
QList<LanguageTable> europeanTables() {
    using C = WordClass;
    using P = PhraseKind;
    LanguageTable fr;
    fr.code = QStringLiteral("fr");
    fr.words = {
        {u"de", C::OriginCue},
        {u"depuis", C::OriginCue},
        {u"d", C::OriginCue},
        {u"a", C::DestinationCue},
        {u"pour", C::DestinationCue},
        {u"vers", C::DestinationCue},
        {u"via", C::ViaCue},
        {u"par", C::ViaCue},
        {u"retour", C::ReturnCue},
        {u"au", C::RangeCue},
        {u"jusqu", C::RangeCue},
        {u"du", C::RangeStart},
        {u"aujourd", C::RelativeDay, 0},
        {u"demain", C::RelativeDay, 1},
        {u"vol", C::SearchWord},
        {u"vols", C::SearchWord},
        {u"billet", C::SearchWord},
        {u"bonjour", C::Greeting},
        {u"salut", C::Greeting},
        {u"aide", C::Help},
        {u"adultes", C::Adult},
        {u"enfants", C::Child},
        {u"bebe", C::Infant},
        {u"le", C::Function},
        {u"la", C::Function},
        {u"les", C::Function},
        {u"et", C::Function},
        {u"je", C::Function},
        {u"un", C::Function},
        {u"une", C::Function},
        {u"des", C::Function},
        {u"pas", C::Function},
    };
    fr.phrases = {{u"aller simple", P::OneWay},
                  {u"aller retour", P::RoundTrip},
                  {u"sans escale", P::Nonstop},
                  {u"apres demain", P::DayAfterTomorrow, 2}};

    LanguageTable de;
    de.code = QStringLiteral("de");
    de.words = {
        {u"von", C::OriginCue},
        {u"ab", C::OriginCue},
        {u"aus", C::OriginCue},
        {u"nach", C::DestinationCue},
        {u"uber", C::ViaCue},
        {u"zuruck", C::ReturnCue},
        {u"ruckflug", C::ReturnCue},
        {u"bis", C::RangeCue},
        {u"heute", C::RelativeDay, 0},
        {u"morgen", C::RelativeDay, 1},
        {u"ubermorgen", C::RelativeDay, 2},
        {u"flug", C::SearchWord},
        {u"fluge", C::SearchWord},
        {u"hallo", C::Greeting},
        {u"hilfe", C::Help},
        {u"erwachsene", C::Adult},
        {u"kinder", C::Child},
        {u"der", C::Function},
        {u"die", C::Function},
        {u"das", C::Function},
        {u"und", C::Function},
        {u"ich", C::Function},
        {u"ein", C::Function},
        {u"eine", C::Function},
        {u"mit", C::Function},
        {u"am", C::Function},
    };
    de.phrases = {{u"hin und zuruck", P::RoundTrip},
                  {u"nur hinflug", P::OneWay},
                  {u"direktflug", P::Nonstop},
                  {u"ohne umsteigen", P::Nonstop}};

    LanguageTable es;
    es.code = QStringLiteral("es");
    es.words = {
        {u"desde", C::OriginCue},     {u"de", C::OriginCue},          {u"a", C::DestinationCue},
        {u"para", C::DestinationCue}, {u"hacia", C::DestinationCue},  {u"por", C::ViaCue},
        {u"vuelta", C::ReturnCue},    {u"regreso", C::ReturnCue},     {u"hasta", C::RangeCue},
        {u"hoy", C::RelativeDay, 0},  {u"manana", C::RelativeDay, 1}, {u"vuelo", C::SearchWord},
        {u"vuelos", C::SearchWord},   {u"hola", C::Greeting},         {u"ayuda", C::Help},
        {u"adultos", C::Adult},       {u"ninos", C::Child},           {u"el", C::Function},
        {u"los", C::Function},        {u"las", C::Function},          {u"y", C::Function},
        {u"quiero", C::Function},     {u"una", C::Function},          {u"del", C::Function},
    };
    es.phrases = {{u"ida y vuelta", P::RoundTrip},
                  {u"solo ida", P::OneWay},
                  {u"sin escalas", P::Nonstop},
                  {u"pasado manana", P::DayAfterTomorrow, 2}};

    LanguageTable it;
    it.code = QStringLiteral("it");
    it.words = {
        {u"da", C::OriginCue},
        {u"a", C::DestinationCue},
        {u"per", C::DestinationCue},
        {u"ritorno", C::ReturnCue},
        {u"oggi", C::RelativeDay, 0},
        {u"domani", C::RelativeDay, 1},
        {u"dopodomani", C::RelativeDay, 2},
        {u"volo", C::SearchWord},
        {u"voli", C::SearchWord},
        {u"ciao", C::Greeting},
        {u"buongiorno", C::Greeting},
        {u"aiuto", C::Help},
        {u"adulti", C::Adult},
        {u"bambini", C::Child},
        {u"il", C::Function},
        {u"di", C::Function},
        {u"e", C::Function},
        {u"voglio", C::Function},
    };
    it.phrases = {{u"andata e ritorno", P::RoundTrip},
                  {u"solo andata", P::OneWay},
                  {u"senza scali", P::Nonstop}};

    LanguageTable pt;
    pt.code = QStringLiteral("pt");
    pt.words = {
        {u"de", C::OriginCue},          {u"desde", C::OriginCue}, {u"para", C::DestinationCue},
        {u"a", C::DestinationCue},      {u"volta", C::ReturnCue}, {u"hoje", C::RelativeDay, 0},
        {u"amanha", C::RelativeDay, 1}, {u"voo", C::SearchWord},  {u"voos", C::SearchWord},
        {u"ola", C::Greeting},          {u"ajuda", C::Help},      {u"adultos", C::Adult},
        {u"criancas", C::Child},        {u"o", C::Function},      {u"os", C::Function},
        {u"um", C::Function},           {u"uma", C::Function},    {u"do", C::Function},
        {u"da", C::Function},           {u"quero", C::Function},
    };
    pt.phrases = {{u"ida e volta", P::RoundTrip},
                  {u"so ida", P::OneWay},
                  {u"sem escalas", P::Nonstop},
                  {u"depois de amanha", P::DayAfterTomorrow, 2}};

    return {fr, de, es, it, pt};
}
