// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogue/DialogueState.h"
#include "dialogue/ReplyComposer.h"
#include "domain/ChatMessage.h"
#include "domain/FlightOffer.h"
#include "domain/TravelRequest.h"
#include "storage/SessionSummary.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class FanOutSearch;
class FlightProvider;
class SessionStore;

/**
 * Runs one turn of a conversation end to end, for the desktop app and the CLI alike:
 * the message is parsed on QtConcurrent, merged into the DialogueState, and either a question
 * is asked or a search is started on the FlightProvider; every message and the offers shown
 * are written to the SessionStore (when one is given). Nothing here blocks the calling thread.
 *
 * A search runs as a FanOutSearch: on every provider given (setProviders()) at once, and, when
 * the dates are flexible by N days, on every day from N days before to N days after (the return
 * moving with the departure, days in the past left out), all in parallel and merged. The reply
 * then starts with the cheapest price of each day.
 *
 * Signals arrive in the controller's thread, in this order for a turn that searches:
 * busyChanged(true), messageAdded(user), messageChanged(user, with highlights),
 * stateChanged, messageAdded(assistant "searching…"), offersChanged(...),
 * messageAdded(assistant with the results), busyChanged(false), turnFinished().
 * A search of several parts emits offersChanged() as parts arrive, each time with the merged
 * offers so far (a list that extends the previous one, see FanOutSearch::progress()), then once
 * more with every offer sorted by price; a search of one part emits it once.
 * A message is written to the history in the same store call as the offers it shows, and in
 * call order behind the creation of its session, so quitting at any moment loses nothing that
 * was shown.
 */
class ChatController : public QObject {
    Q_OBJECT

public:
    /** @p store may be null (no history). Neither is owned. */
    ChatController(FlightProvider *provider, SessionStore *store, QObject *parent = nullptr);
    ~ChatController() override;

    /** Injected clock for tests and `--now`; defaults to the current local time. */
    void setClock(std::function<QDateTime()> now);
    /**
     * Searches with @p provider (not owned; may be null) from the next search on. A search
     * already running finishes on the provider it started on, which must stay alive until then.
     */
    void setProvider(FlightProvider *provider);
    /**
     * Searches with every provider of @p providers at once (none owned; null and repeated ones
     * are skipped; at most FanOutSearch::MaxProviders are used), merging their offers.
     */
    void setProviders(const QList<FlightProvider *> &providers);
    /** The first provider searched (null when none). */
    FlightProvider *provider() const;
    QList<FlightProvider *> providers() const;
    /** "app" or "cli": recorded with new sessions. */
    void setSource(const QString &source) { m_source = source; }

    bool isBusy() const { return m_busy; }
    qint64 sessionId() const { return m_sessionId; }
    const DialogueState &state() const { return m_state; }
    const QList<FlightOffer> &offers() const { return m_offers; }
    /** The action of the last finished turn: "ask", "search", "refine", "answer" or "book". */
    QString lastAction() const { return m_lastAction; }

public Q_SLOTS:
    /** Starts a turn for @p text. Ignored (returns false) while a turn is running or text is blank.
     */
    bool submit(const QString &text);
    /** Cancels a running search; the turn finishes with a short notice. */
    void cancel();
    /** Forgets the conversation state; the next message starts a new stored session. */
    void startNewSession();

Q_SIGNALS:
    void messageAdded(const ChatMessage &message);
    /** A message already added changed (its highlights after parsing, or its stored id). */
    void messageChanged(const ChatMessage &message);
    void busyChanged(bool busy);
    void offersChanged(const QList<FlightOffer> &offers);
    void stateChanged(const TravelRequest &settled);
    /** A new session was stored (its id) or a stored one was updated: refresh the history. */
    void historyChanged();
    void turnFinished();

private:
    void onParsed(qint64 turn, const TravelRequest &parsed);
    void startSearch(const SearchRequest &request);
    void onSearchProgress(const QList<FlightOffer> &offers, int finishedParts, int totalParts);
    void onSearchFinished();
    /** Stops the running search without a word (no signal from it afterwards). */
    void dropSearch();
    /** Writes replies in the language the person writes in (the window's until it is known). */
    ReplyComposer replyComposer() const;
    /** Adds, announces and stores a message; returns its index in m_messages. */
    int addMessage(ChatMessage::Role role, const QString &text,
                   const QList<FlightOffer> &offers = {});
    /** Writes m_messages[index] (with the offers it shows), creating the session first if needed.
     */
    QFuture<qint64> storeMessage(int index, const QList<FlightOffer> &offers = {});
    /** Stores the parse of user message @p text, once @p stored (its store future) gives its id. */
    void recordParse(const QFuture<qint64> &stored, const TravelRequest &parsed,
                     const QString &text);
    /** Stores one search record per part of @p search, asked by the current turn's message. */
    void recordSearch(const FanOutSearch &search);
    void finishTurn(const QString &action);
    void setBusy(bool busy);
    QDateTime now() const;

    QList<QPointer<FlightProvider>> m_providers;
    QPointer<SessionStore> m_store;
    std::function<QDateTime()> m_now;
    QString m_source = QStringLiteral("app");
    DialogueState m_state;
    QList<ChatMessage> m_messages;
    QList<FlightOffer> m_offers;
    QPointer<FanOutSearch> m_search;
    qsizetype m_offersShown = 0; ///< offers announced by the running search so far
    QDateTime m_searchStartedAt; ///< when the running search started (UTC)
    QFuture<qint64> m_askedBy;   ///< the stored id of the user message of the current turn
    QFuture<qint64> m_session;   ///< the stored session, once the first message creates it
    qint64 m_sessionId = 0;
    qint64 m_generation = 0; ///< bumped by startNewSession(), to drop stale results
    qint64 m_turn = 0;
    bool m_busy = false;
    QString m_lastAction;
};
