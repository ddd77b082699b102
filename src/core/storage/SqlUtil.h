// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlError;

/**
 * Small helpers shared by the history database code (SQLite today, other drivers later):
 * failures become StoreError, times are ISO 8601 UTC text, text columns are never NULL.
 */
namespace SqlUtil {
/** "2026-11-29T10:00:00.000Z" */
QString isoUtc(const QDateTime &time);
/** The UTC time stored by isoUtc(); invalid for NULL. */
QDateTime fromIsoUtc(const QVariant &value);
/** @p time in UTC, or now when invalid. */
QDateTime validOrNow(const QDateTime &time);
/** isoUtc(@p time), or a NULL string when invalid. */
QVariant nullableIso(const QDateTime &time);
/** @p value, or "" for a null QString (NOT NULL text columns). */
QString text(const QString &value);
/** A NULL integer for <= 0, else @p id. */
QVariant nullableId(qint64 id);

/** Logs and throws StoreError("<what> failed: <error>"). */
[[noreturn]] void fail(const QString &what, const QSqlError &error);
/** Logs and throws StoreError(@p what). */
[[noreturn]] void fail(const QString &what);
/** Executes a prepared @p query; throws on failure. */
void exec(QSqlQuery &query, const QString &what);
/** Prepares @p sql on @p db; throws on failure. */
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, const QString &what);
/**
 * The id an executed "INSERT ... RETURNING id" gave (both SQLite >= 3.35 and PostgreSQL;
 * lastInsertId() does not work with PostgreSQL's BIGSERIAL); throws if there is none.
 */
qint64 insertedId(QSqlQuery &query, const QString &what);
/** Executes one parameterless statement of our own (DDL, PRAGMA); throws on failure. */
void execStatement(const QSqlDatabase &db, const QString &sql, const QString &what);
} // namespace SqlUtil
