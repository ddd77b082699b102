// SPDX-License-Identifier: GPL-3.0-or-later
// The NLP benchmark of issue 3, in one run on one thread:
//  - RequestParser::parse (language + every slot) per message: median and p95, overall and per
//    language (DESIGN section 6: median under 50 us);
//  - LanguageIdentifier::identify and DateExpressionFinder::find alone;
//  - the time of one message repeated to 1 KB, 10 KB and 100 KB (linear at most);
//  - the peers python3-dateparser (search_dates) and python3-langdetect (detect) on the same
//    messages (bench/peers/nlp_peers.py), as ratios, and language-id accuracy beside langdetect's.
// Options: --rounds N (our rounds, default 20), --peer-rounds N (default 3), --no-peers.
#include "nlp/DateExpressionFinder.h"
#include "nlp/LanguageIdentifier.h"
#include "nlp/RequestParser.h"
#include "support/BenchMessages.h"
#include "support/NlpPeers.h"
#include "support/TimingStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

using Call = std::function<int(const BenchMessage &)>;

volatile int g_sink = 0; // keeps the timed calls from being optimised away

/** Per-message timings of @p call (microseconds), one list per message, after a warm-up. */
QList<QList<double>> timeEach(const QList<BenchMessage> &messages, int rounds, const Call &call,
                              int *found = nullptr) {
    int hits = 0;
    for (const BenchMessage &m : messages)
        hits += call(m) > 0 ? 1 : 0;
    if (found)
        *found = hits;
    QList<QList<double>> micros(messages.size());
    QElapsedTimer timer;
    for (int r = 0; r < rounds; ++r) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            timer.start();
            const int result = call(messages.at(i));
            micros[i].append(double(timer.nsecsElapsed()) / 1000.0);
            g_sink = g_sink + result;
        }
    }
    return micros;
}

/** The pooled statistics of the messages in @p lang ("" = all). */
TimingStats statsFor(const QList<BenchMessage> &messages, const QList<QList<double>> &micros,
                     const QString &lang = QString()) {
    QList<double> pooled;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (lang.isEmpty() || messages.at(i).language == lang)
            pooled += micros.at(i);
    }
    return TimingStats::of(pooled);
}

void printRow(const char *label, const TimingStats &s, const QString &extra = QString()) {
    std::printf("  %-44s %9.1f %9.1f %9.1f %s\n", label, s.median, s.p95, s.max, qPrintable(extra));
}

void printHeader(const char *title) {
    std::printf("\n%s\n  %-44s %9s %9s %9s\n", title, "", "median", "p95", "max");
}

void printCounts(const QList<BenchMessage> &messages) {
    std::printf("bench_parser: %lld messages:", static_cast<long long>(messages.size()));
    for (const QString &lang : BenchMessages::languages(messages)) {
        const auto n = std::count_if(messages.cbegin(), messages.cend(),
                                     [&](const BenchMessage &m) { return m.language == lang; });
        std::printf(" %s %lld", qPrintable(lang), static_cast<long long>(n));
    }
    const auto sgd = std::count_if(messages.cbegin(), messages.cend(), [](const BenchMessage &m) {
        return m.source == QLatin1String("sgd");
    });
    std::printf(" (en includes %lld SGD corpus turns)\n", static_cast<long long>(sgd));
}

/** Fraction of @p messages (of @p lang, "" = all; of @p source, "" = all) labelled right. */
QString accuracy(const QList<BenchMessage> &messages, const QStringList &labels,
                 const QString &lang, bool corpus) {
    int total = 0;
    int right = 0;
    for (qsizetype i = 0; i < messages.size() && i < labels.size(); ++i) {
        const BenchMessage &m = messages.at(i);
        if ((m.source == QLatin1String("sgd")) != corpus || (!lang.isEmpty() && m.language != lang))
            continue;
        ++total;
        right += labels.at(i) == m.language ? 1 : 0;
    }
    if (total == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1% (%2/%3)")
        .arg(100.0 * right / total, 0, 'f', 1)
        .arg(right)
        .arg(total);
}

struct OurFigures {
    TimingStats parse, identify, findLang, findAuto;
    int foundLang = 0, foundAuto = 0;
    QStringList labels; ///< our language per message
};

OurFigures measureOurs(const QList<BenchMessage> &messages, const QDateTime &now, int rounds) {
    const RequestParser parser; // loads the tables once
    const LanguageIdentifier &langid = LanguageIdentifier::instance();
    OurFigures ours;
    const auto parseMicros = timeEach(messages, rounds, [&](const BenchMessage &m) {
        return parser.parse(m.text, now).isEmpty() ? 0 : 1;
    });
    ours.parse = statsFor(messages, parseMicros);
    printHeader("RequestParser::parse(text, now) [language auto + every slot], us per message");
    printRow("all (budget: median < 50 us)", ours.parse);
    for (const QString &lang : BenchMessages::languages(messages))
        printRow(qPrintable(lang), statsFor(messages, parseMicros, lang));

    ours.identify = statsFor(messages, timeEach(messages, rounds, [&](const BenchMessage &m) {
                                 return int(langid.identify(m.text).language.size());
                             }));
    for (const BenchMessage &m : messages)
        ours.labels.append(langid.identify(m.text).language);
    ours.findLang = statsFor(
        messages, timeEach(
                      messages, rounds,
                      [&](const BenchMessage &m) {
                          return int(DateExpressionFinder::find(m.text, now, m.language).size());
                      },
                      &ours.foundLang));
    ours.findAuto =
        statsFor(messages, timeEach(
                               messages, rounds,
                               [&](const BenchMessage &m) {
                                   return int(DateExpressionFinder::find(m.text, now).size());
                               },
                               &ours.foundAuto));
    printHeader("Parts alone, us per message");
    printRow("LanguageIdentifier::identify", ours.identify);
    printRow("DateExpressionFinder::find(lang = label)", ours.findLang);
    printRow("DateExpressionFinder::find(lang = auto)", ours.findAuto);
    return ours;
}

/** Median time of @p runs parses of @p text, in microseconds. */
double medianParse(const RequestParser &parser, const QString &text, const QDateTime &now,
                   int runs) {
    QList<double> micros;
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const TravelRequest request = parser.parse(text, now);
        micros.append(double(timer.nsecsElapsed()) / 1000.0);
        g_sink = g_sink + (request.isEmpty() ? 0 : 1);
    }
    return TimingStats::of(micros).median;
}

QString repeatedTo(const QString &unit, int size) {
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    text.truncate(size);
    return text;
}

void printLinearity(const QDateTime &now) {
    const RequestParser parser;
    std::printf("\nLinearity: RequestParser::parse of one long line (median of runs; the parser "
                "reads slots from the first 2000 code units)\n");
    const QList<QPair<const char *, QString>> units = {
        {"message repeated",
         QStringLiteral("Paris to Lisbon next Friday, 2 adults, back on Sunday. ")},
        {"one word, no spaces", QStringLiteral("x")},
        {"digits and dots", QStringLiteral("12.")},
    };
    std::printf("  %-22s %12.1f us (empty line)\n", "", medianParse(parser, QString(), now, 101));
    for (const auto &unit : units) {
        double previous = 0.0;
        std::printf("  %-22s", unit.first);
        for (const int size : {1024, 10 * 1024, 100 * 1024}) {
            const double us =
                medianParse(parser, repeatedTo(unit.second, size), now, size > 50'000 ? 11 : 31);
            std::printf("  %3d KB %9.1f us", size / 1024, us);
            if (previous > 0.0)
                std::printf(" (x%.2f)", us / previous);
            previous = us;
        }
        std::printf("\n");
    }
}

QString ratio(const QJsonObject &peer, double ours) {
    const double median = peer.value(QStringLiteral("median_us")).toDouble();
    return ours > 0.0 ? QStringLiteral("%1x").arg(median / ours, 0, 'f', 1) : QStringLiteral("-");
}

void printPeerRow(const char *label, const QJsonObject &peer, const QString &extra) {
    TimingStats s;
    s.median = peer.value(QStringLiteral("median_us")).toDouble();
    s.p95 = peer.value(QStringLiteral("p95_us")).toDouble();
    s.max = peer.value(QStringLiteral("max_us")).toDouble();
    printRow(label, s, extra);
}

void printMissing(const QStringList &missing) {
    std::printf("  not measured: %s missing; install with: tools/install-deps.sh "
                "--with-bench-peers (or: sudo apt-get install %s)\n",
                qPrintable(missing.join(QStringLiteral(", "))), qPrintable(missing.join(u' ')));
}

void printPeers(const QList<BenchMessage> &messages, const OurFigures &ours, int rounds) {
    std::printf("\nPeers on the same %lld messages (bench/peers/nlp_peers.py) ...\n",
                static_cast<long long>(messages.size()));
    std::fflush(stdout);
    const NlpPeers::Report report = NlpPeers::run(messages, rounds);
    const QJsonObject &json = report.json;
    if (!report.interpreter.isEmpty())
        std::printf("  python: %s %s, dateparser %s, langdetect %s\n",
                    qPrintable(report.interpreter),
                    qPrintable(json.value(QStringLiteral("python")).toString()),
                    qPrintable(json.value(QStringLiteral("versions"))[u"dateparser"].toString(
                        QStringLiteral("(none)"))),
                    qPrintable(json.value(QStringLiteral("versions"))[u"langdetect"].toString(
                        QStringLiteral("(none)"))));
    if (!report.missing.isEmpty())
        printMissing(report.missing);
    if (!report.error.isEmpty()) {
        std::printf("  peers failed: %s\n", qPrintable(report.error));
        return;
    }
    const auto found = [](const QJsonObject &o) {
        return QStringLiteral(", %1 with a date").arg(o.value(QStringLiteral("found")).toInt());
    };
    if (!json.contains(QStringLiteral("dateparser_lang")) &&
        !json.contains(QStringLiteral("langdetect")))
        return; // our own figures above stand alone
    printHeader("Peers, us per message (ratio = peer median / ours)");
    if (json.contains(QStringLiteral("dateparser_lang"))) {
        const QJsonObject lang = json.value(QStringLiteral("dateparser_lang")).toObject();
        const QJsonObject autoLang = json.value(QStringLiteral("dateparser_auto")).toObject();
        printPeerRow("dateparser search_dates(languages=[lang])", lang,
                     ratio(lang, ours.findLang.median) + QStringLiteral(" vs find(lang)") +
                         found(lang) + QStringLiteral(" (ours %1)").arg(ours.foundLang));
        printPeerRow("dateparser search_dates (auto language)", autoLang,
                     ratio(autoLang, ours.findAuto.median) + QStringLiteral(" vs find(auto), ") +
                         ratio(autoLang, ours.parse.median) + QStringLiteral(" vs parse") +
                         found(autoLang) + QStringLiteral(" (ours %1)").arg(ours.foundAuto));
    }
    if (json.contains(QStringLiteral("langdetect"))) {
        const QJsonObject detect = json.value(QStringLiteral("langdetect")).toObject();
        printPeerRow("langdetect detect (seed 0)", detect,
                     ratio(detect, ours.identify.median) + QStringLiteral(" vs identify, ") +
                         ratio(detect, ours.parse.median) + QStringLiteral(" vs parse"));
        QStringList peerLabels;
        for (const QJsonValue &v : json.value(QStringLiteral("langdetect_labels")).toArray())
            peerLabels.append(v.toString());
        std::printf("\nLanguage-id accuracy on the labelled messages (\"und\" counts as wrong)\n"
                    "  %-24s %-22s %-22s\n",
                    "", "LanguageIdentifier", "langdetect");
        const auto line = [&](const QString &name, const QString &lang, bool corpus) {
            std::printf("  %-24s %-22s %-22s\n", qPrintable(name),
                        qPrintable(accuracy(messages, ours.labels, lang, corpus)),
                        qPrintable(accuracy(messages, peerLabels, lang, corpus)));
        };
        line(QStringLiteral("written messages, all"), QString(), false);
        for (const QString &lang : BenchMessages::languages(messages))
            line(QStringLiteral("  ") + lang, lang, false);
        line(QStringLiteral("SGD English turns"), QString(), true);
    }
}

int intOption(const QStringList &args, const QString &name, int fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = intOption(args, QStringLiteral("--rounds"), 20);
    const int peerRounds = intOption(args, QStringLiteral("--peer-rounds"), 3);
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-29T10:00:00+01:00"), Qt::ISODate);
    const QList<BenchMessage> messages = BenchMessages::load();
    printCounts(messages);
    std::printf("one thread, %d rounds, now = %s\n", rounds, qPrintable(now.toString(Qt::ISODate)));
    const OurFigures ours = measureOurs(messages, now, rounds);
    printLinearity(now);
    if (args.contains(QStringLiteral("--no-peers")))
        std::printf("\nPeers skipped (--no-peers)\n");
    else
        printPeers(messages, ours, peerRounds);
    return 0;
}
