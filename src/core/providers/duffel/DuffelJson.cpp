// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuffelJson.h"

#include "providers/http/HttpErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace {
QString text(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<QJsonObject> rootObject(const QByteArray &body, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the body is not a JSON object (%1 at %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return document.object();
}

QJsonValue timeWindow(const SearchSlice &slice) {
    if (!slice.earliestDeparture.isValid() && !slice.latestDeparture.isValid())
        return QJsonValue::Null;
    const QTime from = slice.earliestDeparture.isValid() ? slice.earliestDeparture : QTime(0, 0);
    const QTime to = slice.latestDeparture.isValid() ? slice.latestDeparture : QTime(23, 59);
    return QJsonObject{{QStringLiteral("from"), from.toString(QStringLiteral("HH:mm"))},
                       {QStringLiteral("to"), to.toString(QStringLiteral("HH:mm"))}};
}

QString genderCode(Traveller::Gender gender) {
    switch (gender) {
    case Traveller::Gender::Female:
        return QStringLiteral("f");
    case Traveller::Gender::Male:
        return QStringLiteral("m");
    case Traveller::Gender::Unspecified:
        break;
    }
    return {};
}

bool namesAnExpiredOffer(const QString &code) {
    return code.contains(QLatin1String("expired")) ||
           code.contains(QLatin1String("no_longer_available")) ||
           code == QLatin1String("offer_not_found");
}
} // namespace

namespace DuffelJson {
QJsonObject offerRequestData(const SearchRequest &request) {
    QJsonArray slices;
    for (const SearchSlice &slice : request.slices) {
        slices.append(
            QJsonObject{{QStringLiteral("origin"), slice.origin},
                        {QStringLiteral("destination"), slice.destination},
                        {QStringLiteral("departure_date"), slice.date.toString(Qt::ISODate)},
                        {QStringLiteral("departure_time"), timeWindow(slice)},
                        {QStringLiteral("arrival_time"), QJsonValue::Null}});
    }
    QJsonArray passengers;
    for (int i = 0; i < request.passengers.adults; ++i)
        passengers.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("adult")}});
    for (int i = 0; i < request.passengers.children; ++i) {
        const int age = i < request.childAges.size() ? request.childAges.at(i) : 10;
        passengers.append(QJsonObject{{QStringLiteral("age"), age}});
    }
    for (int i = 0; i < request.passengers.infants; ++i)
        passengers.append(QJsonObject{{QStringLiteral("age"), 0}});
    QJsonObject data{{QStringLiteral("slices"), slices},
                     {QStringLiteral("passengers"), passengers},
                     {QStringLiteral("cabin_class"), cabinClassName(request.cabin)}};
    if (request.maxConnections)
        data.insert(QStringLiteral("max_connections"), qBound(0, *request.maxConnections, 2));
    return data;
}

QByteArray offerRequestBody(const SearchRequest &request) {
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), offerRequestData(request)}})
        .toJson(QJsonDocument::Compact);
}

QString offerRequestId(const QByteArray &body, QString *error) {
    const auto root = rootObject(body, error);
    if (!root)
        return {};
    const QString id = text(root->value(QLatin1String("data")).toObject(), QLatin1String("id"));
    if (id.isEmpty())
        *error = QStringLiteral("the offer request has no data.id");
    return id;
}

std::optional<QList<Place>> placesFromJson(const QByteArray &body, QString *error) {
    const auto root = rootObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = QStringLiteral("the suggestions have no data array");
        return std::nullopt;
    }
    QList<Place> places;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject p = value.toObject();
        Place place;
        place.code = text(p, QLatin1String("iata_code")).toUpper();
        if (place.code.isEmpty())
            continue;
        place.name = text(p, QLatin1String("name"));
        place.countryCode = text(p, QLatin1String("iata_country_code"));
        place.timeZone = text(p, QLatin1String("time_zone")).toUtf8();
        if (text(p, QLatin1String("type")) == QLatin1String("city")) {
            place.kind = Place::Kind::City;
            place.cityCode = place.code;
        } else {
            place.kind = Place::Kind::Airport;
            place.cityCode = text(p, QLatin1String("iata_city_code"));
            if (place.cityCode.isEmpty())
                place.cityCode =
                    text(p.value(QLatin1String("city")).toObject(), QLatin1String("iata_code"));
            if (place.cityCode.isEmpty())
                place.cityCode = place.code;
        }
        places.append(place);
    }
    return places;
}

std::optional<QJsonObject> orderData(const QString &offerId, const Money &total,
                                     const QList<DuffelPassenger> &passengers,
                                     const QList<Traveller> &travellers, QString *error) {
    if (passengers.size() != travellers.size()) {
        *error = QStringLiteral("the offer is for %1 passenger(s) but %2 traveller(s) were given")
                     .arg(passengers.size())
                     .arg(travellers.size());
        return std::nullopt;
    }
    QList<bool> used(travellers.size(), false);
    QJsonArray out;
    for (const DuffelPassenger &passenger : passengers) {
        const int wanted = passenger.travellerType();
        qsizetype match = -1;
        for (qsizetype i = 0; i < travellers.size() && match < 0; ++i) {
            if (!used.at(i) && int(travellers.at(i).type) == wanted)
                match = i;
        }
        if (match < 0) {
            *error = QStringLiteral("the travellers do not match the offer's passengers (adults, "
                                    "children, infants)");
            return std::nullopt;
        }
        used[match] = true;
        const Traveller &t = travellers.at(match);
        if (t.givenName.trimmed().isEmpty() || t.familyName.trimmed().isEmpty() ||
            !t.bornOn.isValid()) {
            *error = QStringLiteral("every traveller needs a given name, a family name and a "
                                    "birth date");
            return std::nullopt;
        }
        QJsonObject p{{QStringLiteral("id"), passenger.id},
                      {QStringLiteral("given_name"), t.givenName.trimmed()},
                      {QStringLiteral("family_name"), t.familyName.trimmed()},
                      {QStringLiteral("born_on"), t.bornOn.toString(Qt::ISODate)}};
        if (!t.title.isEmpty())
            p.insert(QStringLiteral("title"), t.title);
        if (const QString gender = genderCode(t.gender); !gender.isEmpty())
            p.insert(QStringLiteral("gender"), gender);
        if (!t.email.isEmpty())
            p.insert(QStringLiteral("email"), t.email);
        if (!t.phone.isEmpty())
            p.insert(QStringLiteral("phone_number"), t.phone);
        out.append(p);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("instant")},
                       {QStringLiteral("selected_offers"), QJsonArray{offerId}},
                       {QStringLiteral("passengers"), out},
                       {QStringLiteral("payments"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("balance")},
                                               {QStringLiteral("currency"), total.currency()},
                                               {QStringLiteral("amount"), total.amountString()}}}}};
}

std::optional<Order> orderFromJson(const QByteArray &body, QString *error) {
    const auto root = rootObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonObject data = root->value(QLatin1String("data")).toObject();
    Order order;
    order.provider = QStringLiteral("duffel");
    order.id = text(data, QLatin1String("id"));
    order.bookingReference = text(data, QLatin1String("booking_reference"));
    if (order.id.isEmpty()) {
        *error = QStringLiteral("the order has no data.id");
        return std::nullopt;
    }
    if (const auto total = Money::fromString(text(data, QLatin1String("total_amount")),
                                             text(data, QLatin1String("total_currency"))))
        order.totalAmount = *total;
    const QDateTime created =
        QDateTime::fromString(text(data, QLatin1String("created_at")), Qt::ISODateWithMs);
    if (created.isValid())
        order.createdAt = created.timeSpec() == Qt::LocalTime
                              ? QDateTime(created.date(), created.time(), QTimeZone::utc())
                              : created.toUTC();
    return order;
}

ProviderError errorFromResponse(const HttpResponse &response) {
    ProviderError error = HttpErrorMapper::fromResponse(response);
    if (response.status == 0)
        return error; // no HTTP answer: network, timeout or cancel
    QString ignored;
    const auto root = rootObject(response.body, &ignored);
    const QJsonArray errors = root ? root->value(QLatin1String("errors")).toArray() : QJsonArray();
    if (errors.isEmpty()) {
        if (error.isError()) {
            const QByteArray id = response.requestId();
            if (!id.isEmpty())
                error.detail += QStringLiteral(" (x-request-id %1)").arg(QString::fromLatin1(id));
        }
        return error;
    }
    const QJsonObject first = errors.first().toObject();
    const QString type = text(first, QLatin1String("type"));
    const QString code = text(first, QLatin1String("code"));
    using Code = ProviderError::Code;
    if (!error.isError())
        error.code = Code::Server; // errors[] in a 2xx body
    if (type == QLatin1String("authentication_error"))
        error.code = Code::Authentication;
    else if (type == QLatin1String("rate_limit_error"))
        error.code = Code::RateLimited;
    else if (type == QLatin1String("validation_error") ||
             type == QLatin1String("invalid_request_error"))
        error.code = Code::InvalidRequest;
    else if (type == QLatin1String("airline_error") || type == QLatin1String("api_error"))
        error.code = Code::Server;
    if (namesAnExpiredOffer(code))
        error.code = Code::OfferExpired;

    QString source;
    const QJsonValue sourceValue = first.value(QLatin1String("source"));
    if (sourceValue.isString()) {
        source = sourceValue.toString();
    } else if (sourceValue.isObject()) {
        const QJsonObject s = sourceValue.toObject();
        source = text(s, QLatin1String("pointer"));
        if (source.isEmpty())
            source = text(s, QLatin1String("field"));
        if (source.isEmpty())
            source = text(s, QLatin1String("parameter"));
    }
    QString detail = QStringLiteral("HTTP %1 %2/%3: %4")
                         .arg(response.status)
                         .arg(type.isEmpty() ? QStringLiteral("error") : type,
                              code.isEmpty() ? QStringLiteral("-") : code,
                              text(first, QLatin1String("message")).isEmpty()
                                  ? text(first, QLatin1String("title"))
                                  : text(first, QLatin1String("message")));
    if (!source.isEmpty())
        detail += QStringLiteral(" (source %1)").arg(source);
    if (errors.size() > 1)
        detail += QStringLiteral(" and %1 more error(s)").arg(errors.size() - 1);
    const QByteArray id = response.requestId();
    if (!id.isEmpty())
        detail += QStringLiteral(" (x-request-id %1)").arg(QString::fromLatin1(id));
    error.detail = detail;
    return error;
}
} // namespace DuffelJson
