// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include "StoreError.h"
#include "diagnostics/LoggingCategories.h"

#include <QSqlError>

namespace SqlUtil {

QString isoUtc(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QVariant &value) {
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime validOrNow(const QDateTime &time) {
    return time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
}

QVariant nullableIso(const QDateTime &time) {
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void fail(const QString &what, const QSqlError &error) {
    qCWarning(lcDb) << what << "failed:" << error.text();
    throw StoreError(QStringLiteral("%1 failed: %2").arg(what, error.text()));
}

void fail(const QString &what) {
    qCWarning(lcDb) << what;
    throw StoreError(what);
}

void exec(QSqlQuery &query, const QString &what) {
    if (!query.exec())
        fail(what, query.lastError());
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, const QString &what) {
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(what, query.lastError());
    return query;
}

qint64 insertedId(QSqlQuery &query, const QString &what) {
    if (!query.next())
        fail(what + QStringLiteral(" gave no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void execStatement(const QSqlDatabase &db, const QString &sql, const QString &what) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(what, query.lastError());
    query.finish();
}

} // namespace SqlUtil
