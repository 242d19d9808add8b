// SPDX-License-Identifier: MIT
#pragma once

#include <qcoro/qcorotask.h>

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

} // namespace dispatch
