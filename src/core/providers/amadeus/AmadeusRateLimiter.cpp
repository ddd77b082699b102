// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmadeusRateLimiter.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

AmadeusRateLimiter::AmadeusRateLimiter(int ratePerSecond, int minSpacingMs, int maxQueued,
                                       QObject *parent)
    : QObject(parent)
    , m_rate(std::max(0, ratePerSecond))
    , m_spacingMs(std::max(0, minSpacingMs))
    , m_maxQueued(std::max(1, maxQueued))
    , m_timer(new QTimer(this))
    , m_tokens(m_rate) {
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AmadeusRateLimiter::pump);
}

AmadeusRateLimiter::~AmadeusRateLimiter() = default;

void AmadeusRateLimiter::setClock(Clock clock) {
    if (clock)
        m_clock = std::move(clock);
    m_lastRefill = -1;
    m_lastGrant = -1;
}

void AmadeusRateLimiter::setLimits(int ratePerSecond, int minSpacingMs) {
    m_rate = std::max(0, ratePerSecond);
    m_spacingMs = std::max(0, minSpacingMs);
    m_tokens = m_rate;
    m_lastRefill = -1;
    if (!m_queue.empty())
        schedule(0); // re-evaluate the head under the new limits
}

quint64 AmadeusRateLimiter::acquire(QObject *context, std::function<void()> go) {
    // Tickets of dead contexts or cancelled ones do not count against the bound.
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [](const Ticket &t) { return t.hasContext && !t.context; }),
                  m_queue.end());
    if (int(m_queue.size()) >= m_maxQueued || !go)
        return 0;
    const quint64 id = m_nextId++;
    m_queue.push_back({id, context, context != nullptr, std::move(go)});
    if (!m_timer->isActive())
        schedule(0);
    return id;
}

bool AmadeusRateLimiter::cancel(quint64 ticket) {
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [ticket](const Ticket &t) { return t.id == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    if (m_queue.empty())
        m_timer->stop();
    return true;
}

void AmadeusRateLimiter::refill(qint64 now) {
    if (m_lastRefill < 0) {
        m_lastRefill = now;
        return;
    }
    if (m_rate <= 0)
        return;
    const qint64 elapsed = std::max<qint64>(0, now - m_lastRefill);
    m_tokens = std::min<double>(m_rate, m_tokens + double(elapsed) * m_rate / 1000.0);
    m_lastRefill = now;
}

void AmadeusRateLimiter::pump() {
    // At most one request per pump: the spacing (>= 1 ms apart in practice) paces the rest.
    while (!m_queue.empty() && m_queue.front().hasContext && !m_queue.front().context)
        m_queue.pop_front();
    if (m_queue.empty())
        return;
    const qint64 now = m_clock();
    refill(now);
    qint64 wait = 0;
    if (m_lastGrant >= 0 && m_spacingMs > 0)
        wait = std::max<qint64>(wait, m_lastGrant + m_spacingMs - now);
    if (m_rate > 0 && m_tokens < 1.0)
        wait = std::max<qint64>(wait, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
    if (wait > 0) {
        schedule(wait);
        return;
    }
    Ticket ticket = std::move(m_queue.front());
    m_queue.pop_front();
    if (m_rate > 0)
        m_tokens -= 1.0;
    m_lastGrant = now;
    ++m_granted;
    if (!m_queue.empty())
        schedule(m_spacingMs);
    ticket.go(); // may queue, cancel or even delete this limiter: nothing follows
}

void AmadeusRateLimiter::schedule(qint64 delayMs) {
    m_timer->start(int(std::clamp<qint64>(delayMs, 0, 60000)));
}
