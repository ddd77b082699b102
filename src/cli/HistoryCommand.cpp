// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "HistoryTransfer.h"

#include "storage/SessionStore.h"
#include "json/OfferJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject summaryToJson(const SessionSummary &s) {
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)},
                       {QStringLiteral("messages"), s.messageCount},
                       {QStringLiteral("offers"), s.offerCount}};
}
} // namespace

void HistoryCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        QStringLiteral("JSON output (one object a line).")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                        QStringLiteral("At most N search hits (default 50)."),
                                        QStringLiteral("N")));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, show, search, export or import"));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("session id (show, export) or file (import)"));
    HistoryTransfer::addOptions(parser);
}

int HistoryCommand::run(const CliContext &context) {
    const QStringList args = context.parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    const bool transfer = action == QLatin1String("export") || action == QLatin1String("import");
    const bool isSearch = action == QLatin1String("search");
    if (action != QLatin1String("list") && action != QLatin1String("show") && !transfer &&
        !isSearch) {
        printError(QStringLiteral("booking-cli history: say list, show ID, search TEXT, export ID "
                                  "--format json|csv|ics or import FILE"));
        return ExitUsage;
    }
    // Where the app keeps it (settings.ini): the SQLite file, or a shared PostgreSQL database.
    const HistoryConnection where = historyConnection(context.dataDir);
    const bool noFile = !where.isPostgreSql() && !QFileInfo::exists(where.sqlitePath);
    if (action == QLatin1String("export") && noFile) {
        printError(QStringLiteral("booking-cli history export: there is no history in %1 yet")
                       .arg(context.dataDir));
        return ExitUsage;
    }
    if (!transfer && noFile) {
        if (action == QLatin1String("list") || isSearch)
            return ExitOk; // no history yet: an empty list
        printError(QStringLiteral("booking-cli history: there is no history in %1 yet")
                       .arg(context.dataDir));
        return ExitFailure;
    }
    StoreOpenResult opened;
    const std::unique_ptr<SessionStore> history = openHistory(where, &opened);
    if (!history) {
        printError(QStringLiteral("booking-cli history: ") + opened.error);
        return ExitFailure;
    }
    SessionStore &store = *history;
    const bool json = context.parser.isSet(QStringLiteral("json"));
    try {
        if (action == QLatin1String("export"))
            return HistoryTransfer::exportSession(store, args.mid(1), context.parser);
        if (action == QLatin1String("import"))
            return HistoryTransfer::importSession(store, args.mid(1));
        if (isSearch)
            return search(store, args.mid(1).join(QLatin1Char(' ')),
                          context.parser.value(QStringLiteral("limit")), json);
        return action == QLatin1String("list") ? list(store, json)
                                               : show(store, args.value(1), json);
    } catch (const QException &) {
        printError(QStringLiteral("booking-cli history: the history could not be read"));
        return ExitFailure;
    }
}

int HistoryCommand::list(SessionStore &store, bool json) const {
    const QList<SessionSummary> sessions = store.listSessions().result();
    for (const SessionSummary &s : sessions) {
        if (json)
            printLine(compact(summaryToJson(s)));
        else
            printLine(
                QStringLiteral("%1\t%2\t%3")
                    .arg(s.id)
                    .arg(s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         s.title));
    }
    return ExitOk;
}

int HistoryCommand::show(SessionStore &store, const QString &id, bool json) const {
    bool ok = false;
    const qint64 sessionId = id.toLongLong(&ok);
    if (!ok || sessionId <= 0) {
        printError(QStringLiteral("booking-cli history show: give a session id from "
                                  "`history list` (got \"%1\")")
                       .arg(id));
        return ExitUsage;
    }
    const SessionTranscript transcript = store.loadSession(sessionId).result();
    if (!transcript.isValid()) {
        printError(QStringLiteral("booking-cli history show: no session %1").arg(sessionId));
        return ExitFailure;
    }
    if (json) {
        QJsonArray messages;
        for (const ChatMessage &m : transcript.messages) {
            QJsonArray offers;
            for (const FlightOffer &offer : transcript.offersByMessage.value(m.id))
                offers.append(OfferJson::toJson(offer));
            messages.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("role"), ChatMessage::roleName(m.role)},
                                        {QStringLiteral("text"), m.text},
                                        {QStringLiteral("at"), m.timestamp.toString(Qt::ISODate)},
                                        {QStringLiteral("offers"), offers}});
        }
        QJsonObject out = summaryToJson(transcript.summary);
        out.insert(QStringLiteral("messages"), messages);
        printLine(compact(out));
        return ExitOk;
    }
    printLine(QStringLiteral("# %1  %2").arg(transcript.summary.id).arg(transcript.summary.title));
    int offerNumber = 0;
    for (const ChatMessage &m : transcript.messages) {
        printLine(QStringLiteral("[%1] %2: %3")
                      .arg(m.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           ChatMessage::roleName(m.role), m.text));
        for (const FlightOffer &offer : transcript.offersByMessage.value(m.id)) {
            const Slice &first = offer.slices.first();
            // Numbered across the session: `history export ID --format ics --offer N`.
            printLine(QStringLiteral("  #%1  %2  %3  %4 %5 → %6 %7")
                          .arg(++offerNumber)
                          .arg(offer.totalAmount.displayString(), offer.ownerName, first.origin(),
                               first.departure().toString(QStringLiteral("dd MMM HH:mm")),
                               first.destination(),
                               first.arrival().toString(QStringLiteral("HH:mm"))));
        }
    }
    return ExitOk;
}

int HistoryCommand::search(SessionStore &store, const QString &text, const QString &limitText,
                           bool json) const {
    int limit = 50;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit <= 0) {
            printError(QStringLiteral("booking-cli history search: --limit takes a positive "
                                      "number (got \"%1\")")
                           .arg(limitText));
            return ExitUsage;
        }
    }
    if (text.trimmed().isEmpty()) {
        printError(QStringLiteral("booking-cli history search: give the words to look for"));
        return ExitUsage;
    }
    const QList<HistoryHit> hits = store.searchHistory(text, limit).result();
    for (const HistoryHit &hit : hits) {
        if (json) {
            QJsonArray marks;
            for (const auto &mark : hit.marks)
                marks.append(QJsonArray{mark.first, mark.first + mark.second});
            printLine(compact(QJsonObject{{QStringLiteral("session"), hit.sessionId},
                                          {QStringLiteral("message"), hit.messageId},
                                          {QStringLiteral("title"), hit.sessionTitle},
                                          {QStringLiteral("at"), hit.at.toString(Qt::ISODate)},
                                          {QStringLiteral("role"), hit.role},
                                          {QStringLiteral("snippet"), hit.snippet},
                                          {QStringLiteral("marks"), marks},
                                          {QStringLiteral("score"), hit.score}}));
            continue;
        }
        // The marks shown as [brackets], inserted from the last so earlier offsets hold.
        QString snippet = hit.snippet;
        for (qsizetype i = hit.marks.size() - 1; i >= 0; --i) {
            const auto &mark = hit.marks.at(i);
            snippet.insert(mark.first + mark.second, QLatin1Char(']'));
            snippet.insert(mark.first, QLatin1Char('['));
        }
        printLine(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(hit.sessionId)
                      .arg(hit.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           hit.sessionTitle, snippet));
    }
    return ExitOk;
}
