// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/AsyncTask.h"

#include <QByteArray>
#include <QObject>

#include <utility>

/**
 * Runs a pure parse of a response body where it does not stall the caller's thread: bodies
 * over LargeBodyBytes go to the thread pool (AsyncTask, the result comes back in @p context's
 * thread), small ones are parsed at once (cheaper than a thread hop). @p done is never called if
 * @p context is destroyed first. @p parse must be pure: it gets the bytes and returns a value.
 * Call it from the event loop only (never inside a FlightProvider call): for small bodies
 * @p done runs before run() returns.
 */
namespace BodyParser {
constexpr qsizetype LargeBodyBytes = 64 * 1024;

template <typename Parse, typename Done>
void run(QObject *context, const QByteArray &body, Parse &&parse, Done &&done) {
    if (body.size() <= LargeBodyBytes) {
        done(parse(body));
        return;
    }
    AsyncTask::run(
        context, [body, parse = std::forward<Parse>(parse)]() { return parse(body); },
        std::forward<Done>(done));
}
} // namespace BodyParser
