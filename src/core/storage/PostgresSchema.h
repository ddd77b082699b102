// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

/**
 * The numbered migrations of the history on PostgreSQL, in step with SessionSchema's: migration
 * N brings the same tables, columns and behaviour as SQLite's migration N, in PostgreSQL's
 * dialect (BIGSERIAL/BIGINT ids; times as the same ISO 8601 UTC text as on SQLite, so both
 * backends sort and compare them alike; full-text search with a tsvector column and a GIN
 * index instead of FTS5). PostgreSQL has no user_version: the version is the one row of table
 * schema_version.
 *
 * Several programs (an agency's agents) may open one database at once: each migration runs in
 * its own transaction holding an advisory lock, re-reads the version inside it, and is skipped
 * when another program applied it meanwhile. A failed migration leaves the previous version.
 */
namespace PostgresSchema {
/** Every migration, in order: migrations()[0] is migration 1. */
const QList<QStringList> &migrations();
/** The version a fully migrated database has (equals SessionSchema::latestVersion()). */
int latestVersion();
/** The version of @p db: 0 when it has no schema_version table yet, -1 (with @p error) on failure.
 */
int currentVersion(QSqlDatabase &db, QString *error);
/**
 * Applies migration @p version (1-based) in one transaction if the database is at
 * @p version - 1 (a no-op returning true if it is already at @p version or later).
 */
bool applyMigration(QSqlDatabase &db, int version, QString *error);
/**
 * Applies every migration above the current version. Returns the resulting version, or -1 with
 * @p error set; a database newer than latestVersion() is refused (-1), never touched.
 */
int migrate(QSqlDatabase &db, QString *error);
} // namespace PostgresSchema
