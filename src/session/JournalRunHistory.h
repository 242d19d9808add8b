// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QList>
#include <optional>

namespace dispatch {

// One workflow run as a journal kept it (JournalReader::run): the last workflow.get and workflow.timeline
// answers and the run's events, so that its timeline and Gantt can be shown when the server has forgotten it.
struct JournalRunHistory
{
    std::optional<dwp::WorkflowRun> run;
    std::optional<QList<dwp::TimelineEntry>> timeline;
    QList<dwp::StreamEvent> events; // oldest first
    qint64 asOfMs = 0;              // the newest of these records, milliseconds since the epoch (UTC)

    bool isEmpty() const { return !run && !timeline && events.isEmpty(); }
};

} // namespace dispatch
