// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"
#include "protocol/RunState.h"

#include <QList>
#include <QStringList>

namespace dispatch {

// The event types that say a job or a run entered a state (dwp-protocol.md §5): what the Jobs and Workflows
// pages' state filters mean where there are events, not rows — a search of the history
// (JournalSearchQuery::types). The lifecycles read the same types the other way; the jobs' side is derived
// from JobLifecycle, the one place that maps a job event to a state, so the two cannot drift apart. A state
// that no event says has none: a cancelled job (DWP cancel emits nothing, §3).
namespace StateEventTypes {

// Each type once, in the order of dwp::EventType.
QStringList forJobStates(const QList<dwp::JobState>& states);
// workflow.started says running, workflow.completed and workflow.failed the end (RunLifecycle::applyEvent);
// a step's events say nothing of the run's state.
QStringList forRunStates(const QList<dwp::RunState>& states);

} // namespace StateEventTypes

} // namespace dispatch
