// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatController.h"

#include "diagnostics/LoggingCategories.h"
#include "dialogue/ReplyComposer.h"
#include "nlp/RequestParser.h"
#include "providers/FlightProvider.h"
#include "providers/fanout/FanOutSearch.h"
#include "storage/SessionStore.h"
#include "util/AsyncTask.h"
#include "json/OfferJson.h"
#include "json/TravelRequestJson.h"

#include <QJsonDocument>

#include <algorithm>

namespace {
const RequestParser &sharedParser() {
    static const RequestParser parser;
    return parser;
}

QString titleFor(const QString &text) {
    QString title = text.simplified();
    if (title.size() > 80)
        title = title.left(79) + QStringLiteral("…");
    return title;
}

DialogueState::Slot questionOf(DialogueState::Action::Kind kind) {
    using Kind = DialogueState::Action::Kind;
    switch (kind) {
    case Kind::AskOrigin:
        return DialogueState::Slot::Origin;
    case Kind::AskDestination:
        return DialogueState::Slot::Destination;
    case Kind::AskDate:
        return DialogueState::Slot::Date;
    default:
        return DialogueState::Slot::None;
    }
}
} // namespace

ChatController::ChatController(FlightProvider *provider, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTime(); }) {
    setProvider(provider);
}

ChatController::~ChatController() {
    dropSearch();
}

void ChatController::dropSearch() {
    if (!m_search)
        return;
    m_search->disconnect(this);
    m_search->cancel(); // cancels the parts still running and frees their replies
    m_search->deleteLater();
    m_search = nullptr;
}

void ChatController::setProvider(FlightProvider *provider) {
    setProviders(provider ? QList<FlightProvider *>{provider} : QList<FlightProvider *>{});
}

void ChatController::setProviders(const QList<FlightProvider *> &providers) {
    m_providers.clear();
    for (FlightProvider *provider : providers) {
        if (!provider || m_providers.contains(provider) ||
            m_providers.size() >= FanOutSearch::MaxProviders)
            continue;
        m_providers.append(provider);
    }
}

FlightProvider *ChatController::provider() const {
    for (const QPointer<FlightProvider> &p : m_providers) {
        if (p)
            return p;
    }
    return nullptr;
}

QList<FlightProvider *> ChatController::providers() const {
    QList<FlightProvider *> list;
    for (const QPointer<FlightProvider> &p : m_providers) {
        if (p)
            list.append(p);
    }
    return list;
}

void ChatController::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

QDateTime ChatController::now() const {
    return m_now();
}

bool ChatController::submit(const QString &text) {
    if (m_busy || text.trimmed().isEmpty())
        return false;
    setBusy(true);
    const qint64 turn = ++m_turn;
    addMessage(ChatMessage::Role::User, text);
    const QDateTime at = now();
    AsyncTask::run(
        this, [text, at] { return sharedParser().parse(text, at); },
        [this, turn](const TravelRequest &parsed) { onParsed(turn, parsed); });
    return true;
}

void ChatController::onParsed(qint64 turn, const TravelRequest &parsed) {
    if (turn != m_turn)
        return; // cancelled or superseded while parsing
    qCDebug(lcDialogue) << "parsed intent" << TravelRequest::intentName(parsed.intent);
    // The user message is the last one added before parsing started.
    for (int i = int(m_messages.size()) - 1; i >= 0; --i) {
        if (m_messages.at(i).role == ChatMessage::Role::User) {
            m_messages[i].highlights = parsed.understoodSpans();
            Q_EMIT messageChanged(m_messages.at(i));
            m_askedBy = storeMessage(i);
            recordParse(m_askedBy, parsed, m_messages.at(i).text);
            break;
        }
    }
    m_state.apply(parsed);
    Q_EMIT stateChanged(m_state.settled());

    const DialogueState::Action action = m_state.nextAction(now().date());
    const ReplyComposer composer = replyComposer();
    m_state.setPendingQuestion(questionOf(action.kind));
    if (action.kind == DialogueState::Action::Kind::Search) {
        addMessage(ChatMessage::Role::Assistant, composer.searching(m_state.settled()));
        startSearch(action.request);
        return;
    }
    addMessage(ChatMessage::Role::Assistant,
               composer.forAction(action, m_state.settled(), m_state.lastMessageUnderstood()));
    const bool asks = questionOf(action.kind) != DialogueState::Slot::None ||
                      action.kind == DialogueState::Action::Kind::FixProblem;
    finishTurn(asks ? QStringLiteral("ask") : QStringLiteral("answer"));
}

ReplyComposer ChatController::replyComposer() const {
    return ReplyComposer::forLanguage(m_state.language());
}

void ChatController::startSearch(const SearchRequest &request) {
    const QList<FlightProvider *> searched = providers();
    if (searched.isEmpty()) {
        addMessage(ChatMessage::Role::Assistant,
                   replyComposer().failure({ProviderError::Code::Network, QString()}));
        finishTurn(QStringLiteral("answer"));
        return;
    }
    // Flexible dates: every day from N before to N after, on every provider, all at once.
    const QList<SearchRequest> requests =
        DialogueState::flexibleRequests(request, m_state.settled().flexibility(), now().date());
    auto *search = new FanOutSearch(this);
    search->addParts(searched, requests);
    m_search = search;
    m_offersShown = 0;
    m_searchStartedAt = now().toUTC();
    connect(search, &FanOutSearch::progress, this, &ChatController::onSearchProgress);
    connect(search, &FanOutSearch::finished, this, &ChatController::onSearchFinished);
    qCDebug(lcApi) << "searching" << search->partCount() << "parts on" << searched.size()
                   << "providers";
    search->start();
}

void ChatController::onSearchProgress(const QList<FlightOffer> &offers, int finishedParts,
                                      int totalParts) {
    // The last part's offers come with the final, sorted list; a part that added nothing
    // changes nothing on screen.
    if (finishedParts >= totalParts || offers.size() <= m_offersShown)
        return;
    m_offersShown = offers.size();
    m_offers = offers;
    Q_EMIT offersChanged(m_offers);
}

void ChatController::onSearchFinished() {
    FanOutSearch *search = m_search;
    m_search = nullptr;
    if (!search)
        return;
    search->disconnect(this);
    search->deleteLater();
    recordSearch(*search);
    const ReplyComposer composer = replyComposer();
    const ProviderError error = search->error();
    if (error.code == ProviderError::Code::Cancelled) {
        addMessage(ChatMessage::Role::Assistant, composer.cancelled());
        finishTurn(QStringLiteral("answer"));
        return;
    }
    if (error.isError()) {
        qCWarning(lcApi) << "search failed:" << ProviderError::codeName(error.code) << error.detail;
        addMessage(ChatMessage::Role::Assistant, composer.failure(error));
        finishTurn(QStringLiteral("answer"));
        return;
    }
    m_offers = search->offers();
    qCInfo(lcApi) << "search gave" << m_offers.size() << "offers from" << search->partCount()
                  << "parts in" << search->elapsedMs() << "ms";
    Q_EMIT offersChanged(m_offers);

    QStringList text;
    const QList<FanOutSearch::DayPrice> days = search->cheapestByDate();
    if (days.size() > 1) {
        QList<std::pair<QDate, std::optional<Money>>> prices;
        for (const FanOutSearch::DayPrice &day : days)
            prices.append({day.date, day.cheapest});
        text.append(composer.cheapestByDay(prices));
    }
    text.append(composer.results(m_offers, m_state.settled()));
    const qsizetype failed =
        std::count_if(search->parts().cbegin(), search->parts().cend(),
                      [](const FanOutSearch::Part &part) { return part.error.isError(); });
    if (failed > 0)
        text.append(composer.partlyFailed(int(failed), search->partCount()));
    addMessage(ChatMessage::Role::Assistant, text.join(u' '), m_offers);
    const bool refined = m_state.hasSearched();
    m_state.markSearched();
    finishTurn(refined ? QStringLiteral("refine") : QStringLiteral("search"));
}

void ChatController::cancel() {
    if (!m_busy)
        return;
    if (m_search) {
        m_search->cancel(); // finishes synchronously: onSearchFinished() reports it
        return;
    }
    ++m_turn; // drop the parse in flight
    if (!m_messages.isEmpty() && m_messages.last().role == ChatMessage::Role::User)
        storeMessage(int(m_messages.size()) - 1);
    addMessage(ChatMessage::Role::Assistant, replyComposer().cancelled());
    finishTurn(QStringLiteral("answer"));
}

void ChatController::startNewSession() {
    dropSearch();
    ++m_turn;
    ++m_generation;
    m_state.reset();
    m_messages.clear();
    m_offers.clear();
    m_session = QFuture<qint64>();
    m_askedBy = QFuture<qint64>();
    m_sessionId = 0;
    m_lastAction.clear();
    Q_EMIT offersChanged(m_offers);
    setBusy(false);
}

int ChatController::addMessage(ChatMessage::Role role, const QString &text,
                               const QList<FlightOffer> &offers) {
    ChatMessage message;
    message.role = role;
    message.text = text;
    message.timestamp = now().toUTC();
    message.offerCount = int(offers.size());
    message.sessionId = m_sessionId;
    m_messages.append(message);
    Q_EMIT messageAdded(message);
    const int index = int(m_messages.size()) - 1;
    // A user message is stored once parsed, with its highlights (see onParsed and cancel).
    if (role != ChatMessage::Role::User)
        storeMessage(index, offers);
    return index;
}

QFuture<qint64> ChatController::storeMessage(int index, const QList<FlightOffer> &offers) {
    if (!m_store)
        return {};
    const ChatMessage &message = m_messages.at(index);
    const qint64 generation = m_generation;
    if (!m_session.isValid()) {
        m_session = m_store->createSession(titleFor(message.text), m_source, message.timestamp);
        AsyncTask::whenReady(
            this, m_session,
            [this, generation](qint64 id) {
                if (generation != m_generation)
                    return;
                m_sessionId = id;
                for (ChatMessage &m : m_messages)
                    m.sessionId = id;
                Q_EMIT historyChanged();
            },
            [](const QString &error) {
                qCWarning(lcDb) << "the session could not be created:" << error;
            });
    }
    const QFuture<qint64> stored =
        m_store->appendMessage(m_session, message, offers, message.timestamp);
    AsyncTask::whenReady(
        this, stored,
        [this, generation, index](qint64 id) {
            if (generation != m_generation || index >= m_messages.size())
                return;
            m_messages[index].id = id;
            m_messages[index].sessionId = m_sessionId;
            Q_EMIT messageChanged(m_messages.at(index));
            Q_EMIT historyChanged();
        },
        [](const QString &) {
            qCWarning(lcDb) << "a message could not be written to the history";
        });
    return stored;
}

void ChatController::recordParse(const QFuture<qint64> &stored, const TravelRequest &parsed,
                                 const QString &text) {
    if (!m_store || !stored.isValid())
        return;
    const QByteArray json =
        QJsonDocument(TravelRequestJson::toJson(parsed, text)).toJson(QJsonDocument::Compact);
    AsyncTask::whenReady(
        this, stored,
        [store = m_store, json, language = parsed.language](qint64 messageId) {
            if (store)
                store->recordParse(messageId, json, language);
        },
        [](const QString &) {});
}

void ChatController::recordSearch(const FanOutSearch &search) {
    if (!m_store || !m_askedBy.isValid())
        return;
    const bool cancelled = search.error().code == ProviderError::Code::Cancelled;
    QList<SearchRecord> records;
    for (const FanOutSearch::Part &part : search.parts()) {
        SearchRecord record;
        record.provider = part.providerId;
        record.requestJson =
            QJsonDocument(OfferJson::requestToJson(part.request)).toJson(QJsonDocument::Compact);
        record.startedAt = m_searchStartedAt;
        if (part.finished) {
            record.finishedAt = m_searchStartedAt.addMSecs(part.elapsedMs);
            record.outcome = part.error.isError() ? QStringLiteral("error") : QStringLiteral("ok");
            if (part.error.isError())
                record.errorCode = ProviderError::codeName(part.error.code);
            record.offerCount = part.offerCount;
        } else {
            record.outcome = cancelled ? QStringLiteral("cancelled") : QStringLiteral("error");
        }
        records.append(record);
    }
    // The session exists once the asking message is stored (calls run in order).
    AsyncTask::whenReady(
        this, m_askedBy,
        [store = m_store, session = m_session, records](qint64 messageId) {
            if (!store || !session.isFinished() || session.resultCount() == 0)
                return;
            for (SearchRecord record : records) {
                record.messageId = messageId;
                store->recordSearch(session.result(), record);
            }
        },
        [](const QString &) {});
}

void ChatController::finishTurn(const QString &action) {
    m_lastAction = action;
    setBusy(false);
    Q_EMIT turnFinished();
}

void ChatController::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
