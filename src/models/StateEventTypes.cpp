// SPDX-License-Identifier: MIT
#include "models/StateEventTypes.h"

#include "models/JobLifecycle.h"
#include "protocol/EventType.h"

namespace dispatch {

QStringList StateEventTypes::forJobStates(const QList<dwp::JobState>& states)
{
    namespace T = dwp::EventType;
    QStringList types;
    for (const QString& type :
         {T::JobEnqueued, T::JobStarted, T::JobCompleted, T::JobFailed, T::JobRetrying, T::JobDlq}) {
        const auto signal = JobLifecycle::signalForEventType(type);
        if (signal && states.contains(JobLifecycle::stateAfter(*signal)))
            types.append(type);
    }
    return types;
}

QStringList StateEventTypes::forRunStates(const QList<dwp::RunState>& states)
{
    namespace T = dwp::EventType;
    QStringList types;
    if (states.contains(dwp::RunState::Running))
        types.append(T::WorkflowStarted);
    if (states.contains(dwp::RunState::Completed))
        types.append(T::WorkflowCompleted);
    if (states.contains(dwp::RunState::Failed))
        types.append(T::WorkflowFailed);
    return types;
}

} // namespace dispatch
