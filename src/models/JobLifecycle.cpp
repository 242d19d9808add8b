// SPDX-License-Identifier: MIT
#include "models/JobLifecycle.h"

#include "protocol/EventType.h"

namespace dispatch {

using dwp::JobState;

std::optional<JobLifecycle::Signal> JobLifecycle::signalForEventType(const QString& eventType)
{
    namespace T = dwp::EventType;
    if (eventType == T::JobEnqueued)
        return Signal::Enqueued;
    if (eventType == T::JobStarted)
        return Signal::Started;
    if (eventType == T::JobRetrying)
        return Signal::Retrying;
    if (eventType == T::JobCompleted)
        return Signal::Completed;
    if (eventType == T::JobFailed)
        return Signal::Failed;
    if (eventType == T::JobDlq)
        return Signal::DeadLettered;
    return std::nullopt;
}

JobState JobLifecycle::stateAfter(Signal signal)
{
    switch (signal) {
    case Signal::Enqueued:
        return JobState::Pending;
    case Signal::Started:
        return JobState::Running;
    case Signal::Retrying:
        return JobState::Retrying;
    case Signal::Completed:
        return JobState::Completed;
    case Signal::Failed:
    case Signal::DeadLettered:
        return JobState::Failed;
    case Signal::Cancelled:
        return JobState::Cancelled;
    }
    return JobState::Pending;
}

int JobLifecycle::lifecycleStep(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return 0;
    case JobState::Running:
        return 1;
    case JobState::Retrying:
        return 2;
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
        return 3;
    }
    return 0;
}

bool JobLifecycle::moves(std::optional<JobState> current, qint64 currentNanos, Signal signal,
                         qint64 signalNanos)
{
    if (!current || signal == Signal::Cancelled)
        return true;
    const JobState next = stateAfter(signal);
    const bool isOutcome = signal == Signal::Completed || signal == Signal::Failed ||
                           signal == Signal::DeadLettered || signal == Signal::Retrying;
    switch (*current) {
    case JobState::Completed:
        return (signal == Signal::Failed || signal == Signal::DeadLettered) && signalNanos > currentNanos;
    case JobState::Failed:
        return signal == Signal::Completed && signalNanos > currentNanos;
    case JobState::Cancelled:
        return isOutcome && signalNanos > currentNanos;
    case JobState::Pending:
    case JobState::Running:
    case JobState::Retrying:
        break;
    }
    if (next == JobState::Completed || next == JobState::Failed)
        return true;
    if (signalNanos != currentNanos)
        return signalNanos > currentNanos;
    return lifecycleStep(next) > lifecycleStep(*current);
}

} // namespace dispatch
