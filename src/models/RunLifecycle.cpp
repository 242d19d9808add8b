// SPDX-License-Identifier: MIT
#include "models/RunLifecycle.h"

#include "protocol/EventType.h"

#include <algorithm>

namespace dispatch {

using dwp::RunState;
using modeltime::kUnknown;

void RunLifecycle::applyEvent(const QString& eventType, const dwp::WorkflowEventData& data, qint64 nanos)
{
    namespace T = dwp::EventType;
    const qint64 millis = nanos == kUnknown ? kUnknown : nanos / 1000000;
    if (!m_state) {
        m_state = RunState::Running;
        m_stateNanos = nanos;
    }
    if (eventType == T::WorkflowStarted) {
        if (m_startMs == kUnknown)
            m_startMs = millis;
    } else if ((eventType == T::WorkflowCompleted || eventType == T::WorkflowFailed) && isRunning()) {
        const bool failed = eventType == T::WorkflowFailed;
        m_state = failed ? RunState::Failed : RunState::Completed;
        m_stateNanos = std::max(m_stateNanos, nanos);
        m_endMs = millis;
        if (data.elapsedMs > 0)
            m_elapsedMs = data.elapsedMs;
        if (failed)
            m_error = data.error;
    }
}

void RunLifecycle::applyFetched(const dwp::WorkflowRun& run)
{
    if (const qint64 started = modeltime::toMillis(run.startedAt); started != kUnknown)
        m_startMs = started;
    const qint64 updatedNanos = modeltime::toNanos(run.updatedAt);
    const auto fetched = dwp::runStateFromName(run.state);
    if (fetched && (!m_state || updatedNanos >= m_stateNanos)) {
        m_state = fetched;
        m_stateNanos = updatedNanos;
        m_error = run.error;
        m_endMs = run.completedAt ? modeltime::toMillis(*run.completedAt) : kUnknown;
        if (!dwp::isFinished(*fetched))
            m_elapsedMs = kUnknown;
    } else if (m_error.isEmpty()) {
        m_error = run.error;
    }
}

qint64 RunLifecycle::durationMs() const
{
    if (m_elapsedMs != kUnknown)
        return m_elapsedMs;
    if (m_startMs != kUnknown && m_endMs != kUnknown && m_endMs >= m_startMs)
        return m_endMs - m_startMs;
    return kUnknown;
}

} // namespace dispatch
