// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCommand.h"

#include "dialogue/DialogueState.h"
#include "geo/GeoDatabase.h"
#include "providers/FlightProvider.h"
#include "providers/ProviderFactory.h"
#include "providers/fanout/FanOutSearch.h"
#include "storage/SessionStore.h"
#include "util/NetworkAccess.h"
#include "json/OfferJson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
std::optional<int> countOption(const QCommandLineParser &parser, const QString &name, int min,
                               QString *error) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > 9) {
        *error = QStringLiteral("--%1 needs a whole number from %2 to 9 (got \"%3\")")
                     .arg(name)
                     .arg(min)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                QString *error) {
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *error = QStringLiteral("--%1 needs a date as YYYY-MM-DD (got \"%2\")").arg(name, text);
        return std::nullopt;
    }
    return date;
}

QJsonArray cheapestByDateJson(const FanOutSearch &search) {
    QJsonArray days;
    for (const FanOutSearch::DayPrice &day : search.cheapestByDate()) {
        QJsonObject o{{QStringLiteral("date"), day.date.toString(Qt::ISODate)}};
        o.insert(QStringLiteral("amount"), day.cheapest ? QJsonValue(day.cheapest->amountString())
                                                        : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("currency"), day.cheapest ? QJsonValue(day.cheapest->currency())
                                                          : QJsonValue(QJsonValue::Null));
        days.append(o);
    }
    return days;
}

QString cheapestByDateText(const FanOutSearch &search) {
    QStringList days;
    for (const FanOutSearch::DayPrice &day : search.cheapestByDate())
        days.append(day.date.toString(QStringLiteral("ddd yyyy-MM-dd ")) +
                    (day.cheapest ? day.cheapest->displayString() : QStringLiteral("none")));
    return QStringLiteral("Cheapest by day: ") + days.join(QStringLiteral(", "));
}

QString describe(const QString &code) {
    const GeoDatabase &geo = GeoDatabase::instance();
    const Place place = geo.placeForCode(code);
    return place.isValid() ? place.name : code;
}
} // namespace

void SearchCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("Origin: IATA city/airport code or name."),
                                        QStringLiteral("X")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"), QStringLiteral("Destination: IATA city/airport code or name."),
        QStringLiteral("Y")));
    parser.addOption(QCommandLineOption(QStringLiteral("date"),
                                        QStringLiteral("Departure date, YYYY-MM-DD."),
                                        QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("return"),
                                        QStringLiteral("Return date, YYYY-MM-DD (round trip)."),
                                        QStringLiteral("D")));
    parser.addOption(QCommandLineOption(QStringLiteral("adults"),
                                        QStringLiteral("Adults (default 1)."), QStringLiteral("N"),
                                        QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("children"),
                                        QStringLiteral("Children aged 2-11 (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("infants"),
                                        QStringLiteral("Infants under 2 (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("cabin"), QStringLiteral("economy, premium_economy, business or first."),
        QStringLiteral("C"), QStringLiteral("economy")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("nonstop"), QStringLiteral("Only non-stop flights.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("flexible"),
        QStringLiteral("Also search N days before and after (0-3; the return moves too), all at "
                       "once, and merge."),
        QStringLiteral("N"), QStringLiteral("0")));
    addProviderOptions(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-history"),
                                        QStringLiteral("Do not keep this search in the history.")));
    parser.addOption(nowOption());
}

std::unique_ptr<FlightProvider> SearchCommand::providerFor(const QString &id,
                                                           const QString &endpoint,
                                                           const QDate &today, QString *error) {
    ProviderCredentials credentials;
    if (!loadCredentials(id, &credentials, error))
        return nullptr;
    // Every provider on this thread's one QNetworkAccessManager: connections are shared.
    return ProviderFactory::create(
        id, endpoint, [today] { return today; }, credentials, error,
        NetworkAccess::forCurrentThread());
}

std::optional<Place> SearchCommand::resolvePlace(const QString &text, QString *error) {
    const GeoDatabase &geo = GeoDatabase::instance();
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 3) {
        const Place place = geo.placeForCode(trimmed.toUpper());
        if (place.isValid())
            return place;
    }
    const QList<const City *> cities = geo.citiesByName(trimmed);
    if (!cities.isEmpty())
        return geo.placeForCity(*cities.first());
    const QList<const Airport *> airports = geo.airportsByName(trimmed);
    if (!airports.isEmpty())
        return geo.placeForAirport(*airports.first());
    *error = QStringLiteral("unknown place \"%1\": give an IATA code (such as PAR or LHR) or a "
                            "city or airport name")
                 .arg(trimmed);
    return std::nullopt;
}

std::optional<SearchRequest> SearchCommand::buildRequest(const QCommandLineParser &parser,
                                                         const QDate &today, QString *error) const {
    for (const QString &required :
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("date")}) {
        if (!parser.isSet(required)) {
            *error =
                QStringLiteral("search needs --from, --to and --date (missing --%1)").arg(required);
            return std::nullopt;
        }
    }
    const auto origin = resolvePlace(parser.value(QStringLiteral("from")), error);
    if (!origin)
        return std::nullopt;
    const auto destination = resolvePlace(parser.value(QStringLiteral("to")), error);
    if (!destination)
        return std::nullopt;
    const auto date = dateOption(parser, QStringLiteral("date"), error);
    if (!date)
        return std::nullopt;
    const auto adults = countOption(parser, QStringLiteral("adults"), 1, error);
    const auto children =
        adults ? countOption(parser, QStringLiteral("children"), 0, error) : std::nullopt;
    const auto infants =
        children ? countOption(parser, QStringLiteral("infants"), 0, error) : std::nullopt;
    if (!infants)
        return std::nullopt;
    const auto cabin = cabinClassFromName(parser.value(QStringLiteral("cabin")));
    if (!cabin) {
        *error = QStringLiteral("--cabin must be economy, premium_economy, business or first "
                                "(got \"%1\")")
                     .arg(parser.value(QStringLiteral("cabin")));
        return std::nullopt;
    }

    SearchRequest request;
    request.slices.append({origin->code, destination->code, *date, {}, {}});
    if (parser.isSet(QStringLiteral("return"))) {
        const auto back = dateOption(parser, QStringLiteral("return"), error);
        if (!back)
            return std::nullopt;
        request.slices.append({destination->code, origin->code, *back, {}, {}});
    }
    request.passengers = {*adults, *children, *infants};
    request.cabin = *cabin;
    if (parser.isSet(QStringLiteral("nonstop")))
        request.maxConnections = 0;

    const QString problem = request.validationError(today);
    if (problem == QLatin1String("date_in_past"))
        *error = QStringLiteral("the date %1 is in the past (today is %2)")
                     .arg(date->toString(Qt::ISODate), today.toString(Qt::ISODate));
    else if (problem == QLatin1String("date_too_far"))
        *error = QStringLiteral("the date is more than a year ahead; airlines do not sell it yet");
    else if (problem == QLatin1String("same_origin_destination"))
        *error = QStringLiteral("origin and destination are the same place");
    else if (problem == QLatin1String("slices_out_of_order"))
        *error = QStringLiteral("the return date is before the departure date");
    else if (problem == QLatin1String("invalid_passengers"))
        *error = QStringLiteral("passengers: 1 to 9 travellers, at least one adult, and no more "
                                "infants than adults");
    else if (!problem.isEmpty())
        *error = QStringLiteral("the search cannot be made (%1)").arg(problem);
    if (!problem.isEmpty())
        return std::nullopt;
    if (origin->cityCode == destination->cityCode) {
        *error = QStringLiteral("origin and destination are the same city");
        return std::nullopt;
    }
    return request;
}

int SearchCommand::run(const CliContext &context) {
    const QCommandLineParser &parser = context.parser;
    QString error;
    const auto now = nowFrom(parser, &error);
    if (!now) {
        printError(error);
        return ExitUsage;
    }
    const auto request = buildRequest(parser, now->date(), &error);
    if (!request) {
        printError(QStringLiteral("booking-cli search: ") + error);
        return ExitUsage;
    }
    bool flexibleOk = false;
    const int flexible = parser.value(QStringLiteral("flexible")).toInt(&flexibleOk);
    if (!flexibleOk || flexible < 0 || flexible > TravelRequest::MaxFlexibleDays) {
        printError(QStringLiteral("booking-cli search: --flexible needs a number of days from 0 "
                                  "to %1 (got \"%2\")")
                       .arg(TravelRequest::MaxFlexibleDays)
                       .arg(parser.value(QStringLiteral("flexible"))));
        return ExitUsage;
    }
    // --provider duffel,amadeus searches both at once (on one endpoint: the HTTP sandbox serves
    // both APIs), merging their offers.
    std::vector<std::unique_ptr<FlightProvider>> providers;
    QStringList providerIds;
    for (const QString &id :
         parser.value(QStringLiteral("provider")).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        if (providerIds.contains(trimmed))
            continue;
        std::unique_ptr<FlightProvider> provider =
            providerFor(trimmed, parser.value(QStringLiteral("endpoint")), now->date(), &error);
        if (!provider) {
            printError(QStringLiteral("booking-cli search: ") + error);
            return ExitUsage;
        }
        providerIds.append(trimmed);
        providers.push_back(std::move(provider));
    }
    if (providers.empty() || int(providers.size()) > FanOutSearch::MaxProviders) {
        printError(QStringLiteral("booking-cli search: --provider needs one to %1 of sandbox, "
                                  "duffel, amadeus (comma-separated)")
                       .arg(FanOutSearch::MaxProviders));
        return ExitUsage;
    }

    FanOutSearch search;
    QList<FlightProvider *> searched;
    for (const auto &provider : providers)
        searched.append(provider.get());
    search.addParts(searched, DialogueState::flexibleRequests(*request, flexible, now->date()));
    QEventLoop loop; // the CLI has no GUI: waiting for the parts here blocks nobody
    QObject::connect(&search, &FanOutSearch::finished, &loop, &QEventLoop::quit);
    search.start();
    if (!search.isFinished())
        loop.exec();
    const ProviderError failure = search.error();
    const QList<FlightOffer> offers = search.offers();
    if (failure.isError()) {
        printError(QStringLiteral("booking-cli search: the search failed (%1): %2")
                       .arg(ProviderError::codeName(failure.code), failure.detail));
        return ExitFailure;
    }
    for (const FanOutSearch::Part &part : search.parts()) {
        if (part.error.isError())
            printError(QStringLiteral("warning: %1 on %2 failed (%3): %4")
                           .arg(part.providerId, part.date.toString(Qt::ISODate),
                                ProviderError::codeName(part.error.code), part.error.detail));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const FlightOffer &offer : offers)
            list.append(OfferJson::toJson(offer));
        QJsonObject out{{QStringLiteral("request"), OfferJson::requestToJson(*request)},
                        {QStringLiteral("provider"), providerIds.join(u',')},
                        {QStringLiteral("offers"), list}};
        if (flexible > 0) {
            out.insert(QStringLiteral("flexible_days"), flexible);
            out.insert(QStringLiteral("cheapest_by_date"), cheapestByDateJson(search));
        }
        printLine(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    } else {
        if (flexible > 0)
            printLine(cheapestByDateText(search));
        printText(*request, offers);
    }
    if (!parser.isSet(QStringLiteral("no-history"))) {
        const SearchSlice &out = request->slices.first();
        QString summary = QStringLiteral("search %1 → %2 %3")
                              .arg(out.origin, out.destination, out.date.toString(Qt::ISODate));
        if (request->slices.size() > 1)
            summary +=
                QStringLiteral(" return %1").arg(request->slices.at(1).date.toString(Qt::ISODate));
        recordHistory(context.dataDir, offers, summary);
    }
    return ExitOk;
}

void SearchCommand::printText(const SearchRequest &request,
                              const QList<FlightOffer> &offers) const {
    if (offers.isEmpty()) {
        printLine(QStringLiteral("No offers."));
        return;
    }
    QList<FlightOffer> sorted = offers;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FlightOffer &a, const FlightOffer &b) {
        return a.totalAmount < b.totalAmount;
    });
    printLine(
        QStringLiteral("%1 offers from %2 to %3%4")
            .arg(sorted.size())
            .arg(describe(request.slices.first().origin),
                 describe(request.slices.first().destination),
                 sorted.first().isSandbox() ? QStringLiteral(" (sandbox fares)") : QString()));
    for (const FlightOffer &offer : sorted) {
        QStringList parts;
        for (const Slice &slice : offer.slices) {
            QStringList flights;
            for (const Segment &s : slice.segments)
                flights << s.designator();
            const qint64 minutes = slice.durationMinutes();
            parts << QStringLiteral("%1 %2 → %3 %4  %5h%6  %7  %8")
                         .arg(slice.origin(),
                              slice.departure().toString(QStringLiteral("ddd dd MMM HH:mm")),
                              slice.destination(),
                              slice.arrival().toString(QStringLiteral("HH:mm")))
                         .arg(minutes / 60)
                         .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                         .arg(slice.stops() == 0 ? QStringLiteral("non-stop")
                                                 : QStringLiteral("%1 stop(s)").arg(slice.stops()),
                              flights.join(QStringLiteral(" · ")));
        }
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(offer.totalAmount.displayString(), 12)
                      .arg(offer.ownerName, -22)
                      .arg(parts.join(QStringLiteral("  |  "))));
    }
}

void SearchCommand::recordHistory(const QString &dataDir, const QList<FlightOffer> &offers,
                                  const QString &summary) const {
    StoreOpenResult opened;
    const std::unique_ptr<SessionStore> history = openHistory(historyConnection(dataDir), &opened);
    if (!history) {
        printError(QStringLiteral("warning: the search was not kept in the history: ") +
                   opened.error);
        return;
    }
    if (!opened.movedAsideTo.isEmpty())
        printError(QStringLiteral("warning: the history file was unreadable and was moved to %1; "
                                  "a new one was started")
                       .arg(opened.movedAsideTo));
    SessionStore &store = *history;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    try {
        const QFuture<qint64> session = store.createSession(summary, QStringLiteral("cli"), at);
        ChatMessage asked;
        asked.role = ChatMessage::Role::User;
        asked.text = summary;
        asked.timestamp = at;
        store.appendMessage(session, asked, {}, at);
        ChatMessage answered;
        answered.role = ChatMessage::Role::Assistant;
        answered.text = QStringLiteral("%1 offers").arg(offers.size());
        answered.timestamp = at;
        answered.offerCount = int(offers.size());
        store.appendMessage(session, answered, offers, at).waitForFinished();
    } catch (const QException &) {
        printError(QStringLiteral("warning: the search could not be written to the history"));
    }
}
