// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace dispatch {

// Runs `work` on a thread of the global pool and hands its result back as a future to co_await: how the
// journal's readers (JournalReader, JournalSearch) and saved run files (SavedRun) stay off the GUI thread.
// The readers' connections are made and dropped inside `work`, in the thread that uses them.
template<typename Result, typename Work>
QFuture<Result> onWorkerThread(Work work)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace dispatch
