// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

/**
 * Runs @p work on a thread pool and calls @p done with its result in @p context's thread.
 * If @p context is destroyed first, @p done is never called (the work still finishes, and its
 * result is dropped). @p work must not touch QObjects, widgets or models; it gets values in and
 * gives a value back. Returns the future, so a caller can cancel interest in it.
 */
namespace AsyncTask {
template <typename Work, typename Done>
auto run(QObject *context, Work &&work, Done &&done,
         QThreadPool *pool = QThreadPool::globalInstance()) {
    using Result = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if (!watcher->isCanceled())
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    QFuture<Result> future = QtConcurrent::run(pool, std::forward<Work>(work));
    watcher->setFuture(future);
    return future;
}
} // namespace AsyncTask
