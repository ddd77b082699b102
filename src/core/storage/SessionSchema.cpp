// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSchema.h"

#include "Fts5TextIndex.h"
#include "HistoryTextIndex.h"
#include "StoreError.h"
#include "diagnostics/LoggingCategories.h"
#include "domain/Money.h"
#include "geo/GeoDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int TextIndexVersion = 4;

/** Migration 3's data step: total_units of the stored offers, and session_places. */
void fillVersion3(QSqlDatabase &db) {
    QSqlQuery offers(db);
    offers.setForwardOnly(true);
    if (!offers.exec(QStringLiteral("SELECT id, total_amount, currency FROM offers")))
        throw StoreError(offers.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE offers SET total_units = :units WHERE id = :id"));
    while (offers.next()) {
        const std::optional<Money> money =
            Money::fromString(offers.value(1).toString(), offers.value(2).toString());
        if (!money)
            continue; // stays NULL: priceHistory() parses the text then, and skips it if it fails
        update.bindValue(QStringLiteral(":units"), money->units());
        update.bindValue(QStringLiteral(":id"), offers.value(0).toLongLong());
        if (!update.exec())
            throw StoreError(update.lastError().text());
    }
    QSqlQuery routes(db);
    routes.setForwardOnly(true);
    if (!routes.exec(QStringLiteral("SELECT DISTINCT session_id, origin, destination FROM offers"
                                    " WHERE origin IS NOT NULL AND destination IS NOT NULL"
                                    " ORDER BY session_id")))
        throw StoreError(routes.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO session_places"
                                  " (session_id, origin, destination, names, folded)"
                                  " VALUES (:s, :o, :d, :n, :f)"));
    while (routes.next()) {
        const QString names =
            HistoryTextIndex::placeText(routes.value(1).toString(), routes.value(2).toString());
        insert.bindValue(QStringLiteral(":s"), routes.value(0).toLongLong());
        insert.bindValue(QStringLiteral(":o"), routes.value(1).toString());
        insert.bindValue(QStringLiteral(":d"), routes.value(2).toString());
        insert.bindValue(QStringLiteral(":n"), names);
        insert.bindValue(QStringLiteral(":f"), GeoDatabase::normalise(names));
        if (!insert.exec())
            throw StoreError(insert.lastError().text());
    }
}
} // namespace

namespace SessionSchema {

const QList<QStringList> &migrations() {
    static const QList<QStringList> steps = {
        // 1: the initial schema. Times are ISO 8601 UTC text; money is a decimal string.
        {
            QStringLiteral("CREATE TABLE sessions ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'app',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " highlights TEXT NOT NULL DEFAULT '[]',"
                           " offer_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE offers ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
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
        // 2: the history list is ordered by last activity; index it so listing stays an index
        // walk however many sessions are kept.
        {
            QStringLiteral("CREATE INDEX sessions_by_update ON sessions(updated_at DESC, id DESC)"),
        },
        // 3: parses, searches, offer marks; offers get an integer amount (1/10000 of the
        // currency unit, Money::units()) to order by; the places of each session's offers
        // (codes and city names) for the full-text index. The step in fillVersion3() fills
        // total_units and session_places from the rows already there.
        {
            QStringLiteral("CREATE TABLE parses ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id INTEGER NOT NULL"
                           "  REFERENCES messages(id) ON DELETE CASCADE,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " json TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX parses_by_message ON parses(message_id)"),
            QStringLiteral("CREATE TABLE searches ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
                           " provider TEXT NOT NULL,"
                           " request TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " duration_ms INTEGER,"
                           " outcome TEXT NOT NULL,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " offer_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX searches_by_session ON searches(session_id)"),
            QStringLiteral("CREATE TABLE offer_marks ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " offer_id TEXT NOT NULL,"
                           " mark TEXT NOT NULL CHECK (mark IN ('selected', 'booked')),"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX offer_marks_by_session ON offer_marks(session_id)"),
            QStringLiteral("ALTER TABLE offers ADD COLUMN total_units INTEGER"),
            QStringLiteral("CREATE TABLE session_places ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " origin TEXT NOT NULL,"
                           " destination TEXT NOT NULL,"
                           " names TEXT NOT NULL,"
                           " folded TEXT NOT NULL,"
                           " UNIQUE (session_id, origin, destination))"),
        },
        // 4: the full-text index. Listed here is the FTS5 flavour; where SQLite has no FTS5,
        // applyMigration() creates the LIKE flavour instead (see HistoryTextIndex).
        Fts5TextIndex::createStatements(),
    };
    return steps;
}

int latestVersion() {
    return int(migrations().size());
}

int currentVersion(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
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
    const QStringList &steps = migrations().at(version - 1);
    // PRAGMA takes no bound parameters; the version is our own integer, not outside input.
    QStringList statements = steps;
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (version == TextIndexVersion)
        statements = {statements.last()}; // the index's own create() runs the DDL below
    auto failed = [&](const QString &why) {
        db.rollback();
        qCWarning(lcDb) << "migration" << version << "failed:" << why;
        if (error)
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(why);
        return false;
    };
    try {
        if (version == TextIndexVersion) {
            const auto index = HistoryTextIndex::bestFor(db);
            if (index->flavour() != HistoryTextIndex::Flavour::Fts5)
                qCWarning(lcDb) << "SQLite has no FTS5: the history search uses LIKE";
            index->create(db);
        }
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                const QString why = query.lastError().text();
                query.finish();
                return failed(why);
            }
        }
        if (version == 3)
            fillVersion3(db);
    } catch (const StoreError &e) {
        return failed(e.message());
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        if (error)
            *error =
                QStringLiteral("migration %1 could not be committed: %2").arg(version).arg(why);
        return false;
    }
    qCInfo(lcDb) << "history database migrated to version" << version;
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
        ++version;
    }
    return version;
}

} // namespace SessionSchema
