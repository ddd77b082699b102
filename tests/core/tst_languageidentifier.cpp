// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/LanguageIdentifier.h"
#include "nlp/RequestParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <numeric>

namespace {

enum class Kind { Sentence, Word, Und };

struct Row {
    const char *text;
    const char *language;
};

// Short flight requests, written for this test: accents or not, lower case, typos.
const Row sentences[] = {
    // en
    {"I need a flight from London to New York tomorrow", "en"},
    {"book me 2 tickets to Lisbon next friday", "en"},
    {"cheapest flight to rome in march please", "en"},
    {"flights from berlin to madrid on the 12th", "en"},
    {"can you find a return flight to Tokyo", "en"},
    {"one way to Paris for two adults", "en"},
    {"i want to fly to chicago next week", "en"},
    {"business class from Frankfurt to Singapore", "en"},
    {"nonstop flights to Boston on monday morning", "en"},
    {"we are 3 adults and a child going to Milan", "en"},
    {"show me flights under 300 euros", "en"},
    {"any direct flight to barcelona this weekend?", "en"},
    {"looking for a flight to dublin in august", "en"},
    {"hi, i'd like to go to Athens", "en"},
    {"leaving from manchester on the 3rd of july", "en"},
    {"fligt to amsterdam tomorow", "en"},
    {"return trip to Munich, back on sunday", "en"},
    {"what is the cheapest day to fly to Nice", "en"},
    {"economy tickets for me and my wife", "en"},
    {"change the date to next tuesday", "en"},
    // fr
    {"je veux un vol pour Lisbonne demain", "fr"},
    {"un billet aller simple de Paris à Londres", "fr"},
    {"vol pas cher pour Rome en mars", "fr"},
    {"je cherche un vol de Lyon vers Berlin le 12 juin", "fr"},
    {"deux adultes et un enfant pour Barcelone", "fr"},
    {"aller-retour Paris New York la semaine prochaine", "fr"},
    {"bonjour, je voudrais partir à Madrid vendredi", "fr"},
    {"vol direct pour Montréal samedi matin", "fr"},
    {"je pars de Marseille lundi et je reviens jeudi", "fr"},
    {"un vol en classe affaires pour Tokyo", "fr"},
    {"billets moins de 200 euros pour Nice", "fr"},
    {"quel est le vol le moins cher pour Athènes", "fr"},
    {"je voudrais aller a geneve ce weekend", "fr"},
    {"vols pour Londres en aout", "fr"},
    {"partir de Bordeaux le 3 juillet avec ma femme", "fr"},
    {"retour le dimanche suivant s'il vous plait", "fr"},
    {"vol sans escale vers Venise", "fr"},
    {"trouve moi un vol pour dublin demain soir", "fr"},
    {"nous sommes quatre personnes pour Munich", "fr"},
    {"je veut un vole pour lisbone", "fr"},
    // de
    {"ich brauche einen Flug nach Lissabon morgen", "de"},
    {"Flug von München nach Berlin am Freitag", "de"},
    {"2 Erwachsene und ein Kind nach Rom", "de"},
    {"günstiger Flug nach London im März", "de"},
    {"Hin- und Rückflug nach New York nächste Woche", "de"},
    {"nur Hinflug von Hamburg nach Wien", "de"},
    {"ich möchte am Montag nach Paris fliegen", "de"},
    {"Direktflug nach Mailand am Samstag", "de"},
    {"wir sind drei Personen, Abflug Frankfurt", "de"},
    {"Business Class nach Singapur bitte", "de"},
    {"Flüge unter 300 Euro nach Barcelona", "de"},
    {"guten Tag, ich suche einen Flug nach Zürich", "de"},
    {"flug nach venedig am wochenende", "de"},
    {"ab Köln am 3. Juli, zurück am Sonntag", "de"},
    {"mit meiner Frau nach Athen im August", "de"},
    {"billigster flug nach kopenhagen", "de"},
    {"Rückflug am Dienstag abend", "de"},
    {"ich will morgen früh nach Genf", "de"},
    {"fluge nach dublin fur zwei erwachsene", "de"},
    {"einfach nach Lissabon, ohne Umsteigen", "de"},
    // es
    {"quiero un vuelo a Lisboa mañana", "es"},
    {"vuelo de Madrid a Londres el viernes", "es"},
    {"dos adultos y un niño a Roma", "es"},
    {"vuelo barato a Paris en marzo", "es"},
    {"ida y vuelta a Nueva York la semana que viene", "es"},
    {"solo ida de Barcelona a Berlín", "es"},
    {"hola, quisiera volar a Munich el lunes", "es"},
    {"vuelo directo a Milán el sábado por la mañana", "es"},
    {"somos tres personas saliendo de Sevilla", "es"},
    {"clase business a Tokio por favor", "es"},
    {"vuelos por menos de 300 euros a Amsterdam", "es"},
    {"busco un vuelo para Dublín", "es"},
    {"vuelo a londres este fin de semana", "es"},
    {"salgo de Valencia el 3 de julio y vuelvo el domingo", "es"},
    {"con mi esposa a Atenas en agosto", "es"},
    {"el vuelo mas barato a Ginebra", "es"},
    {"regreso el martes por la noche", "es"},
    {"necesito viajar mañana temprano a Bogotá", "es"},
    {"quero un buelo a mexico manana", "es"},
    {"vuelo sin escalas a Frankfurt", "es"},
    // it
    {"vorrei un volo per Lisbona domani", "it"},
    {"volo da Milano a Londra venerdì", "it"},
    {"due adulti e un bambino per Parigi", "it"},
    {"volo economico per Roma a marzo", "it"},
    {"andata e ritorno per New York la settimana prossima", "it"},
    {"solo andata da Napoli a Berlino", "it"},
    {"ciao, voglio andare a Monaco lunedì", "it"},
    {"volo diretto per Barcellona sabato mattina", "it"},
    {"siamo tre persone in partenza da Torino", "it"},
    {"classe business per Tokyo per favore", "it"},
    {"voli sotto i 300 euro per Amsterdam", "it"},
    {"cerco un volo per Dublino", "it"},
    {"volo per londra questo fine settimana", "it"},
    {"parto da Venezia il 3 luglio e torno domenica", "it"},
    {"con mia moglie ad Atene ad agosto", "it"},
    {"il volo piu economico per Ginevra", "it"},
    {"ritorno martedì sera", "it"},
    {"devo partire domani mattina per Madrid", "it"},
    {"voglio un vollo per parigi domani", "it"},
    {"volo senza scalo per Francoforte", "it"},
    // pt
    {"quero um voo para Lisboa amanhã", "pt"},
    {"voo de São Paulo para Londres na sexta-feira", "pt"},
    {"dois adultos e uma criança para Roma", "pt"},
    {"voo barato para Paris em março", "pt"},
    {"ida e volta para Nova Iorque na próxima semana", "pt"},
    {"só ida do Porto para Berlim", "pt"},
    {"olá, gostaria de viajar para Munique na segunda", "pt"},
    {"voo direto para Milão no sábado de manhã", "pt"},
    {"somos três pessoas saindo do Rio de Janeiro", "pt"},
    {"classe executiva para Tóquio por favor", "pt"},
    {"voos abaixo de 300 euros para Amesterdão", "pt"},
    {"procuro um voo para Dublin", "pt"},
    {"voo para londres neste fim de semana", "pt"},
    {"saio de Faro dia 3 de julho e volto no domingo", "pt"},
    {"com a minha esposa para Atenas em agosto", "pt"},
    {"o voo mais barato para Genebra", "pt"},
    {"regresso na terça à noite", "pt"},
    {"preciso de um voo amanha cedo para Madrid", "pt"},
    {"quero um vou para lisboa amanha", "pt"},
    {"voo sem escalas para Frankfurt", "pt"},
};

// Single words, and two-word fragments like the "Lisbonne demain", "2 Erwachsene".
const Row words[] = {
    {"tomorrow", "en"},
    {"Lisbon", "en"},
    {"adults", "en"},
    {"Thursday", "en"},
    {"flight", "en"},
    {"return", "en"},
    {"demain", "fr"},
    {"Lisbonne", "fr"},
    {"adultes", "fr"},
    {"jeudi", "fr"},
    {"aujourd'hui", "fr"},
    {"Londres", "und"},
    {"morgen", "de"},
    {"Lissabon", "de"},
    {"Erwachsene", "de"},
    {"Donnerstag", "de"},
    {"Flug", "de"},
    {"München", "de"},
    {"mañana", "es"},
    {"jueves", "es"},
    {"adultos", "und"},
    {"vuelo", "es"},
    {"Nueva York", "es"},
    {"domani", "it"},
    {"giovedì", "it"},
    {"adulti", "it"},
    {"Lisbona", "it"},
    {"volo", "it"},
    {"Parigi", "it"},
    {"amanhã", "pt"},
    {"quinta-feira", "pt"},
    {"voo", "pt"},
    {"Londra", "it"},
    {"Munique", "pt"},
    {"Mailand", "de"},
    {"Milán", "es"},
    {"Venise", "fr"},
    {"Venedig", "de"},
    {"Venecia", "es"},
    {"Veneza", "pt"},
    {"2 Erwachsene", "de"},
    {"Lisbonne demain", "fr"},
    // More words, chosen without looking at the tables.
    {"Friday", "en"},
    {"children", "en"},
    {"tickets", "en"},
    {"cheapest", "en"},
    {"vendredi", "fr"},
    {"enfants", "fr"},
    {"billet", "fr"},
    {"janvier", "fr"},
    {"aéroport", "fr"},
    {"Freitag", "de"},
    {"Kinder", "de"},
    {"Januar", "de"},
    {"Rückflug", "de"},
    {"Flughafen", "de"},
    {"viernes", "es"},
    {"niños", "es"},
    {"billete", "es"},
    {"enero", "es"},
    {"aeropuerto", "es"},
    {"venerdì", "it"},
    {"bambini", "it"},
    {"biglietto", "it"},
    {"gennaio", "it"},
    {"aeroporto", "und"},
    {"sexta-feira", "pt"},
    {"crianças", "pt"},
    {"bilhete", "pt"},
    {"janeiro", "pt"},
    {"Lissabon morgen", "de"},
    {"mañana Lisboa", "es"},
    {"domani Londra", "it"},
    {"amanhã Londres", "pt"},
    {"tomorrow London", "en"},
    {"2 adultes", "fr"},
    {"2 adulti", "it"},
    {"3 passengers", "en"},
    {"Genf", "de"},
    {"Ginevra", "it"},
};

// Nothing to go on, or honestly ambiguous.
const Row unds[] = {
    {"Paris", "und"},
    {"LHR-JFK", "und"},
    {"2", "und"},
    {"LHR JFK 2", "und"},
    {"Berlin", "und"},
    {"12/03", "und"},
    {"AF 1234", "und"},
    {"👍", "und"},
    {"✈️ 🙂", "und"},
    {"", "und"},
    {"   ", "und"},
    {"€300", "und"},
    {"Madrid", "und"},
    {"JFK", "und"},
    {"Тест", "und"},
    {"مرحبا بكم", "und"},
    {"שלום", "und"},
    {"北京", "und"},
    {"?!", "und"},
    // Mixed or shared by several languages.
    {"Londres Madrid", "und"},
    {"vuelo voo", "und"},
    {"bonjour hello", "und"},
    {"New York", "und"},
    {"Rio de Janeiro", "und"},
    {"Buenos Aires", "und"},
    {"São Paulo", "und"},
    {"2026-12-04", "und"},
};

constexpr double SentenceFloor = 0.96;
constexpr double WordFloor = 0.80;
constexpr double SgdEnglishFloor = 0.95;

} // namespace

class TestLanguageIdentifier : public QObject {
    Q_OBJECT

private slots:
    void identify_data();
    void identify();
    void accuracy();
    void sgdEnglish();
    void scoresAreADistribution();
    void badInput();
    void parserUsesIt();
};

void TestLanguageIdentifier::identify_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    auto add = [](const char *kind, const Row &r) {
        QTest::addRow("%s: %s", kind, r.text)
            << QString::fromUtf8(r.text) << QString::fromUtf8(r.language);
    };
    for (const Row &r : sentences)
        add("sentence", r);
    for (const Row &r : words)
        add("word", r);
    for (const Row &r : unds)
        add("und", r);
}

void TestLanguageIdentifier::identify() {
    QFETCH(QString, text);
    QFETCH(QString, language);
    const LanguageIdentifier::Result r = LanguageIdentifier::instance().identify(text);
    if (language != u"und" && r.language != language) {
        // A miss on a sentence or word is measured by accuracy(); here it may only be "und" or
        // a guess without conviction, never a confidently wrong language.
        QVERIFY2(r.language == u"und" || r.confidence < 0.9,
                 qPrintable(QStringLiteral("got %1 (%2)").arg(r.language).arg(r.confidence)));
        return;
    }
    QCOMPARE(r.language, language);
    if (language == u"und")
        QCOMPARE(r.confidence, 0.0);
    else
        QVERIFY(r.confidence > 0.5);
}

void TestLanguageIdentifier::accuracy() {
    const LanguageIdentifier &id = LanguageIdentifier::instance();
    auto measure = [&](const auto &rows, const char *what) {
        int right = 0;
        int total = 0;
        for (const Row &r : rows) {
            ++total;
            const QString got = id.identify(QString::fromUtf8(r.text)).language;
            if (got == QLatin1String(r.language))
                ++right;
            else
                qInfo("  %s: \"%s\" -> %s (expected %s)", what, r.text, qPrintable(got),
                      r.language);
        }
        const double share = double(right) / double(total);
        qInfo("%s accuracy: %d/%d = %.3f", what, right, total, share);
        return share;
    };
    const double s = measure(sentences, "sentence");
    const double w = measure(words, "single-word");
    QVERIFY2(s >= SentenceFloor, "sentence accuracy below the floor");
    QVERIFY2(w >= WordFloor, "single-word accuracy below the floor");
}

void TestLanguageIdentifier::sgdEnglish() {
    QFile file(QStringLiteral(BOOKING_SHARED_DIR "/nlp-dev/sgd_flights_dev_user_turns.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("no ../shared/nlp-dev/sgd_flights_dev_user_turns.jsonl");
    int english = 0;
    int total = 0;
    QHash<QString, int> others;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QString text = o.value(QStringLiteral("utterance")).toString();
        if (text.isEmpty())
            continue;
        ++total;
        const QString got = LanguageIdentifier::instance().identify(text).language;
        if (got == u"en")
            ++english;
        else
            ++others[got];
    }
    QVERIFY(total > 100);
    const double share = double(english) / double(total);
    qInfo("SGD flight user turns recognised as en: %d/%d = %.3f (und: %d)", english, total, share,
          others.value(QStringLiteral("und")));
    QVERIFY2(share >= SgdEnglishFloor, "SGD English share below the floor");
}

void TestLanguageIdentifier::scoresAreADistribution() {
    for (const char *text : {"vuelo a Lisboa", "", "Paris", "flight to rome tomorrow"}) {
        const LanguageIdentifier::Result r =
            LanguageIdentifier::instance().identify(QString::fromUtf8(text));
        const double sum = std::accumulate(r.scores.begin(), r.scores.end(), 0.0);
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        for (double s : r.scores)
            QVERIFY(s >= 0.0 && s <= 1.0);
        QVERIFY(r.confidence >= 0.0 && r.confidence <= 1.0);
    }
    QCOMPARE(LanguageIdentifier::languages().size(), LanguageIdentifier::LanguageCount);
}

void TestLanguageIdentifier::badInput() {
    const LanguageIdentifier &id = LanguageIdentifier::instance();
    // 100 KB of French: only the start is read, the answer is still French.
    QString big;
    while (big.size() < 100 * 1024)
        big += QStringLiteral("je voudrais un vol pour Lisbonne demain matin. ");
    QCOMPARE(id.identify(big).language, QStringLiteral("fr"));
    // 100 KB of digits and symbols: no evidence.
    QCOMPARE(id.identify(QString(100 * 1024, u'7')).language, QStringLiteral("und"));
    // Unpaired surrogates around real words.
    QString broken = QStringLiteral("vuelo a Lisboa ma\u00f1ana");
    broken.prepend(QChar(0xD800));
    broken.append(QChar(0xDC00));
    broken.insert(6, QChar(0xDBFF));
    QCOMPARE(id.identify(broken).language, QStringLiteral("es"));
    QCOMPARE(id.identify(QString(3, QChar(0xDC00))).language, QStringLiteral("und"));
    // NUL bytes, control characters, right-to-left marks around a German request.
    QString rtl = QStringLiteral("\u202Eflug nach Lissabon morgen\u202C");
    rtl.append(QChar(0));
    QCOMPARE(id.identify(rtl).language, QStringLiteral("de"));
    // A null view.
    QCOMPARE(id.identify(QStringView()).language, QStringLiteral("und"));
}

void TestLanguageIdentifier::parserUsesIt() {
    const RequestParser parser;
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    const TravelRequest pt = parser.parse(u"quero um voo para Lisboa amanh\u00e3", now);
    QCOMPARE(pt.language, QStringLiteral("pt"));
    QVERIFY(pt.languageConfidence > 0.5);
    const TravelRequest de = parser.parse(u"2 Erwachsene nach Lissabon", now, u"auto");
    QCOMPARE(de.language, QStringLiteral("de"));
    const TravelRequest codes = parser.parse(u"LHR JFK 2", now);
    QCOMPARE(codes.language, QStringLiteral("und"));
    QCOMPARE(codes.languageConfidence, 0.0);
    // An explicit language is kept as given.
    const TravelRequest forced = parser.parse(u"quero um voo para Lisboa", now, u"it");
    QCOMPARE(forced.language, QStringLiteral("it"));
    QCOMPARE(forced.languageConfidence, 1.0);
    // The identifier is stateless: the same text gives the same scores.
    const QString text = QStringLiteral("vuelo a Lisboa");
    QCOMPARE(LanguageIdentifier::instance().identify(text).scores,
             LanguageIdentifier::instance().identify(text).scores);
}

QTEST_GUILESS_MAIN(TestLanguageIdentifier)
#include "tst_languageidentifier.moc"
