// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace devserver {

// One step of a simulated workflow, modelled on the real engine's step kinds (dwp-protocol.md §4
// TimelineEntry): what checkpoint it leaves in the timeline and which events it emits.
struct WorkflowStep
{
    enum class Kind
    {
        Step,           // checkpoint `name`, no data; workflow.step_completed / step_failed
        StepWithResult, // checkpoint `name` with gob (binary) data; same events as Step
        Sleep,          // checkpoint `sleep:name`, no data, no event
        WaitForEvent    // checkpoint `wait:name` with the event's JSON, or no data on timeout; no event
    };

    Kind kind = Kind::Step;
    QString name;      // the step name; for WaitForEvent the awaited event's name
    qint64 minMs = 10; // duration of a step or a sleep, virtual milliseconds
    qint64 maxMs = 100;
    double failureRate = 0; // Step / StepWithResult: chance that it fails
    // Step: the message when it fails. WaitForEvent: what the workflow's code returns when the wait times out
    // — WaitForEvent itself returns nil then (§3), so empty means the workflow simply goes on.
    QString error;
    qint64 timeoutMs = 0; // WaitForEvent: how long to wait (0: forever)

    QString checkpointName() const
    {
        switch (kind) {
        case Kind::Sleep:
            return QLatin1String("sleep:") + name;
        case Kind::WaitForEvent:
            return QLatin1String("wait:") + name;
        default:
            return name;
        }
    }

    static WorkflowStep step(const QString& name, qint64 minMs, qint64 maxMs, double failureRate = 0,
                             const QString& error = QString())
    {
        return {Kind::Step, name, minMs, maxMs, failureRate, error, 0};
    }
    static WorkflowStep stepWithResult(const QString& name, qint64 minMs, qint64 maxMs)
    {
        return {Kind::StepWithResult, name, minMs, maxMs, 0, QString(), 0};
    }
    static WorkflowStep sleep(const QString& name, qint64 ms)
    {
        return {Kind::Sleep, name, ms, ms, 0, {}, 0};
    }
    // `errorOnTimeout`: the run fails with it after a timed-out wait; an empty one goes on to the next step.
    static WorkflowStep waitForEvent(const QString& eventName, qint64 timeoutMs,
                                     const QString& errorOnTimeout)
    {
        return {Kind::WaitForEvent, eventName, 0, 0, 0, errorOnTimeout, timeoutMs};
    }
};

} // namespace devserver
