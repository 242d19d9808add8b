// SPDX-License-Identifier: MIT
#pragma once

#include <qcoro/qcorotask.h>
#include <utility>

class QObject;

namespace dispatch {

// Runs `task` to its end without anyone awaiting it (fire and forget) and logs, as a warning naming `what`
// and `context`, any exception that escapes it. A QCoro task nobody awaits keeps an escaped exception in its
// promise and drops it with the frame: the failure would vanish without a trace.
//
// `context` is the object the work is done for; it only names the work in the log (its class and object
// name, read now, since it may be gone when the task ends). The task itself must still guard what it touches
// after a co_await (a QPointer), as every coroutine here does. `what` must outlive the call only: it is
// copied.
void detached(QCoro::Task<> task, const QObject* context, const char* what);

// The same for a task with a result nobody needs (`switchTo()` answers whether it switched; a click does not
// care). The result is dropped; an escaped exception is logged as above.
template<typename T>
void detached(QCoro::Task<T> task, const QObject* context, const char* what)
{
    // Parameter by value: the frame outlives the caller's temporary (style.md, coroutines).
    auto dropResult = [](QCoro::Task<T> inner) -> QCoro::Task<> { co_await std::move(inner); };
    detached(dropResult(std::move(task)), context, what);
}

} // namespace dispatch
