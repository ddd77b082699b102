// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCsv.h"

#include "json/OfferJson.h"

namespace {
QString isoUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString row(const QStringList &fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(SessionCsv::field(f));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList offerRow(const SessionSummary &session, const ChatMessage *message, int position,
                     const FlightOffer &offer) {
    QStringList carriers;
    QStringList flights;
    for (const Slice &slice : offer.slices) {
        for (const Segment &s : slice.segments) {
            if (!s.carrier.isEmpty() && !carriers.contains(s.carrier))
                carriers.append(s.carrier);
            flights.append(s.carrier + s.flightNumber);
        }
    }
    const Slice outbound = offer.slices.value(0);
    const QDateTime seen = message ? message->timestamp : session.updatedAt;
    return {
        QString::number(session.id),
        session.title,
        message ? isoUtc(message->timestamp) : QString(),
        QString::number(position),
        offer.provider,
        offer.id,
        outbound.origin(),
        outbound.destination(),
        OfferJson::isoWithOffset(outbound.departure()),
        OfferJson::isoWithOffset(outbound.arrival()),
        offer.slices.size() > 1 ? OfferJson::isoWithOffset(offer.slices.at(1).departure())
                                : QString(),
        carriers.join(QLatin1Char(',')),
        flights.join(QLatin1Char(',')),
        QString::number(outbound.stops()),
        Slice::isoDuration(outbound.durationMinutes()),
        offer.totalAmount.amountString(),
        offer.totalAmount.currency(),
        cabinClassName(offer.cabin),
        isoUtc(seen),
    };
}
} // namespace

QStringList SessionCsv::header() {
    return {QStringLiteral("session_id"),       QStringLiteral("session_title"),
            QStringLiteral("message_time"),     QStringLiteral("position"),
            QStringLiteral("provider"),         QStringLiteral("offer_id"),
            QStringLiteral("origin"),           QStringLiteral("destination"),
            QStringLiteral("departure"),        QStringLiteral("arrival"),
            QStringLiteral("return_departure"), QStringLiteral("carriers"),
            QStringLiteral("flight_numbers"),   QStringLiteral("stops"),
            QStringLiteral("duration"),         QStringLiteral("total_amount"),
            QStringLiteral("currency"),         QStringLiteral("cabin"),
            QStringLiteral("seen_at")};
}

QString SessionCsv::field(const QString &value) {
    QString out = value;
    if (!out.isEmpty()) {
        const QChar first = out.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n'))) {
        out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray SessionCsv::write(const SessionTranscript &transcript) {
    QString out = row(header());
    for (const ChatMessage &m : transcript.messages) {
        if (m.id <= 0)
            continue;
        int position = 0;
        for (const FlightOffer &offer : transcript.offersByMessage.value(m.id))
            out += row(offerRow(transcript.summary, &m, ++position, offer));
    }
    int position = 0;
    for (const FlightOffer &offer : transcript.offersByMessage.value(0))
        out += row(offerRow(transcript.summary, nullptr, ++position, offer));
    return out.toUtf8();
}
