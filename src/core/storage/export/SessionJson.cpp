// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionJson.h"

#include "json/OfferJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
constexpr int MaxTitleLength = 1000;
constexpr qsizetype MaxTextLength = 100000;

QString isoUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray offersToJson(const QList<FlightOffer> &offers) {
    QJsonArray array;
    for (const FlightOffer &offer : offers)
        array.append(OfferJson::toJson(offer));
    return array;
}

/** Thrown inside read() with the sentence to report; caught there. */
struct Invalid {
    QString message;
};

[[noreturn]] void invalid(const QString &where, const QString &what) {
    throw Invalid{where.isEmpty() ? what : QStringLiteral("%1: %2").arg(where, what)};
}

void onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &where) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            invalid(
                where,
                QCoreApplication::translate("SessionJson", "unknown field \"%1\"").arg(it.key()));
}

QJsonValue required(const QJsonObject &object, const QString &key, const QString &where) {
    if (!object.contains(key))
        invalid(where,
                QCoreApplication::translate("SessionJson", "the field \"%1\" is missing").arg(key));
    return object.value(key);
}

QString stringField(const QJsonObject &object, const QString &key, const QString &where) {
    const QJsonValue value = required(object, key, where);
    if (!value.isString())
        invalid(where,
                QCoreApplication::translate("SessionJson", "\"%1\" must be a text").arg(key));
    return value.toString();
}

QDateTime timeField(const QJsonObject &object, const QString &key, const QString &where) {
    const QString text = stringField(object, key, where);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || (time.timeSpec() != Qt::UTC && time.timeSpec() != Qt::OffsetFromUTC))
        invalid(where, QCoreApplication::translate(
                           "SessionJson",
                           "\"%1\" must be an ISO 8601 time with a time zone offset (got \"%2\")")
                           .arg(key, text.left(40)));
    return time.toUTC();
}

QJsonArray arrayField(const QJsonObject &object, const QString &key, const QString &where) {
    const QJsonValue value = required(object, key, where);
    if (!value.isArray())
        invalid(where,
                QCoreApplication::translate("SessionJson", "\"%1\" must be a list").arg(key));
    return value.toArray();
}

QList<FlightOffer> offersFromJson(const QJsonArray &array, const QString &where) {
    QList<FlightOffer> offers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array.at(i).isObject())
            invalid(here, QCoreApplication::translate("SessionJson", "an offer must be an object"));
        const QJsonObject json = array.at(i).toObject();
        const std::optional<FlightOffer> offer = OfferJson::fromJson(json);
        if (!offer)
            invalid(here, QCoreApplication::translate(
                              "SessionJson",
                              "the offer cannot be restored (its id, price, currency, times or "
                              "flights are missing or malformed)"));
        // Exactly what this version writes: anything else would not survive a round trip.
        if (OfferJson::toJson(*offer) != json)
            invalid(here, QCoreApplication::translate(
                              "SessionJson",
                              "the offer is not in the exported format (a field was changed, "
                              "added or is missing)"));
        offers.append(*offer);
    }
    return offers;
}

ChatMessage messageFromJson(const QJsonValue &value, const QString &where,
                            QList<FlightOffer> *offers) {
    if (!value.isObject())
        invalid(where, QCoreApplication::translate("SessionJson", "a message must be an object"));
    const QJsonObject o = value.toObject();
    onlyKeys(o,
             {QStringLiteral("role"), QStringLiteral("text"), QStringLiteral("created_at"),
              QStringLiteral("highlights"), QStringLiteral("offer_count"),
              QStringLiteral("offers")},
             where);
    ChatMessage m;
    const QString role = stringField(o, QStringLiteral("role"), where);
    if (role != QLatin1String("user") && role != QLatin1String("assistant") &&
        role != QLatin1String("system"))
        invalid(where, QCoreApplication::translate(
                           "SessionJson", "\"role\" must be user, assistant or system (got \"%1\")")
                           .arg(role.left(40)));
    m.role = ChatMessage::roleFromName(role);
    m.text = stringField(o, QStringLiteral("text"), where);
    if (m.text.size() > MaxTextLength)
        invalid(where,
                QCoreApplication::translate("SessionJson", "the text is longer than %1 characters")
                    .arg(MaxTextLength));
    m.timestamp = timeField(o, QStringLiteral("created_at"), where);
    const QJsonArray highlights = arrayField(o, QStringLiteral("highlights"), where);
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const QJsonArray pair = highlights.at(i).toArray();
        TextSpan span;
        if (pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble()) {
            const double start = pair.at(0).toDouble();
            const double end = pair.at(1).toDouble();
            if (start == double(qint64(start)) && end == double(qint64(end)) && start >= 0 &&
                end >= start && end <= double(m.text.size())) {
                span.start = int(start);
                span.end = int(end);
            }
        }
        if (!span.isValid())
            invalid(QStringLiteral("%1.highlights[%2]").arg(where).arg(i),
                    QCoreApplication::translate(
                        "SessionJson", "a highlight must be [start, end] inside the message text"));
        m.highlights.append(span);
    }
    const QJsonValue count = required(o, QStringLiteral("offer_count"), where);
    if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() > 1e6 ||
        count.toDouble() != double(qint64(count.toDouble())))
        invalid(where,
                QCoreApplication::translate(
                    "SessionJson", "\"offer_count\" must be a whole number of zero or more"));
    m.offerCount = count.toInt();
    *offers = offersFromJson(arrayField(o, QStringLiteral("offers"), where),
                             where + QStringLiteral(".offers"));
    return m;
}
} // namespace

QString SessionJson::formatName() {
    return QStringLiteral("booking-assistant-session");
}

QByteArray SessionJson::write(const SessionTranscript &transcript) {
    const SessionSummary &s = transcript.summary;
    QJsonArray messages;
    for (const ChatMessage &m : transcript.messages) {
        QJsonArray highlights;
        for (const TextSpan &span : m.highlights)
            highlights.append(QJsonArray{span.start, span.end});
        messages.append(QJsonObject{
            {QStringLiteral("role"), ChatMessage::roleName(m.role)},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("created_at"), isoUtc(m.timestamp)},
            {QStringLiteral("highlights"), highlights},
            {QStringLiteral("offer_count"), m.offerCount},
            {QStringLiteral("offers"),
             offersToJson(m.id > 0 ? transcript.offersByMessage.value(m.id)
                                   : QList<FlightOffer>())},
        });
    }
    QJsonObject document{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), Version},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("title"), s.title},
                     {QStringLiteral("source"), s.source},
                     {QStringLiteral("created_at"), isoUtc(s.createdAt)},
                     {QStringLiteral("updated_at"), isoUtc(s.updatedAt)}}},
        {QStringLiteral("messages"), messages},
    };
    const QList<FlightOffer> sessionOffers = transcript.offersByMessage.value(0);
    if (!sessionOffers.isEmpty())
        document.insert(QStringLiteral("session_offers"), offersToJson(sessionOffers));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<SessionTranscript> SessionJson::read(const QByteArray &bytes, QString *error) {
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > MaxFileSize)
        return refuse(
            QCoreApplication::translate(
                "SessionJson", "The file is larger than %1 MiB, too large for a conversation.")
                .arg(MaxFileSize / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(QCoreApplication::translate("SessionJson",
                                                  "The file is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!doc.isObject())
        return refuse(QCoreApplication::translate(
            "SessionJson", "The file is not an exported conversation (no JSON object)."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        return refuse(QCoreApplication::translate(
                          "SessionJson",
                          "The file is not an exported conversation (its \"format\" is not "
                          "\"%1\").")
                          .arg(formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(Version))
        return refuse(
            QCoreApplication::translate(
                "SessionJson", "The file is a conversation in format version %1; this program "
                               "reads version %2 only.")
                .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                .arg(Version));
    try {
        onlyKeys(root,
                 {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("session"),
                  QStringLiteral("messages"), QStringLiteral("session_offers")},
                 QString());
        SessionTranscript transcript;
        const QJsonValue sessionValue = required(root, QStringLiteral("session"), QString());
        if (!sessionValue.isObject())
            invalid(QStringLiteral("session"),
                    QCoreApplication::translate("SessionJson", "must be an object"));
        const QJsonObject session = sessionValue.toObject();
        const QString where = QStringLiteral("session");
        onlyKeys(session,
                 {QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("created_at"),
                  QStringLiteral("updated_at")},
                 where);
        SessionSummary &s = transcript.summary;
        s.title = stringField(session, QStringLiteral("title"), where);
        if (s.title.size() > MaxTitleLength)
            invalid(where, QCoreApplication::translate("SessionJson",
                                                       "the title is longer than %1 characters")
                               .arg(MaxTitleLength));
        s.source = stringField(session, QStringLiteral("source"), where);
        if (s.source != QLatin1String("app") && s.source != QLatin1String("cli"))
            invalid(where, QCoreApplication::translate("SessionJson",
                                                       "\"source\" must be app or cli (got \"%1\")")
                               .arg(s.source.left(40)));
        s.createdAt = timeField(session, QStringLiteral("created_at"), where);
        s.updatedAt = timeField(session, QStringLiteral("updated_at"), where);

        const QJsonArray messages = arrayField(root, QStringLiteral("messages"), QString());
        int offerTotal = 0;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QList<FlightOffer> offers;
            ChatMessage m =
                messageFromJson(messages.at(i), QStringLiteral("messages[%1]").arg(i), &offers);
            m.id = i + 1;
            transcript.messages.append(m);
            if (!offers.isEmpty())
                transcript.offersByMessage.insert(m.id, offers);
            offerTotal += int(offers.size());
        }
        if (root.contains(QStringLiteral("session_offers"))) {
            const QList<FlightOffer> offers =
                offersFromJson(arrayField(root, QStringLiteral("session_offers"), QString()),
                               QStringLiteral("session_offers"));
            if (!offers.isEmpty())
                transcript.offersByMessage.insert(0, offers);
            offerTotal += int(offers.size());
        }
        s.messageCount = int(transcript.messages.size());
        s.offerCount = offerTotal;
        return transcript;
    } catch (const Invalid &problem) {
        return refuse(
            QCoreApplication::translate("SessionJson", "The conversation file is not valid: %1.")
                .arg(problem.message));
    }
}
