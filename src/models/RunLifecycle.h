// SPDX-License-Identifier: MIT
#pragma once

#include "models/ModelTime.h"
#include "protocol/RunState.h"
#include "protocol/WorkflowEventData.h"
#include "protocol/WorkflowRun.h"

#include <QString>
#include <optional>

namespace dispatch {

// What is known about one workflow run's life, from its events and from fetching it by id: the rules both
// WorkflowRunsModel (one row per run) and TimelineModel (the steps of one run) follow, so the two never
// disagree about a run.
//
// - Any event of a run we knew nothing about says it is, or was, running.
// - workflow.completed / workflow.failed end a running run. A run never leaves completed or failed
//   (dwp-protocol.md §4: no replay, no cancel), so a stale or duplicate event never reopens or flips it.
// - A fetched run (workflow.get, workflow.start's reply) replaces the state only when it is at least as
//   recent (updated_at) as the event that set ours; its start time is taken whenever it has one.
class RunLifecycle
{
public:
    // One workflow.* event of this run, stamped `nanos` (modeltime::kUnknown without a time).
    void applyEvent(const QString& eventType, const dwp::WorkflowEventData& data, qint64 nanos);
    void applyFetched(const dwp::WorkflowRun& run);

    std::optional<dwp::RunState> state() const { return m_state; }
    bool isRunning() const { return m_state == dwp::RunState::Running; }
    bool isFinished() const { return m_state && dwp::isFinished(*m_state); }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    // The engine's own elapsed time when workflow.completed gave one, else end − start; kUnknown while
    // running or when either end is unknown.
    qint64 durationMs() const;
    const QString& error() const { return m_error; } // the run's own error, not a step's

    friend bool operator==(const RunLifecycle&, const RunLifecycle&) = default;

private:
    std::optional<dwp::RunState> m_state;
    qint64 m_stateNanos = modeltime::kUnknown; // when the state was set, to order fetched runs against events
    qint64 m_startMs = modeltime::kUnknown;
    qint64 m_endMs = modeltime::kUnknown;
    qint64 m_elapsedMs = modeltime::kUnknown;
    QString m_error;
};

} // namespace dispatch
