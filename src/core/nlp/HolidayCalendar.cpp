// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/HolidayCalendar.h"

#include "nlp/DateFinder.h"
#include "nlp/ParseContext.h"
#include "nlp/RelativeDateMatcher.h"

#include <QHash>
#include <QStringList>

namespace {

using C = WordClass;

enum class Kind : quint8 { Fixed, Easter, Orthodox, Nth };

/** How to find a holiday in a year. Fixed: month a, day b. Easter/Orthodox: a days after
 * Easter. Nth: the b-th (-1 last) weekday c of month a, plus d days. len: days in all. */
struct Rule {
    Kind kind;
    int a = 0;
    int b = 0;
    int c = 0;
    int d = 0;
    int len = 1;
};

struct Name {
    const char16_t *words; ///< normalised words, single spaces
    Rule rule;
    bool ambiguous = false; ///< also a place name: not after a place cue ("to Natal")
};

Rule fixed(int month, int day) {
    return Rule{Kind::Fixed, month, day};
}
Rule easterDay(int offset, int len = 1) {
    return Rule{Kind::Easter, offset, 0, 0, 0, len};
}
Rule orthodoxDay(int offset, int len = 1) {
    return Rule{Kind::Orthodox, offset, 0, 0, 0, len};
}
Rule nth(int month, int n, int weekday, int plus = 0) {
    return Rule{Kind::Nth, month, n, weekday, plus};
}

// clang-format off
const Name kNames[] = {
    // Christmas, its eve, Boxing Day
    {u"christmas", fixed(12, 25)}, {u"christmas day", fixed(12, 25)}, {u"xmas", fixed(12, 25)},
    {u"xmas day", fixed(12, 25)}, {u"noel", fixed(12, 25)}, {u"jour de noel", fixed(12, 25)},
    {u"weihnachten", fixed(12, 25)}, {u"weihnachtstag", fixed(12, 25)},
    {u"erster weihnachtstag", fixed(12, 25)}, {u"navidad", fixed(12, 25)},
    {u"dia de navidad", fixed(12, 25)}, {u"natale", fixed(12, 25)},
    {u"giorno di natale", fixed(12, 25)}, {u"natal", fixed(12, 25), true},
    {u"dia de natal", fixed(12, 25)},
    {u"christmas eve", fixed(12, 24)}, {u"xmas eve", fixed(12, 24)},
    {u"veille de noel", fixed(12, 24)}, {u"reveillon de noel", fixed(12, 24)},
    {u"heiligabend", fixed(12, 24)}, {u"heiliger abend", fixed(12, 24)},
    {u"nochebuena", fixed(12, 24)}, {u"vigilia di natale", fixed(12, 24)},
    {u"vigilia", fixed(12, 24)}, {u"vespera de natal", fixed(12, 24)},
    {u"vespera do natal", fixed(12, 24)}, {u"consoada", fixed(12, 24)},
    {u"boxing day", fixed(12, 26)}, {u"zweiter weihnachtstag", fixed(12, 26)},
    {u"stephanstag", fixed(12, 26)}, {u"santo stefano", fixed(12, 26)},
    {u"saint etienne", fixed(12, 26), true},
    // New Year
    {u"new year s eve", fixed(12, 31)}, {u"new years eve", fixed(12, 31)},
    {u"new year eve", fixed(12, 31)}, {u"saint sylvestre", fixed(12, 31)},
    {u"la saint sylvestre", fixed(12, 31)}, {u"silvester", fixed(12, 31)},
    {u"nochevieja", fixed(12, 31)}, {u"noche vieja", fixed(12, 31)},
    {u"san silvestro", fixed(12, 31)}, {u"vespera de ano novo", fixed(12, 31)},
    {u"new year s day", fixed(1, 1)}, {u"new years day", fixed(1, 1)},
    {u"new year day", fixed(1, 1)}, {u"new year", fixed(1, 1)}, {u"new years", fixed(1, 1)},
    {u"jour de l an", fixed(1, 1)}, {u"nouvel an", fixed(1, 1)},
    {u"jour du nouvel an", fixed(1, 1)}, {u"neujahr", fixed(1, 1)},
    {u"neujahrstag", fixed(1, 1)}, {u"ano nuevo", fixed(1, 1)},
    {u"dia de ano nuevo", fixed(1, 1)}, {u"capodanno", fixed(1, 1)},
    {u"ano novo", fixed(1, 1)}, {u"dia de ano novo", fixed(1, 1)},
    {u"reveillon", fixed(1, 1)},
    // Epiphany, Valentine's, St Patrick's, St Joseph's, All Saints, All Souls...
    {u"epiphany", fixed(1, 6)}, {u"epiphanie", fixed(1, 6)}, {u"dreikonigstag", fixed(1, 6)},
    {u"heilige drei konige", fixed(1, 6)}, {u"dia de reyes", fixed(1, 6)},
    {u"reyes magos", fixed(1, 6)}, {u"epifania", fixed(1, 6)}, {u"befana", fixed(1, 6)},
    {u"dia de reis", fixed(1, 6)},
    {u"valentine s day", fixed(2, 14)}, {u"valentines day", fixed(2, 14)},
    {u"valentine day", fixed(2, 14)}, {u"saint valentin", fixed(2, 14)},
    {u"la saint valentin", fixed(2, 14)}, {u"valentinstag", fixed(2, 14)},
    {u"san valentin", fixed(2, 14)}, {u"dia de san valentin", fixed(2, 14)},
    {u"san valentino", fixed(2, 14)}, {u"festa di san valentino", fixed(2, 14)},
    {u"dia de sao valentim", fixed(2, 14)},
    {u"st patrick s day", fixed(3, 17)}, {u"st patricks day", fixed(3, 17)},
    {u"saint patrick s day", fixed(3, 17)}, {u"saint patricks day", fixed(3, 17)},
    {u"st paddy s day", fixed(3, 17)}, {u"saint paddy s day", fixed(3, 17)},
    {u"st patrick", fixed(3, 17)}, {u"saint patrick", fixed(3, 17)},
    {u"festa del papa", fixed(3, 19)}, {u"festa di san giuseppe", fixed(3, 19)},
    {u"san giuseppe", fixed(3, 19)}, {u"dia del padre", fixed(3, 19)},
    {u"dia do pai", fixed(3, 19)},
    {u"april fools day", fixed(4, 1)}, {u"april fool s day", fixed(4, 1)},
    {u"dia de los inocentes de abril", fixed(4, 1)}, {u"dia de las bromas de abril", fixed(4, 1)},
    {u"dia de las bromas", fixed(4, 1)}, {u"poisson d avril", fixed(4, 1)},
    {u"pesce d aprile", fixed(4, 1)}, {u"dia das mentiras", fixed(4, 1)},
    {u"dia de los inocentes", fixed(4, 1)},
    {u"festa della liberazione", fixed(4, 25)}, {u"anniversario della liberazione", fixed(4, 25)},
    {u"dia da liberdade", fixed(4, 25)},
    {u"koningsdag", fixed(4, 27)}, {u"king s day", fixed(4, 27)}, {u"kings day", fixed(4, 27)},
    {u"konigstag", fixed(4, 27)},
    {u"fete du travail", fixed(5, 1)}, {u"tag der arbeit", fixed(5, 1)},
    {u"dia del trabajo", fixed(5, 1)}, {u"dia del trabajador", fixed(5, 1)},
    {u"dia de los trabajadores", fixed(5, 1)}, {u"festa del lavoro", fixed(5, 1)},
    {u"festa dei lavoratori", fixed(5, 1)}, {u"giorno dei lavoratori", fixed(5, 1)},
    {u"dia do trabalho", fixed(5, 1)}, {u"dia do trabalhador", fixed(5, 1)},
    {u"may day", fixed(5, 1)}, {u"labour day", fixed(5, 1)},
    {u"festa della repubblica", fixed(6, 2)}, {u"repubblica", fixed(6, 2), true},
    {u"dia de portugal", fixed(6, 10)},
    {u"independence day", fixed(7, 4)}, {u"fourth of july", fixed(7, 4)},
    {u"fete nationale", fixed(7, 14)}, {u"bastille day", fixed(7, 14)},
    {u"assumption", fixed(8, 15)}, {u"assomption", fixed(8, 15)},
    {u"maria himmelfahrt", fixed(8, 15)}, {u"mariae himmelfahrt", fixed(8, 15)},
    {u"ferragosto", fixed(8, 15)}, {u"asuncion", fixed(8, 15)}, {u"assuncao", fixed(8, 15)},
    {u"tag der deutschen einheit", fixed(10, 3)}, {u"dia de la hispanidad", fixed(10, 12)},
    {u"fiesta nacional de espana", fixed(10, 12)},
    {u"boss s day", fixed(10, 16)}, {u"bosses day", fixed(10, 16)}, {u"boss day", fixed(10, 16)},
    {u"halloween", fixed(10, 31)},
    {u"all saints day", fixed(11, 1)}, {u"all saints", fixed(11, 1)},
    {u"toussaint", fixed(11, 1)}, {u"la toussaint", fixed(11, 1)},
    {u"allerheiligen", fixed(11, 1)}, {u"todos los santos", fixed(11, 1)},
    {u"dia de todos los santos", fixed(11, 1)}, {u"ognissanti", fixed(11, 1)},
    {u"dia de todos os santos", fixed(11, 1)}, {u"world vegan day", fixed(11, 1)},
    {u"all souls day", fixed(11, 2)}, {u"giorno dei morti", fixed(11, 2)},
    {u"commemorazione dei defunti", fixed(11, 2)}, {u"dia de finados", fixed(11, 2)},
    {u"dia de muertos", fixed(11, 2)}, {u"dia de los muertos", fixed(11, 2)},
    {u"allerseelen", fixed(11, 2)},
    {u"armistice", fixed(11, 11)}, {u"armistice day", fixed(11, 11)},
    {u"veterans day", fixed(11, 11)}, {u"remembrance day", fixed(11, 11)},
    {u"nikolaus", fixed(12, 6)}, {u"nikolaustag", fixed(12, 6)}, {u"saint nicolas", fixed(12, 6)},
    {u"immacolata", fixed(12, 8)}, {u"immacolata concezione", fixed(12, 8)},
    {u"festa dell immacolata", fixed(12, 8)}, {u"inmaculada concepcion", fixed(12, 8)},
    {u"dia de la inmaculada", fixed(12, 8)},
    // Easter and the days counted from it
    {u"easter", easterDay(0)}, {u"easter sunday", easterDay(0)}, {u"easter day", easterDay(0)},
    {u"paques", easterDay(0)}, {u"dimanche de paques", easterDay(0)},
    {u"ostern", easterDay(0)}, {u"ostersonntag", easterDay(0)}, {u"pascua", easterDay(0)},
    {u"domingo de pascua", easterDay(0)}, {u"domingo de resurreccion", easterDay(0)},
    {u"pasqua", easterDay(0)}, {u"domenica di pasqua", easterDay(0)},
    {u"pascoa", easterDay(0)}, {u"domingo de pascoa", easterDay(0)},
    {u"easter monday", easterDay(1)}, {u"lundi de paques", easterDay(1)},
    {u"ostermontag", easterDay(1)}, {u"lunes de pascua", easterDay(1)},
    {u"pasquetta", easterDay(1)}, {u"lunedi dell angelo", easterDay(1)},
    {u"lunedi di pasqua", easterDay(1)}, {u"segunda feira de pascoa", easterDay(1)},
    {u"good friday", easterDay(-2)}, {u"holy friday", easterDay(-2)},
    {u"vendredi saint", easterDay(-2)}, {u"karfreitag", easterDay(-2)},
    {u"viernes santo", easterDay(-2)}, {u"venerdi santo", easterDay(-2)},
    {u"sexta feira santa", easterDay(-2)}, {u"sexta santa", easterDay(-2)},
    {u"holy saturday", easterDay(-1)}, {u"easter saturday", easterDay(-1)},
    {u"samedi saint", easterDay(-1)}, {u"karsamstag", easterDay(-1)},
    {u"karsonnabend", easterDay(-1)}, {u"stiller samstag", easterDay(-1)},
    {u"sabado santo", easterDay(-1)}, {u"sabato santo", easterDay(-1)},
    {u"sabado de aleluia", easterDay(-1)},
    {u"maundy thursday", easterDay(-3)}, {u"holy thursday", easterDay(-3)},
    {u"covenant thursday", easterDay(-3)}, {u"covenant thu", easterDay(-3)},
    {u"thursday of mysteries", easterDay(-3)}, {u"thu of mysteries", easterDay(-3)},
    {u"jeudi saint", easterDay(-3)}, {u"grundonnerstag", easterDay(-3)},
    {u"hoher donnerstag", easterDay(-3)}, {u"heiliger donnerstag", easterDay(-3)},
    {u"weisser donnerstag", easterDay(-3)}, {u"palmdonnerstag", easterDay(-3)},
    {u"jueves santo", easterDay(-3)}, {u"giovedi santo", easterDay(-3)},
    {u"quinta feira santa", easterDay(-3)},
    {u"palm sunday", easterDay(-7)}, {u"dimanche des rameaux", easterDay(-7)},
    {u"rameaux", easterDay(-7)}, {u"palmsonntag", easterDay(-7)},
    {u"domingo de ramos", easterDay(-7)}, {u"domenica delle palme", easterDay(-7)},
    {u"holy week", easterDay(-7, 7)}, {u"semaine sainte", easterDay(-7, 7)},
    {u"karwoche", easterDay(-7, 7)}, {u"semana santa", easterDay(-7, 7)},
    {u"settimana santa", easterDay(-7, 7)},
    {u"ash wednesday", easterDay(-46)}, {u"mercredi des cendres", easterDay(-46)},
    {u"aschermittwoch", easterDay(-46)}, {u"miercoles de ceniza", easterDay(-46)},
    {u"mercoledi delle ceneri", easterDay(-46)}, {u"quarta feira de cinzas", easterDay(-46)},
    {u"lent", easterDay(-46, 46)}, {u"careme", easterDay(-46, 46)},
    {u"fastenzeit", easterDay(-46, 46)}, {u"cuaresma", easterDay(-46, 46)},
    {u"quaresima", easterDay(-46, 46)}, {u"quaresma", easterDay(-46, 46)},
    {u"shrove tuesday", easterDay(-47)}, {u"pancake day", easterDay(-47)},
    {u"mardi gras", easterDay(-47)}, {u"fastnacht", easterDay(-47)},
    {u"fastnachtsdienstag", easterDay(-47)}, {u"faschingsdienstag", easterDay(-47)},
    {u"martes de carnaval", easterDay(-47)}, {u"martedi grasso", easterDay(-47)},
    {u"terca feira de carnaval", easterDay(-47)}, {u"carnaval", easterDay(-47)},
    {u"carnevale", easterDay(-47)},
    {u"ascension", easterDay(39), true}, {u"ascension day", easterDay(39)},
    {u"jeudi de l ascension", easterDay(39)}, {u"himmelfahrt", easterDay(39)},
    {u"christi himmelfahrt", easterDay(39)}, {u"himmelfahrtstag", easterDay(39)},
    {u"ascensione", easterDay(39)}, {u"ascensao", easterDay(39)},
    {u"pentecost", easterDay(49)}, {u"whitsun", easterDay(49)}, {u"whit sunday", easterDay(49)},
    {u"pentecote", easterDay(49)}, {u"pfingsten", easterDay(49)},
    {u"pfingstsonntag", easterDay(49)}, {u"pentecostes", easterDay(49)},
    {u"pentecoste", easterDay(49)},
    {u"whit monday", easterDay(50)}, {u"pentecost monday", easterDay(50)},
    {u"monday of the holy spirit", easterDay(50)}, {u"lundi de pentecote", easterDay(50)},
    {u"pfingstmontag", easterDay(50)}, {u"pentecost montag", easterDay(50)},
    {u"lunes de pentecostes", easterDay(50)}, {u"lunedi di pentecoste", easterDay(50)},
    {u"trinity sunday", easterDay(56)}, {u"corpus christi", easterDay(60)},
    {u"fronleichnam", easterDay(60)}, {u"fete dieu", easterDay(60)},
    {u"mothering sunday", easterDay(-21)},
    // Orthodox Easter
    {u"orthodox easter", orthodoxDay(0)}, {u"orthodox easter sunday", orthodoxDay(0)},
    {u"orthodoxer ostersonntag", orthodoxDay(0)}, {u"orthodoxes ostern", orthodoxDay(0)},
    {u"paques orthodoxe", orthodoxDay(0)}, {u"pascua ortodoxa", orthodoxDay(0)},
    {u"pasqua ortodossa", orthodoxDay(0)}, {u"pascoa ortodoxa", orthodoxDay(0)},
    {u"orthodox good friday", orthodoxDay(-2)}, {u"orthodoxer karfreitag", orthodoxDay(-2)},
    {u"clean monday", orthodoxDay(-48)}, {u"orthodox shrove monday", orthodoxDay(-48)},
    {u"ash monday", orthodoxDay(-48)}, {u"aschermontag", orthodoxDay(-48)},
    {u"reiner montag", orthodoxDay(-48)}, {u"sauberer montag", orthodoxDay(-48)},
    {u"great fast", orthodoxDay(-48, 40)}, {u"great lent", orthodoxDay(-48, 40)},
    // nth weekdays of a month
    {u"thanksgiving", nth(11, 4, 4)}, {u"thanksgiving day", nth(11, 4, 4)},
    {u"black friday", nth(11, 4, 4, 1)}, {u"cyber monday", nth(11, 4, 4, 4)},
    {u"martin luther king day", nth(1, 3, 1)}, {u"martin luther king jr day", nth(1, 3, 1)},
    {u"mlk day", nth(1, 3, 1)}, {u"mlk jr day", nth(1, 3, 1)},
    {u"presidents day", nth(2, 3, 1)}, {u"president s day", nth(2, 3, 1)},
    {u"memorial day", nth(5, -1, 1)}, {u"labor day", nth(9, 1, 1)},
    {u"columbus day", nth(10, 2, 1)},
    {u"august bank holiday", nth(8, -1, 1)}, {u"summer bank holiday", nth(8, -1, 1)},
    {u"late summer bank holiday", nth(8, -1, 1)}, {u"spring bank holiday", nth(5, -1, 1)},
    {u"early may bank holiday", nth(5, 1, 1)},
    {u"father s day", nth(6, 3, 7)}, {u"fathers day", nth(6, 3, 7)},
    {u"fete des peres", nth(6, 3, 7)}, {u"vatertag", nth(6, 3, 7)},
    {u"dia dos pais", nth(8, 2, 7)},
    {u"mother s day", easterDay(-21)}, {u"mothers day", easterDay(-21)},
    {u"fete des meres", nth(5, -1, 7)}, {u"muttertag", nth(5, 2, 7)},
    {u"dia de la madre", nth(5, 1, 7)}, {u"festa della mamma", nth(5, 2, 7)},
    {u"dia das maes", nth(5, 2, 7)},
};
// clang-format on

struct Entry {
    QStringList words;
    Rule rule;
    bool ambiguous;
};

/** Names by first word, longest first. */
const QHash<QString, QList<Entry>> &index() {
    static const QHash<QString, QList<Entry>> table = [] {
        QHash<QString, QList<Entry>> t;
        for (const Name &n : kNames) {
            const QStringList words = QString::fromUtf16(n.words).split(u' ');
            t[words.constFirst()].append(Entry{words, n.rule, n.ambiguous});
        }
        for (auto it = t.begin(); it != t.end(); ++it)
            std::stable_sort(it->begin(), it->end(), [](const Entry &a, const Entry &b) {
                return a.words.size() > b.words.size();
            });
        return t;
    }();
    return table;
}

/** The first day of @p rule in @p year. */
QDate resolve(const Rule &r, int year) {
    switch (r.kind) {
    case Kind::Fixed:
        return QDate(year, r.a, r.b);
    case Kind::Easter:
        return HolidayCalendar::easter(year).addDays(r.a);
    case Kind::Orthodox:
        return HolidayCalendar::orthodoxEaster(year).addDays(r.a);
    case Kind::Nth:
        return HolidayCalendar::nthWeekday(year, r.a, r.c, r.b).addDays(r.d);
    }
    return QDate();
}

/** Tokens @p k.. spell @p words (glued apostrophes, hyphens and dots between them skipped);
 * @p last gets the last token. */
bool spells(const ParseContext &c, int k, const QStringList &words, int *last) {
    for (int w = 0; w < words.size(); ++w) {
        if (w > 0) {
            while (c.valid(k) && c.glued(k) &&
                   (c.isSymbol(k, u'\'') || c.isSymbol(k, u'-') || c.isSymbol(k, u'.') ||
                    c.isSymbol(k, u'\u2019')))
                ++k;
        }
        if (!c.isFree(k) || !c.is(k, words.at(w)))
            return false;
        *last = k;
        ++k;
    }
    return true;
}

} // namespace

QDate HolidayCalendar::easter(int y) {
    const int a = y % 19;
    const int b = y / 100;
    const int c = y % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(y, month, day);
}

QDate HolidayCalendar::orthodoxEaster(int y) {
    const int a = y % 4;
    const int b = y % 7;
    const int c = y % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    const int day = (d + e + 114) % 31 + 1;
    // Julian to Gregorian: 13 days in 1900..2099
    return QDate(y, month, day).addDays(13);
}

QDate HolidayCalendar::nthWeekday(int year, int month, int weekday, int n) {
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QDate();
    if (n < 0) {
        const QDate last = first.addMonths(1).addDays(-1);
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate d = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
    return d.month() == month ? d : QDate();
}

bool HolidayCalendar::match(const ParseContext &c, int i, DateMention &m) {
    const int start = i;
    const auto &table = index();
    const auto nameAt = [&c, &table](int j) {
        return c.isFree(j) && c.tokens.at(j).isWord() ? table.constFind(c.tokens.at(j).norm)
                                                      : table.cend();
    };
    int k = i;
    auto it = nameAt(k);
    enum { Coming, Last } mode = Coming;
    if (it == table.cend()) { // "last Easter", "next Christmas", "this Thanksgiving"
        if (!c.valid(i + 1) || !c.tokens.at(i).isWord())
            return false;
        it = nameAt(i + 1);
        if (it == table.cend())
            return false;
        if (RelativeDateMatcher::isLast(c, i))
            mode = Last;
        else if (!(c.isFree(i) && (c.has(i, C::Next) || c.has(i, C::This))))
            return false;
        k = i + 1;
    }
    for (const Entry &e : *it) {
        int last = k;
        if (!spells(c, k, e.words, &last))
            continue;
        if (e.ambiguous && k == i &&
            (c.has(i - 1, C::DestinationCue) || c.has(i - 1, C::OriginCue) ||
             c.has(i - 1, C::ViaCue)) &&
            !c.is(i - 1, u"de") && !c.is(i - 1, u"a") && !c.is(i - 1, u"di"))
            return false;
        // an optional year: "Easter 2014", "Noël 2013", "Pâques de 2015", "del 2019"
        int year = 0;
        int end = last;
        int y = last + 1;
        if (c.isSymbol(y, u',') || c.is(y, u"de") || c.is(y, u"del") || c.is(y, u"in") ||
            c.is(y, u"of") || c.is(y, u"im") || c.is(y, u"en"))
            ++y;
        if (c.isFree(y) && c.tokens.at(y).isNumber() && c.tokens.at(y).norm.size() == 4 &&
            c.tokens.at(y).number >= 1900 && c.tokens.at(y).number <= 2099) {
            year = int(c.tokens.at(y).number);
            end = y;
        }
        const QDate today = c.today;
        QDate d;
        if (year) {
            d = resolve(e.rule, year);
        } else if (mode == Last) {
            d = resolve(e.rule, today.year());
            if (!d.isValid() || d >= today)
                d = resolve(e.rule, today.year() - 1);
        } else {
            d = resolve(e.rule, today.year());
            if (!d.isValid() || d.addDays(e.rule.len - 1) < today)
                d = resolve(e.rule, today.year() + 1);
        }
        if (!d.isValid())
            return false;
        m.spec.date = d;
        if (e.rule.len > 1)
            m.spec.dateTo = d.addDays(e.rule.len - 1);
        m.explicitYear = year != 0;
        m.firstToken = start;
        m.lastToken = end;
        return true;
    }
    return false;
}
