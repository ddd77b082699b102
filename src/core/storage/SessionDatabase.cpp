// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDatabase.h"

#include "HistoryQueries.h"
#include "HistoryTextIndex.h"
#include "PostgresConnection.h"
#include "PostgresSchema.h"
#include "SessionSchema.h"
#include "SqlTransaction.h"
#include "SqlUtil.h"
#include "StoreError.h"
#include "diagnostics/LoggingCategories.h"
#include "json/OfferJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace SqlUtil;

namespace {
constexpr int BusyTimeoutMs = 5000;
constexpr int TitleLength = 80;
// SQLite primary result codes that mean "this file is not a usable database".
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

QString highlightsToJson(const QList<TextSpan> &spans) {
    QJsonArray array;
    for (const TextSpan &span : spans)
        array.append(QJsonArray{span.start, span.end});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TextSpan> highlightsFromJson(const QString &text) {
    QList<TextSpan> spans;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2)
            continue;
        TextSpan span;
        span.start = pair.at(0).toInt(-1);
        span.end = pair.at(1).toInt(-1);
        spans.append(span);
    }
    return spans;
}

QString shortTitle(const QString &text) {
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > TitleLength)
        line = line.left(TitleLength - 1).trimmed() + QChar(0x2026);
    return line;
}

QString carriersOf(const FlightOffer &offer) {
    QStringList carriers;
    for (const Slice &slice : offer.slices)
        for (const Segment &segment : slice.segments)
            if (!segment.carrier.isEmpty() && !carriers.contains(segment.carrier))
                carriers.append(segment.carrier);
    return carriers.join(QLatin1Char(','));
}

std::atomic<int> s_connectionCounter{0};
} // namespace

SessionDatabase::SessionDatabase(const HistoryConnection &connection)
    : m_settings(connection)
    , m_path(connection.sqlitePath)
    , m_connectionName(QStringLiteral("booking-history-%1").arg(++s_connectionCounter)) {}

SessionDatabase::~SessionDatabase() = default;

StoreOpenResult SessionDatabase::open() {
    if (m_openAttempted && m_opened)
        return m_openResult;
    m_openAttempted = true;
    if (m_settings.isPostgreSql())
        return openPostgres();
    StoreOpenResult result;
    auto failed = [&](const QString &error) {
        qCWarning(lcDb) << "cannot open the history database:" << error;
        closeConnection();
        result.ok = false;
        result.error = error;
        m_openResult = result;
        return result;
    };

    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return failed(QStringLiteral("the folder %1 cannot be created").arg(folder));
    if (!QFileInfo(folder).isWritable())
        return failed(QStringLiteral("the folder %1 is not writable").arg(folder));
    if (file.exists() && file.isDir())
        return failed(QStringLiteral("%1 is a folder, not a database file").arg(m_path));
    if (file.exists() && !file.isWritable())
        return failed(QStringLiteral("the history file %1 is read-only").arg(m_path));

    QString error;
    Attempt attempt = tryOpen(&error);
    if (attempt == Attempt::Unreadable) {
        qCWarning(lcDb) << "the history database is unreadable, moving it aside:" << error;
        closeConnection();
        result.movedAsideTo = moveAside(&error);
        if (result.movedAsideTo.isEmpty())
            return failed(error);
        attempt = tryOpen(&error);
    }
    if (attempt != Attempt::Ok)
        return failed(error);

    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        version = SessionSchema::migrate(db, &error);
        if (version >= 0)
            m_textIndex = HistoryTextIndex::forDatabase(db);
    }
    if (version < 0)
        return failed(error);

    m_opened = true;
    m_schemaVersion = version;
    result.ok = true;
    result.schemaVersion = version;
    m_openResult = result;
    qCDebug(lcDb) << "history database open, schema version" << version;
    return result;
}

StoreOpenResult SessionDatabase::openPostgres() {
    StoreOpenResult result;
    HistoryConnection settings = m_settings;
    if (m_passwordSet)
        settings.password = m_password;
    QString error;
    int version = -1;
    {
        QSqlDatabase db = PostgresConnection::open(settings, m_connectionName, &error);
        if (db.isValid()) {
            version = PostgresSchema::migrate(db, &error);
            if (version >= 0)
                m_textIndex = HistoryTextIndex::forDatabase(db);
        }
    }
    if (version < 0) {
        qCWarning(lcDb) << "cannot open the history database on" << m_settings.displayName() << ":"
                        << error;
        closeConnection();
        result.error = error;
        m_openResult = result;
        return result;
    }
    m_opened = true;
    m_schemaVersion = version;
    result.ok = true;
    result.schemaVersion = version;
    m_openResult = result;
    qCDebug(lcDb) << "history database open on" << m_settings.displayName() << "schema version"
                  << version;
    return result;
}

SessionDatabase::Attempt SessionDatabase::tryOpen(QString *error) {
    {
        QSqlDatabase db =
            QSqlDatabase::contains(m_connectionName)
                ? QSqlDatabase::database(m_connectionName, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            *error = QStringLiteral("the SQLite driver (QSQLITE) is not available");
            return Attempt::Failed;
        }
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            *error = QStringLiteral("the history file %1 cannot be opened: %2")
                         .arg(m_path, db.lastError().text());
            return Attempt::Failed;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // The first read of the file: a file that is not a database fails here.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        const QSqlError sqlError = query.lastError();
        const int code = sqlError.nativeErrorCode().toInt() & 0xff;
        *error =
            QStringLiteral("the history file %1 cannot be read: %2").arg(m_path, sqlError.text());
        return code == SqliteCorrupt || code == SqliteNotADatabase ? Attempt::Unreadable
                                                                   : Attempt::Failed;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    query.finish();
    if (!problems.isEmpty()) {
        *error = QStringLiteral("the history file %1 is damaged: %2")
                     .arg(m_path, problems.first().section(QLatin1Char('\n'), 0, 1).simplified());
        return Attempt::Unreadable;
    }

    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // Deleted rows and freed pages are overwritten with zeros, so deleted text leaves the file.
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = QStringLiteral("the history file %1 cannot be set up (%2): %3")
                         .arg(m_path, pragma, query.lastError().text());
            return Attempt::Failed;
        }
        if (pragma.contains(QLatin1String("journal_mode")) && query.next() &&
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb) << "the history database could not switch to WAL mode; it uses"
                            << query.value(0).toString();
        query.finish();
    }
    return Attempt::Ok;
}

QString SessionDatabase::moveAside(QString *error) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal"));
         ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(m_path, target)) {
        *error = QStringLiteral("the unreadable history file %1 could not be moved aside to %2")
                     .arg(m_path, target);
        return QString();
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) &&
            !QFile::rename(m_path + suffix, target + suffix)) {
            *error = QStringLiteral("the unreadable history file's %1 could not be moved aside")
                         .arg(m_path + suffix);
            return QString();
        }
    }
    qCWarning(lcDb) << "moved the unreadable history database to" << target;
    return target;
}

void SessionDatabase::closeConnection() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SessionDatabase::close() {
    closeConnection();
    m_textIndex.reset();
    m_opened = false;
    m_openAttempted = false;
    m_schemaVersion = 0;
}

QSqlDatabase SessionDatabase::connection() const {
    if (!m_opened || !QSqlDatabase::contains(m_connectionName))
        fail(m_openAttempted
                 ? QStringLiteral("the history database is not open: %1").arg(m_openResult.error)
                 : QStringLiteral("the history database is not open"));
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 SessionDatabase::createSession(const QString &title, const QString &source,
                                      const QDateTime &at) {
    const QString what = QStringLiteral("creating a session");
    QSqlQuery query = prepare(connection(),
                              QStringLiteral("INSERT INTO sessions (title, source, created_at, "
                                             "updated_at) VALUES (:title, :source, :c, :u)"
                                             " RETURNING id"),
                              what);
    const QString time = isoUtc(validOrNow(at));
    query.bindValue(QStringLiteral(":title"), text(title));
    query.bindValue(QStringLiteral(":source"), source.isEmpty() ? QStringLiteral("app") : source);
    query.bindValue(QStringLiteral(":c"), time);
    query.bindValue(QStringLiteral(":u"), time);
    exec(query, what);
    return insertedId(query, what);
}

qint64 SessionDatabase::appendMessage(const ChatMessage &message) {
    const QString what = QStringLiteral("storing a message");
    const QSqlDatabase db = connection();
    const QString time = isoUtc(validOrNow(message.timestamp));
    const QString role = ChatMessage::roleName(message.role);
    SqlTransaction transaction(db, what);

    QSqlQuery touch = prepare(
        db,
        QStringLiteral("UPDATE sessions SET updated_at = CASE WHEN updated_at < :at THEN :at2"
                       " ELSE updated_at END,"
                       " title = CASE WHEN title = '' AND :role = 'user' THEN :title ELSE title END"
                       " WHERE id = :id"),
        what);
    touch.bindValue(QStringLiteral(":at"), time);
    touch.bindValue(QStringLiteral(":at2"), time);
    touch.bindValue(QStringLiteral(":role"), role);
    touch.bindValue(QStringLiteral(":title"), shortTitle(message.text));
    touch.bindValue(QStringLiteral(":id"), message.sessionId);
    exec(touch, what);
    if (touch.numRowsAffected() != 1)
        fail(QStringLiteral("storing a message failed: there is no session %1")
                 .arg(message.sessionId));

    QSqlQuery insert = prepare(
        db,
        QStringLiteral("INSERT INTO messages (session_id, role, text, created_at, highlights,"
                       " offer_count) VALUES (:session, :role, :text, :at, :highlights, :offers)"
                       " RETURNING id"),
        what);
    insert.bindValue(QStringLiteral(":session"), message.sessionId);
    insert.bindValue(QStringLiteral(":role"), role);
    insert.bindValue(QStringLiteral(":text"), text(message.text));
    insert.bindValue(QStringLiteral(":at"), time);
    insert.bindValue(QStringLiteral(":highlights"), highlightsToJson(message.highlights));
    insert.bindValue(QStringLiteral(":offers"), message.offerCount);
    exec(insert, what);
    const qint64 id = insertedId(insert, what);
    m_textIndex->messageStored(db, id, message.text);
    transaction.commit();
    return id;
}

qint64 SessionDatabase::importSession(const SessionTranscript &transcript) {
    SqlTransaction transaction(connection(), QStringLiteral("importing a session"));
    const SessionSummary &summary = transcript.summary;
    const qint64 sessionId = createSession(summary.title, summary.source, summary.createdAt);
    for (const ChatMessage &original : transcript.messages) {
        ChatMessage message = original;
        message.id = 0;
        message.sessionId = sessionId;
        const qint64 messageId = appendMessage(message);
        const QList<FlightOffer> offers = transcript.offersByMessage.value(original.id);
        if (!offers.isEmpty())
            recordOffers(sessionId, messageId, offers, original.timestamp);
    }
    const QList<FlightOffer> sessionOffers = transcript.offersByMessage.value(0);
    if (!sessionOffers.isEmpty())
        recordOffers(sessionId, 0, sessionOffers, summary.updatedAt);
    transaction.commit();
    return sessionId;
}

int SessionDatabase::recordOffers(qint64 sessionId, qint64 messageId,
                                  const QList<FlightOffer> &offers, const QDateTime &seenAt) {
    const QString what = QStringLiteral("storing offers");
    const QSqlDatabase db = connection();
    SqlTransaction transaction(db, what);
    if (messageId > 0) {
        QSqlQuery owner =
            prepare(db, QStringLiteral("SELECT session_id FROM messages WHERE id = :id"), what);
        owner.bindValue(QStringLiteral(":id"), messageId);
        exec(owner, what);
        if (!owner.next() || owner.value(0).toLongLong() != sessionId)
            fail(QStringLiteral("storing offers failed: message %1 is not in session %2")
                     .arg(messageId)
                     .arg(sessionId));
    }
    QSqlQuery insert = prepare(
        db,
        QStringLiteral("INSERT INTO offers (session_id, message_id, position, provider, offer_id,"
                       " origin, destination, departure_at, return_at, carriers, total_amount,"
                       " currency, total_units, seen_at, snapshot) VALUES (:session, :message,"
                       " :position, :provider, :offer, :origin, :destination, :departure,"
                       " :return, :carriers, :amount, :currency, :units, :seen, :snapshot)"),
        what);
    const QString seen = isoUtc(validOrNow(seenAt));
    int position = 0;
    for (const FlightOffer &offer : offers) {
        if (!offer.totalAmount.isValid() || offer.slices.isEmpty())
            fail(QStringLiteral("storing offers failed: offer %1 has no price or no flights, "
                                "so it could not be restored; nothing was stored")
                     .arg(offer.id));
        const Slice outbound = offer.slices.value(0);
        const QDateTime back =
            offer.slices.size() > 1 ? offer.slices.at(1).departure() : QDateTime();
        insert.bindValue(QStringLiteral(":session"), sessionId);
        insert.bindValue(QStringLiteral(":message"),
                         messageId > 0 ? QVariant(messageId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(QStringLiteral(":position"), position);
        insert.bindValue(QStringLiteral(":provider"), text(offer.provider));
        insert.bindValue(QStringLiteral(":offer"), text(offer.id));
        insert.bindValue(QStringLiteral(":origin"), outbound.origin());
        insert.bindValue(QStringLiteral(":destination"), outbound.destination());
        insert.bindValue(QStringLiteral(":departure"), nullableIso(outbound.departure()));
        insert.bindValue(QStringLiteral(":return"), nullableIso(back));
        insert.bindValue(QStringLiteral(":carriers"), carriersOf(offer));
        insert.bindValue(QStringLiteral(":amount"), offer.totalAmount.amountString());
        insert.bindValue(QStringLiteral(":currency"), offer.totalAmount.currency());
        insert.bindValue(QStringLiteral(":units"), offer.totalAmount.units());
        insert.bindValue(QStringLiteral(":seen"), seen);
        insert.bindValue(
            QStringLiteral(":snapshot"),
            QString::fromUtf8(
                QJsonDocument(OfferJson::toJson(offer)).toJson(QJsonDocument::Compact)));
        exec(insert, what);
        HistoryQueries::notePlaces(db, sessionId, outbound.origin(), outbound.destination());
        ++position;
    }
    transaction.commit();
    return position;
}

QList<SessionSummary> SessionDatabase::listSessions(int limit) {
    const QString what = QStringLiteral("listing sessions");
    QSqlQuery query = prepare(
        connection(),
        QStringLiteral("SELECT s.id, s.title, s.source, s.created_at, s.updated_at,"
                       " (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id),"
                       " (SELECT COUNT(*) FROM offers o WHERE o.session_id = s.id)"
                       " FROM sessions s ORDER BY s.updated_at DESC, s.id DESC LIMIT :limit"),
        what);
    query.setForwardOnly(true);
    // "All" as a bound number both dialects take (PostgreSQL refuses a negative LIMIT).
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : std::numeric_limits<int>::max());
    exec(query, what);
    QList<SessionSummary> sessions;
    while (query.next()) {
        SessionSummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.source = query.value(2).toString();
        s.createdAt = fromIsoUtc(query.value(3));
        s.updatedAt = fromIsoUtc(query.value(4));
        s.messageCount = query.value(5).toInt();
        s.offerCount = query.value(6).toInt();
        sessions.append(s);
    }
    return sessions;
}

SessionTranscript SessionDatabase::loadSession(qint64 sessionId) {
    const QString what = QStringLiteral("loading session %1").arg(sessionId);
    const QSqlDatabase db = connection();
    SessionTranscript transcript;
    // One read transaction, so the three reads see the same snapshot of the file.
    SqlTransaction transaction(db, what);

    QSqlQuery session =
        prepare(db,
                QStringLiteral("SELECT s.id, s.title, s.source, s.created_at, s.updated_at,"
                               " (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id),"
                               " (SELECT COUNT(*) FROM offers o WHERE o.session_id = s.id)"
                               " FROM sessions s WHERE s.id = :id"),
                what);
    session.bindValue(QStringLiteral(":id"), sessionId);
    exec(session, what);
    if (!session.next())
        return transcript; // invalid: no such session
    SessionSummary &s = transcript.summary;
    s.id = session.value(0).toLongLong();
    s.title = session.value(1).toString();
    s.source = session.value(2).toString();
    s.createdAt = fromIsoUtc(session.value(3));
    s.updatedAt = fromIsoUtc(session.value(4));
    s.messageCount = session.value(5).toInt();
    s.offerCount = session.value(6).toInt();

    QSqlQuery messages = prepare(
        db,
        QStringLiteral("SELECT id, role, text, created_at, highlights, offer_count FROM messages"
                       " WHERE session_id = :id ORDER BY id"),
        what);
    messages.setForwardOnly(true);
    messages.bindValue(QStringLiteral(":id"), sessionId);
    exec(messages, what);
    while (messages.next()) {
        ChatMessage m;
        m.id = messages.value(0).toLongLong();
        m.sessionId = sessionId;
        m.role = ChatMessage::roleFromName(messages.value(1).toString());
        m.text = messages.value(2).toString();
        m.timestamp = fromIsoUtc(messages.value(3));
        m.highlights = highlightsFromJson(messages.value(4).toString());
        m.offerCount = messages.value(5).toInt();
        transcript.messages.append(m);
    }

    QSqlQuery offers = prepare(db,
                               QStringLiteral("SELECT id, message_id, snapshot FROM offers"
                                              " WHERE session_id = :id"
                                              " ORDER BY message_id, position, id"),
                               what);
    offers.setForwardOnly(true);
    offers.bindValue(QStringLiteral(":id"), sessionId);
    exec(offers, what);
    while (offers.next()) {
        const QJsonObject json =
            QJsonDocument::fromJson(offers.value(2).toString().toUtf8()).object();
        const std::optional<FlightOffer> offer = OfferJson::fromJson(json);
        if (!offer) {
            qCWarning(lcDb) << "skipping stored offer" << offers.value(0).toLongLong()
                            << "of session" << sessionId << ": its snapshot cannot be restored";
            continue;
        }
        transcript.offersByMessage[offers.value(1).toLongLong()].append(*offer);
    }
    transcript.searches = HistoryQueries::searchesOf(db, sessionId);
    transcript.marks = HistoryQueries::marksOf(db, sessionId);
    transaction.commit();
    return transcript;
}

QList<HistoryHit> SessionDatabase::searchHistory(const QString &text, int limit) {
    const QSqlDatabase db = connection();
    return m_textIndex->search(db, text, limit > 0 ? limit : 50);
}

QList<PricePoint> SessionDatabase::priceHistory(const QString &originCode,
                                                const QString &destinationCode, int limit,
                                                const QTimeZone &zone) {
    return HistoryQueries::priceHistory(connection(), originCode, destinationCode, limit, zone);
}

qint64 SessionDatabase::recordSearch(qint64 sessionId, const SearchRecord &search) {
    return HistoryQueries::recordSearch(connection(), sessionId, search);
}

qint64 SessionDatabase::recordParse(qint64 messageId, const QByteArray &parseJson,
                                    const QString &language) {
    return HistoryQueries::recordParse(connection(), messageId, parseJson, language);
}

bool SessionDatabase::markOffer(qint64 sessionId, const QString &offerId, OfferMark mark,
                                const QDateTime &at) {
    return HistoryQueries::markOffer(connection(), sessionId, offerId, mark, at);
}

bool SessionDatabase::deleteSession(qint64 sessionId) {
    const QSqlDatabase db = connection();
    SqlTransaction transaction(db, QStringLiteral("deleting a session"));
    const bool deleted = HistoryQueries::deleteSession(db, sessionId);
    if (deleted)
        m_textIndex->purge(db);
    transaction.commit();
    if (deleted)
        checkpoint();
    return deleted;
}

int SessionDatabase::clearHistory() {
    const QSqlDatabase db = connection();
    SqlTransaction transaction(db, QStringLiteral("clearing the history"));
    const int deleted = HistoryQueries::deleteAllSessions(db);
    m_textIndex->purge(db);
    transaction.commit();
    checkpoint();
    return deleted;
}

bool SessionDatabase::fullTextAvailable() {
    connection();
    return m_textIndex->flavour() != HistoryTextIndex::Flavour::Like;
}

void SessionDatabase::checkpoint() {
    if (m_settings.isPostgreSql())
        return; // no WAL file of ours: the server keeps its own
    // Copies every page into the main file and truncates the WAL, so the pages that held the
    // deleted text (old versions in the WAL) are gone too. A busy reader only delays it.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcDb) << "WAL checkpoint failed:" << query.lastError().text();
    else if (query.next() && query.value(0).toInt() != 0)
        qCWarning(lcDb) << "WAL checkpoint was blocked by a reader; the WAL is truncated later";
}
