// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

/**
 * The numbered migrations of the history database. Migration N (1-based) is a list of SQL
 * statements that takes a database from version N-1 to N; the version is kept in
 * PRAGMA user_version. Each migration runs in its own transaction, so a failed one leaves the
 * database at the previous version. Used by SessionDatabase; exposed so tests can build an
 * old-version file with the real historical SQL.
 */
namespace SessionSchema {
/** Every migration, in order: migrations()[0] is migration 1 (the initial schema). */
const QList<QStringList> &migrations();
/** The version a fully migrated database has (migrations().size()). */
int latestVersion();
/** PRAGMA user_version of @p db, or -1 (with @p error set) if it cannot be read. */
int currentVersion(QSqlDatabase &db, QString *error);
/**
 * Applies migration @p version (1-based) in one transaction and sets user_version to it.
 * Returns false with @p error set (and the transaction rolled back) on failure.
 */
bool applyMigration(QSqlDatabase &db, int version, QString *error);
/**
 * Applies every migration above the current version, in order. Returns the resulting version,
 * or -1 with @p error set. A database newer than latestVersion() is refused (-1), never touched.
 */
int migrate(QSqlDatabase &db, QString *error);
} // namespace SessionSchema
