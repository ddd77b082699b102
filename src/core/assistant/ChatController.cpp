// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatController.h"

#include "diagnostics/LoggingCategories.h"
#include "dialogue/ReplyComposer.h"
#include "nlp/RequestParser.h"
#include "providers/FlightProvider.h"
#include "storage/SessionStore.h"
#include "util/AsyncTask.h"

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
    , m_provider(provider)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTime(); }) {}

ChatController::~ChatController() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
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
            storeMessage(i);
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
    if (!m_provider) {
        addMessage(ChatMessage::Role::Assistant,
                   replyComposer().failure({ProviderError::Code::Network, QString()}));
        finishTurn(QStringLiteral("answer"));
        return;
    }
    m_reply = m_provider->search(request);
    m_reply->setParent(this);
    connect(m_reply, &SearchReply::finished, this, &ChatController::onSearchFinished);
}

void ChatController::onSearchFinished() {
    SearchReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const ReplyComposer composer = replyComposer();
    const ProviderError error = reply->error();
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
    qCInfo(lcApi) << "search gave" << reply->offers().size() << "offers in" << reply->elapsedMs()
                  << "ms";
    m_offers = reply->offers();
    Q_EMIT offersChanged(m_offers);
    addMessage(ChatMessage::Role::Assistant, composer.results(m_offers, m_state.settled()),
               m_offers);
    const bool refined = m_state.hasSearched();
    m_state.markSearched();
    finishTurn(refined ? QStringLiteral("refine") : QStringLiteral("search"));
}

void ChatController::cancel() {
    if (!m_busy)
        return;
    if (m_reply) {
        m_reply->cancel(); // finishes synchronously: onSearchFinished() reports it
        return;
    }
    ++m_turn; // drop the parse in flight
    if (!m_messages.isEmpty() && m_messages.last().role == ChatMessage::Role::User)
        storeMessage(int(m_messages.size()) - 1);
    addMessage(ChatMessage::Role::Assistant, replyComposer().cancelled());
    finishTurn(QStringLiteral("answer"));
}

void ChatController::startNewSession() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    ++m_turn;
    ++m_generation;
    m_state.reset();
    m_messages.clear();
    m_offers.clear();
    m_session = QFuture<qint64>();
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

void ChatController::storeMessage(int index, const QList<FlightOffer> &offers) {
    if (!m_store)
        return;
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
    AsyncTask::whenReady(
        this, m_store->appendMessage(m_session, message, offers, message.timestamp),
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
