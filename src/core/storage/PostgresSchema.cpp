// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresSchema.h"

#include "HistoryTextIndex.h"
#include "PostgresTextIndex.h"
#include "StoreError.h"
#include "diagnostics/LoggingCategories.h"
#include "domain/Money.h"
#include "geo/GeoDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace PostgresSchema {

namespace {
constexpr int TextIndexVersion = 4;

/**
 * Migration 3's data step, as SQLite's: total_units of the stored offers, and session_places.
 * The reading queries are not forward-only: QPSQL streams those, and the writes in the loop
 * would discard the rest of their rows.
 */
void fillVersion3(QSqlDatabase &db) {
    QSqlQuery offers(db);
    if (!offers.exec(QStringLiteral("SELECT id, total_amount, currency FROM offers")))
        throw StoreError(offers.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE offers SET total_units = ? WHERE id = ?"));
    while (offers.next()) {
        const std::optional<Money> money =
            Money::fromString(offers.value(1).toString(), offers.value(2).toString());
        if (!money)
            continue; // stays NULL, as on SQLite
        update.addBindValue(money->units());
        update.addBindValue(offers.value(0).toLongLong());
        if (!update.exec())
            throw StoreError(update.lastError().text());
    }
    QSqlQuery routes(db);
    if (!routes.exec(QStringLiteral("SELECT DISTINCT session_id, origin, destination FROM offers"
                                    " WHERE origin IS NOT NULL AND destination IS NOT NULL"
                                    " ORDER BY session_id")))
        throw StoreError(routes.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO session_places"
                                  " (session_id, origin, destination, names, folded)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    while (routes.next()) {
        const QString names =
            HistoryTextIndex::placeText(routes.value(1).toString(), routes.value(2).toString());
        insert.addBindValue(routes.value(0).toLongLong());
        insert.addBindValue(routes.value(1).toString());
        insert.addBindValue(routes.value(2).toString());
        insert.addBindValue(names);
        insert.addBindValue(GeoDatabase::normalise(names));
        if (!insert.exec())
            throw StoreError(insert.lastError().text());
    }
}

// The advisory lock every migration holds: any fixed number, the same in every program.
constexpr qint64 MigrationLock = 0x626f6f6b696e67; // "booking"

bool run(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/** The version inside the current transaction (schema_version must exist). */
int readVersion(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1"))) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}
} // namespace

const QList<QStringList> &migrations() {
    static const QList<QStringList> steps = {
        // 1: the initial schema, as SQLite's migration 1. Times are ISO 8601 UTC text (the same
        // strings as on SQLite: they sort and compare alike); money is a decimal string.
        {
            QStringLiteral("CREATE TABLE sessions ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'app',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " session_id BIGINT NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " highlights TEXT NOT NULL DEFAULT '[]',"
                           " offer_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE offers ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " session_id BIGINT NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " message_id BIGINT REFERENCES messages(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " provider TEXT NOT NULL,"
                           " offer_id TEXT NOT NULL,"
                           " origin TEXT,"
                           " destination TEXT,"
                           " departure_at TEXT,"
                           " return_at TEXT,"
                           " carriers TEXT,"
                           " total_amount TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " seen_at TEXT NOT NULL,"
                           " snapshot TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX messages_by_session ON messages(session_id)"),
            QStringLiteral("CREATE INDEX offers_by_session ON offers(session_id)"),
            QStringLiteral("CREATE INDEX offers_by_message ON offers(message_id)"),
            QStringLiteral("CREATE INDEX offers_by_route ON offers(origin, destination)"),
        },
        // 2: as SQLite's migration 2.
        {
            QStringLiteral("CREATE INDEX sessions_by_update ON sessions(updated_at DESC, id DESC)"),
        },
        // 3: as SQLite's migration 3: parses, searches, offer marks, offers.total_units (1/10000
        // of the currency unit) and session_places; fillVersion3() fills the last two from the
        // rows already there.
        {
            QStringLiteral("CREATE TABLE parses ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " message_id BIGINT NOT NULL"
                           "  REFERENCES messages(id) ON DELETE CASCADE,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " json TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX parses_by_message ON parses(message_id)"),
            QStringLiteral("CREATE TABLE searches ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " session_id BIGINT NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL,"
                           " provider TEXT NOT NULL,"
                           " request TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " duration_ms BIGINT,"
                           " outcome TEXT NOT NULL,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " offer_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX searches_by_session ON searches(session_id)"),
            QStringLiteral("CREATE TABLE offer_marks ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " session_id BIGINT NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " offer_id TEXT NOT NULL,"
                           " mark TEXT NOT NULL CHECK (mark IN ('selected', 'booked')),"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX offer_marks_by_session ON offer_marks(session_id)"),
            QStringLiteral("ALTER TABLE offers ADD COLUMN total_units BIGINT"),
            QStringLiteral("CREATE TABLE session_places ("
                           " id BIGSERIAL PRIMARY KEY,"
                           " session_id BIGINT NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " origin TEXT NOT NULL,"
                           " destination TEXT NOT NULL,"
                           " names TEXT NOT NULL,"
                           " folded TEXT NOT NULL,"
                           " UNIQUE (session_id, origin, destination))"),
        },
        // 4: the full-text index: PostgresTextIndex::create() (tsvector columns, GIN indexes),
        // run by applyMigration(); nothing listed here.
        {},
    };
    return steps;
}

int latestVersion() {
    return int(migrations().size());
}

int currentVersion(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    query.finish();
    return readVersion(db, error);
}

bool applyMigration(QSqlDatabase &db, int version, QString *error) {
    if (version < 1 || version > latestVersion()) {
        if (error)
            *error = QStringLiteral("there is no migration %1").arg(version);
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    auto failed = [&](const QString &why) {
        db.rollback();
        qCWarning(lcDb) << "PostgreSQL migration" << version << "failed:" << why;
        if (error)
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(why);
        return false;
    };
    QString why;
    // Serialise migrations between programs sharing the database; released at commit/rollback.
    if (!run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock), &why) ||
        !run(db,
             QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " version INTEGER NOT NULL)"),
             &why))
        return failed(why);
    const int current = readVersion(db, &why);
    if (current < 0)
        return failed(why);
    if (current >= version) { // another program got there first
        db.commit();
        return true;
    }
    if (current != version - 1)
        return failed(QStringLiteral("the database is at version %1").arg(current));
    for (const QString &sql : migrations().at(version - 1))
        if (!run(db, sql, &why))
            return failed(why);
    try {
        if (version == 3)
            fillVersion3(db);
        if (version == TextIndexVersion)
            PostgresTextIndex().create(db);
    } catch (const StoreError &e) {
        return failed(e.message());
    }
    QSqlQuery setVersion(db);
    setVersion.prepare(
        QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, ?)"
                       " ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version"));
    setVersion.addBindValue(version);
    if (!setVersion.exec())
        return failed(setVersion.lastError().text());
    if (!db.commit()) {
        const QString commitError = db.lastError().text();
        db.rollback();
        if (error)
            *error = QStringLiteral("migration %1 could not be committed: %2")
                         .arg(version)
                         .arg(commitError);
        return false;
    }
    qCInfo(lcDb) << "PostgreSQL history database migrated to version" << version;
    return true;
}

int migrate(QSqlDatabase &db, QString *error) {
    int version = currentVersion(db, error);
    if (version < 0)
        return -1;
    if (version > latestVersion()) {
        if (error)
            *error = QStringLiteral("the history database has schema version %1, newer than this "
                                    "program understands (%2); it was left untouched")
                         .arg(version)
                         .arg(latestVersion());
        return -1;
    }
    while (version < latestVersion()) {
        if (!applyMigration(db, version + 1, error))
            return -1;
        version = currentVersion(db, error);
        if (version < 0)
            return -1;
    }
    return version;
}

} // namespace PostgresSchema
