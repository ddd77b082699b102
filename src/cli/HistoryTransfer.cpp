// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTransfer.h"

#include "CliCommand.h"
#include "storage/SessionStore.h"
#include "storage/export/ExportFile.h"
#include "storage/export/OfferCalendar.h"
#include "storage/export/SessionCsv.h"
#include "storage/export/SessionImporter.h"
#include "storage/export/SessionJson.h"

#include <QDateTime>

#include <cstdio>

namespace {
int usage(const QString &text) {
    CliCommand::printError(text);
    return ExitUsage;
}

/** Every offer of the session in the order `history show` lists (and numbers) them. */
QList<FlightOffer> offersInOrder(const SessionTranscript &transcript) {
    QList<FlightOffer> offers;
    for (const ChatMessage &m : transcript.messages)
        offers += transcript.offersByMessage.value(m.id);
    offers += transcript.offersByMessage.value(0);
    return offers;
}

bool writeStdout(const QByteArray &bytes) {
    const bool ok =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}
} // namespace

void HistoryTransfer::addOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        QStringLiteral("export: json (default), csv or ics."),
                                        QStringLiteral("FORMAT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("offer"),
        QStringLiteral("export --format ics: the offer, by its number in `history show` (1, 2, "
                       "...) or its offer id."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("reference"),
        QStringLiteral("export --format ics: a booking reference to put in the events."),
        QStringLiteral("REF")));
    parser.addOption(QCommandLineOption(QStringLiteral("output"),
                                        QStringLiteral("export: write to FILE, not stdout."),
                                        QStringLiteral("FILE")));
}

int HistoryTransfer::exportSession(SessionStore &store, const QStringList &args,
                                   const QCommandLineParser &parser) {
    const QString prefix = QStringLiteral("booking-cli history export: ");
    bool ok = false;
    const qint64 sessionId = args.value(0).toLongLong(&ok);
    if (!ok || sessionId <= 0 || args.size() > 1)
        return usage(prefix + QStringLiteral("give one session id from `history list` "
                                             "(got \"%1\")")
                                  .arg(args.join(QLatin1Char(' '))));
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format")).toLower()
                               : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("ics"))
        return usage(prefix + QStringLiteral("--format is json, csv or ics (got \"%1\")")
                                  .arg(parser.value(QStringLiteral("format"))));
    const bool ics = format == QLatin1String("ics");
    if (!ics &&
        (parser.isSet(QStringLiteral("offer")) || parser.isSet(QStringLiteral("reference"))))
        return usage(prefix + QStringLiteral("--offer and --reference are for --format ics"));
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && output.isEmpty())
        return usage(prefix + QStringLiteral("--output needs a file name"));

    const SessionTranscript transcript = store.loadSession(sessionId).result();
    if (!transcript.isValid())
        return usage(prefix +
                     QStringLiteral("there is no session %1; see `history list`").arg(sessionId));
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = SessionJson::write(transcript);
    } else if (format == QLatin1String("csv")) {
        bytes = SessionCsv::write(transcript);
    } else {
        const QList<FlightOffer> offers = offersInOrder(transcript);
        if (offers.isEmpty())
            return usage(
                prefix +
                QStringLiteral("session %1 has no offers to put in a calendar").arg(sessionId));
        const QString which = parser.value(QStringLiteral("offer"));
        int index = -1;
        if (which.isEmpty()) {
            if (offers.size() != 1)
                return usage(prefix + QStringLiteral("session %1 has %2 offers: say which with "
                                                     "--offer N (1-%2, as `history show` numbers "
                                                     "them) or --offer OFFER_ID")
                                          .arg(sessionId)
                                          .arg(offers.size()));
            index = 0;
        } else {
            bool number = false;
            const int n = which.toInt(&number);
            if (number && n >= 1 && n <= offers.size())
                index = n - 1;
            for (int i = 0; index < 0 && i < offers.size(); ++i)
                if (offers.at(i).id == which)
                    index = i;
            if (index < 0)
                return usage(prefix + QStringLiteral("session %1 has no offer \"%2\": give a "
                                                     "number from 1 to %3 or an offer id")
                                          .arg(sessionId)
                                          .arg(which)
                                          .arg(offers.size()));
        }
        OfferCalendar::Options options;
        options.stamp = QDateTime::currentDateTimeUtc();
        options.bookingReference = parser.value(QStringLiteral("reference"));
        bytes = OfferCalendar::write(offers.at(index), options);
    }
    if (output.isEmpty()) {
        if (!writeStdout(bytes)) {
            CliCommand::printError(prefix + QStringLiteral("the output could not be written"));
            return ExitFailure;
        }
        return ExitOk;
    }
    QString error;
    if (!ExportFile::write(output, bytes, &error))
        return usage(prefix + error);
    return ExitOk;
}

int HistoryTransfer::importSession(SessionStore &store, const QStringList &args) {
    const QString prefix = QStringLiteral("booking-cli history import: ");
    if (args.size() != 1 || args.first().isEmpty())
        return usage(prefix + QStringLiteral("give one file exported with `history export "
                                             "ID --format json`"));
    SessionTranscript transcript;
    try {
        transcript = SessionImporter::readFile(args.first());
    } catch (const StoreError &error) {
        return usage(prefix + error.message());
    }
    try {
        CliCommand::printLine(QString::number(SessionImporter::importNow(&store, transcript)));
        return ExitOk;
    } catch (const StoreError &error) {
        CliCommand::printError(prefix + QStringLiteral("nothing was imported: ") + error.message());
        return ExitFailure;
    }
}
