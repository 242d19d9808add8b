// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"

#include <QString>
#include <optional>

namespace dispatch {

// The rules that decide whether something we learn about a job moves its state. Events can arrive out of
// order (several server instances each publish what their own workers did, §5) and more than once, and DWP
// cancel emits no event at all (§3), so "last event wins" would make completed jobs reopen. The rules:
//
// - A job we know nothing about takes any state.
// - Completed and failed end the job for everything but another outcome: a start or enqueue after them is
//   stale or skewed. Between the two outcomes the newer wins — REST retry resets a failed job without an
//   event (§8), so a later job.completed is the only sign it ran again — which also makes the result
//   independent of the order the two arrive in. job.dlq counts as failed.
// - Pending, running and retrying follow the event time: a newer event moves the job, an older one is stale;
//   at the same instant the later lifecycle step wins. So a repeated job.started — the engine's endless
//   running↔pending loop for an unknown job name, whose resets to pending emit nothing (§3) — keeps the job
//   running and moves its start time, while a duplicate changes nothing.
// - An outcome ends a pending, running or retrying job whatever its time: an outcome is never stale, whereas
//   a start stamped after it by a skewed clock would be.
// - A cancel we issued (markCancelled) always applies: DWP cancel relabels any job (§3). Afterwards only an
//   outcome newer than the event that set the state before the cancel moves the job again, because the
//   server's executor overwrites the label when a running handler finishes anyway (§3). Cancels go by arrival
//   order, not time: the cancel has no server timestamp to compare.
class JobLifecycle
{
public:
    enum class Signal : quint8
    {
        Enqueued,
        Started,
        Retrying,
        Completed,
        Failed,
        DeadLettered,
        Cancelled, // a cancel this client issued
    };

    static std::optional<Signal> signalForEventType(const QString& eventType);
    static dwp::JobState stateAfter(Signal signal);

    // Whether `signal`, stamped `signalNanos`, moves a job that is in `current` since `currentNanos`.
    static bool moves(std::optional<dwp::JobState> current, qint64 currentNanos, Signal signal,
                      qint64 signalNanos);

private:
    static int lifecycleStep(dwp::JobState state);
};

} // namespace dispatch
