// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
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

/**
 * Calls @p done with the result of @p future in @p context's thread once it is ready, or
 * @p failed with a message if the future holds an exception or was cancelled without a result.
 * Never waits: the callbacks run from the event loop. Unlike QFuture::then(context, ...) in
 * Qt 6.4, nothing is called (and nothing asserts) if @p context is destroyed first: the
 * watcher is its child and dies with it.
 */
template <typename T, typename Done, typename Failed>
void whenReady(QObject *context, const QFuture<T> &future, Done &&done, Failed &&failed) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done),
                      failed = std::forward<Failed>(failed)]() mutable {
                         watcher->deleteLater();
                         QFuture<T> ready = watcher->future();
                         try {
                             ready.waitForFinished(); // finished already: only rethrows
                         } catch (const QException &error) {
                             failed(QString::fromUtf8(error.what()));
                             return;
                         } catch (const std::exception &error) {
                             failed(QString::fromUtf8(error.what()));
                             return;
                         }
                         if constexpr (std::is_void_v<T>) {
                             done();
                         } else {
                             if (ready.resultCount() == 0) {
                                 failed(QStringLiteral("cancelled"));
                                 return;
                             }
                             done(ready.result());
                         }
                     });
    watcher->setFuture(future);
}
} // namespace AsyncTask
