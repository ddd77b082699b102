// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

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
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or show"));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("session id (for show)"));
}

int HistoryCommand::run(const CliContext &context) {
    const QStringList args = context.parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show")) {
        printError(QStringLiteral("booking-cli history: say list or show ID"));
        return ExitUsage;
    }
    const QString path = SessionStore::databasePathFor(context.dataDir);
    if (!QFileInfo::exists(path)) {
        if (action == QLatin1String("list"))
            return ExitOk; // no history yet: an empty list
        printError(QStringLiteral("booking-cli history: there is no history in %1 yet")
                       .arg(context.dataDir));
        return ExitFailure;
    }
    SessionStore store(path);
    const StoreOpenResult opened = store.open().result();
    if (!opened.ok) {
        printError(QStringLiteral("booking-cli history: ") + opened.error);
        return ExitFailure;
    }
    const bool json = context.parser.isSet(QStringLiteral("json"));
    try {
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
    for (const ChatMessage &m : transcript.messages) {
        printLine(QStringLiteral("[%1] %2: %3")
                      .arg(m.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           ChatMessage::roleName(m.role), m.text));
        for (const FlightOffer &offer : transcript.offersByMessage.value(m.id)) {
            const Slice &first = offer.slices.first();
            printLine(QStringLiteral("    %1  %2  %3 %4 → %5 %6")
                          .arg(offer.totalAmount.displayString(), offer.ownerName, first.origin(),
                               first.departure().toString(QStringLiteral("dd MMM HH:mm")),
                               first.destination(),
                               first.arrival().toString(QStringLiteral("HH:mm"))));
        }
    }
    return ExitOk;
}
