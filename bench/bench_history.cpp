// SPDX-License-Identifier: GPL-3.0-or-later
// bench_history: the conversation history at the scale, 100,000 messages in 2,000
// sessions (offers on some), through SessionStore as the app uses it:
//   - insert throughput (messages/s, each message its own transaction, offers with theirs);
//   - time to open a session (loadSession, median/p95 over random sessions);
//   - full-text query time (searchHistory, median/p95 over a set of realistic queries; the
//     issue's budget: median under 10 ms on SQLite);
//   - database size.
// Backends side by side: --backends sqlite,postgresql (default: sqlite, plus postgresql when
// BOOKING_BENCH_PG_HOST/PORT/DB/USER/PASSWORD or BOOKING_TEST_PG_* are set and this build's
// SessionStore can open a PostgreSQL connection).
//   bench_history [--messages N] [--sessions N] [--backends LIST]
#include "support/BenchMessages.h"
#include "support/TimingStats.h"

#include "storage/HistoryConnection.h"
#include "storage/SessionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <memory>
#include <type_traits>

namespace {
struct Figures {
    QString backend;
    QString error;
    double insertSeconds = 0;
    int messages = 0;
    int offers = 0;
    TimingStats load;
    TimingStats search;
    double searchHitsPerQuery = 0;
    qint64 bytes = -1;
    bool fullText = false;
};

const char *const Cities[] = {"Lisbon",  "Paris",  "Berlin",    "Zürich",    "München", "Rome",
                              "Madrid",  "London", "New York",  "São Paulo", "Kraków",  "Vienna",
                              "Athens",  "Dublin", "Amsterdam", "Barcelona", "Porto",   "Tokyo",
                              "Toronto", "Oslo",   "Helsinki",  "Málaga",    "Nice",    "Geneva"};
const char *const Codes[] = {"LIS", "PAR", "BER", "ZRH", "MUC", "ROM", "MAD", "LON",
                             "NYC", "SAO", "KRK", "VIE", "ATH", "DUB", "AMS", "BCN",
                             "OPO", "TYO", "YTO", "OSL", "HEL", "AGP", "NCE", "GVA"};
constexpr int CityCount = int(sizeof(Cities) / sizeof(Cities[0]));

const QStringList Queries = {
    QStringLiteral("lisbon"),      QStringLiteral("zurich"),         QStringLiteral("paris lisbon"),
    QStringLiteral("next friday"), QStringLiteral("business class"), QStringLiteral("krak"),
    QStringLiteral("2 adults"),    QStringLiteral("sao paulo"),      QStringLiteral("berlin rome"),
    QStringLiteral("cheapest"),    QStringLiteral("december"),       QStringLiteral("xylophone"),
};

FlightOffer offerFor(int city, int other, int n, const QDate &day) {
    FlightOffer offer;
    offer.id = QStringLiteral("bench_%1").arg(n);
    offer.provider = QStringLiteral("sandbox");
    offer.totalAmount = Money::fromMinor(5000 + (n * 7919) % 90000, QStringLiteral("EUR"));
    offer.ownerCode = QStringLiteral("TP");
    offer.ownerName = QStringLiteral("TAP Air Portugal");
    Segment s;
    s.carrier = QStringLiteral("TP");
    s.carrierName = offer.ownerName;
    s.flightNumber = QString::number(100 + n % 900);
    s.origin = QString::fromLatin1(Codes[city]);
    s.destination = QString::fromLatin1(Codes[other]);
    const QDateTime start(day, QTime(6 + n % 14, (n * 5) % 60), QTimeZone("Europe/Lisbon"));
    s.departure = start;
    s.arrival = start.addSecs(3600 + (n % 9) * 1200).toTimeZone(QTimeZone("Europe/Berlin"));
    s.aircraft = QStringLiteral("Airbus A320neo");
    Slice slice;
    slice.segments.append(s);
    offer.slices.append(slice);
    return offer;
}

std::unique_ptr<SessionStore> sqliteStore(const QString &dir) {
    return std::make_unique<SessionStore>(SessionStore::databasePathFor(dir));
}

/** A store on PostgreSQL, once SessionStore can take a HistoryConnection ("pg"'s work). */
template <typename Store = SessionStore>
std::unique_ptr<Store> postgresStore(const HistoryConnection &connection, QString *why) {
    if constexpr (std::is_constructible_v<Store, HistoryConnection>) {
        return std::make_unique<Store>(connection);
    } else {
        Q_UNUSED(connection);
        *why = QStringLiteral("this build's SessionStore opens SQLite files only");
        return nullptr;
    }
}

QString env(const char *bench, const char *test) {
    const QString value = qEnvironmentVariable(bench);
    return value.isEmpty() ? qEnvironmentVariable(test) : value;
}

std::optional<HistoryConnection> postgresFromEnvironment() {
    const QString host = env("BOOKING_BENCH_PG_HOST", "BOOKING_TEST_PG_HOST");
    if (host.isEmpty())
        return std::nullopt;
    return HistoryConnection::postgreSql(
        host, env("BOOKING_BENCH_PG_PORT", "BOOKING_TEST_PG_PORT").toInt(),
        env("BOOKING_BENCH_PG_DB", "BOOKING_TEST_PG_DB"),
        env("BOOKING_BENCH_PG_USER", "BOOKING_TEST_PG_USER"),
        env("BOOKING_BENCH_PG_PASSWORD", "BOOKING_TEST_PG_PASSWORD"));
}

Figures run(const QString &backend, SessionStore &store, int sessionCount, int messagesPerSession,
            const QList<BenchMessage> &texts, const QString &sqlitePath) {
    Figures f;
    f.backend = backend;
    const StoreOpenResult opened = store.open().result();
    if (!opened.ok) {
        f.error = opened.error;
        return f;
    }
    if (store.listSessions(1).result().size() > 0)
        store.clearHistory().waitForFinished(); // a shared PostgreSQL database from a last run
    f.fullText = store.fullTextAvailable().result();
    QRandomGenerator random(5);
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<qint64> sessionIds;
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    for (int s = 0; s < sessionCount; ++s) {
        const int from = int(random.bounded(CityCount));
        const int to = (from + 1 + int(random.bounded(CityCount - 1))) % CityCount;
        const QDateTime at = base.addSecs(qint64(s) * 900);
        const QFuture<qint64> session = store.createSession(QString(), QStringLiteral("app"), at);
        QFuture<qint64> last;
        for (int m = 0; m < messagesPerSession; ++m, ++n) {
            ChatMessage message;
            message.timestamp = at.addSecs(m * 20);
            QList<FlightOffer> offers;
            if (m % 2 == 0) {
                message.role = ChatMessage::Role::User;
                message.text = m == 0 ? QStringLiteral("%1 to %2 next friday, 2 adults")
                                            .arg(QString::fromUtf8(Cities[from]),
                                                 QString::fromUtf8(Cities[to]))
                                      : texts.at((n / 2) % texts.size()).text;
            } else {
                message.role = ChatMessage::Role::Assistant;
                message.text =
                    QStringLiteral("I found %1 offers from %2 to %3 on %4. The "
                                   "cheapest is %5 with TAP Air Portugal.")
                        .arg(20 + n % 60)
                        .arg(QString::fromUtf8(Cities[from]), QString::fromUtf8(Cities[to]),
                             QDate(2026, 12, 1 + n % 28).toString(Qt::ISODate),
                             Money::fromMinor(5000 + n % 20000, QStringLiteral("EUR"))
                                 .displayString());
                if (m % 50 == 1) { // offers on some: five with one reply in 25
                    for (int i = 0; i < 5; ++i)
                        offers.append(
                            offerFor(from, to, n * 5 + i, QDate(2026, 12, 1 + (n + i) % 28)));
                    message.offerCount = int(offers.size());
                    f.offers += int(offers.size());
                }
            }
            last = store.appendMessage(session, message, offers, message.timestamp);
        }
        if (s % 50 == 49 || s == sessionCount - 1)
            last.waitForFinished(); // keep the queue bounded (and every write committed)
        sessionIds.append(QFuture<qint64>(session).result());
    }
    f.insertSeconds = double(clock.nsecsElapsed()) / 1e9;
    f.messages = n;

    QList<double> loads;
    for (int i = 0; i < 300; ++i) {
        const qint64 id = sessionIds.at(int(random.bounded(int(sessionIds.size()))));
        QElapsedTimer t;
        t.start();
        const SessionTranscript transcript = store.loadSession(id).result();
        loads.append(double(t.nsecsElapsed()) / 1000.0);
        if (transcript.messages.size() != messagesPerSession)
            f.error = QStringLiteral("session %1 came back with %2 messages")
                          .arg(id)
                          .arg(transcript.messages.size());
    }
    f.load = TimingStats::of(loads);

    QList<double> searches;
    qint64 hits = 0;
    for (int round = 0; round < 20; ++round) {
        for (const QString &query : Queries) {
            QElapsedTimer t;
            t.start();
            hits += store.searchHistory(query, 50).result().size();
            searches.append(double(t.nsecsElapsed()) / 1000.0);
        }
    }
    f.search = TimingStats::of(searches);
    f.searchHitsPerQuery = double(hits) / double(searches.size());
    if (!sqlitePath.isEmpty()) {
        f.bytes = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            f.bytes += QFileInfo(sqlitePath + suffix).size();
    }
    return f;
}

void print(const QList<Figures> &all) {
    auto row = [&](const char *label, const std::function<QString(const Figures &)> &cell) {
        QString line = QStringLiteral("%1").arg(QString::fromLatin1(label), -34);
        for (const Figures &f : all)
            line += QStringLiteral("%1").arg(f.error.isEmpty() ? cell(f) : QStringLiteral("-"), 22);
        std::printf("%s\n", qPrintable(line));
    };
    row("", [](const Figures &f) { return f.backend; });
    row("messages (offers)",
        [](const Figures &f) { return QStringLiteral("%1 (%2)").arg(f.messages).arg(f.offers); });
    row("insert, messages/s",
        [](const Figures &f) { return QString::number(f.messages / f.insertSeconds, 'f', 0); });
    row("insert, total s",
        [](const Figures &f) { return QString::number(f.insertSeconds, 'f', 1); });
    row("open a session, median ms",
        [](const Figures &f) { return QString::number(f.load.median / 1000, 'f', 2); });
    row("open a session, p95 ms",
        [](const Figures &f) { return QString::number(f.load.p95 / 1000, 'f', 2); });
    row("full-text query, median ms (<10)",
        [](const Figures &f) { return QString::number(f.search.median / 1000, 'f', 2); });
    row("full-text query, p95 ms",
        [](const Figures &f) { return QString::number(f.search.p95 / 1000, 'f', 2); });
    row("hits per query (limit 50)",
        [](const Figures &f) { return QString::number(f.searchHitsPerQuery, 'f', 1); });
    row("full-text index", [](const Figures &f) {
        return f.fullText ? QStringLiteral("fts") : QStringLiteral("like fallback");
    });
    row("database size, MB", [](const Figures &f) {
        return f.bytes < 0 ? QStringLiteral("n/a") : QString::number(f.bytes / 1e6, 'f', 1);
    });
    for (const Figures &f : all)
        if (!f.error.isEmpty())
            std::printf("%s: %s\n", qPrintable(f.backend), qPrintable(f.error));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages in all (100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Sessions (2000)."), QStringLiteral("N"),
                                            QStringLiteral("2000"));
    const QCommandLineOption backendsOption(
        QStringLiteral("backends"), QStringLiteral("sqlite,postgresql (default: what is set up)."),
        QStringLiteral("LIST"));
    parser.addOptions({messagesOption, sessionsOption, backendsOption});
    parser.process(app);
    const int sessions = qMax(1, parser.value(sessionsOption).toInt());
    const int perSession = qMax(2, parser.value(messagesOption).toInt() / sessions);
    const std::optional<HistoryConnection> pg = postgresFromEnvironment();
    QStringList backends = parser.isSet(backendsOption)
                               ? parser.value(backendsOption).split(QLatin1Char(','))
                               : QStringList{QStringLiteral("sqlite")};
    if (!parser.isSet(backendsOption) && pg)
        backends.append(QStringLiteral("postgresql"));

    const QList<BenchMessage> texts = BenchMessages::load(400);
    std::printf("bench_history: %d sessions x %d messages, %lld user texts from bench data\n",
                sessions, perSession, static_cast<long long>(texts.size()));
    QList<Figures> all;
    for (const QString &name : backends) {
        bool known = false;
        const HistoryConnection::Backend backend = HistoryConnection::backendFromName(name, &known);
        Figures f;
        f.backend = name;
        if (!known) {
            f.error = QStringLiteral("unknown backend (sqlite or postgresql)");
        } else if (backend == HistoryConnection::Backend::Sqlite) {
            QTemporaryDir dir;
            std::unique_ptr<SessionStore> store = sqliteStore(dir.path());
            f = run(QStringLiteral("sqlite"), *store, sessions, perSession, texts,
                    SessionStore::databasePathFor(dir.path()));
        } else if (!pg) {
            f.error = QStringLiteral("set BOOKING_BENCH_PG_HOST/PORT/DB/USER/PASSWORD "
                                     "(tools/test-postgres.sh start DIR prints them)");
        } else {
            QString why;
            std::unique_ptr<SessionStore> store = postgresStore(*pg, &why);
            if (!store)
                f.error = why;
            else
                f = run(QStringLiteral("postgresql"), *store, sessions, perSession, texts,
                        QString());
        }
        all.append(f);
        std::fflush(stdout);
    }
    print(all);
    return 0;
}
