// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSchema.h"

#include "diagnostics/LoggingCategories.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            const QString why = query.lastError().text();
            query.finish();
            db.rollback();
            qCWarning(lcDb) << "migration" << version << "failed:" << why;
            if (error)
                *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(why);
            return false;
        }
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
