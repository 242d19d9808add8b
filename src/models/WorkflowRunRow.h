// SPDX-License-Identifier: MIT
#pragma once

#include "models/ModelTime.h"
#include "models/RunLifecycle.h"

#include <QString>
#include <QTypeInfo>

namespace dispatch {

// One workflow run as WorkflowRunsModel keeps it.
struct WorkflowRunRow
{
    QString id;
    QString name;
    RunLifecycle life; // state, times and the run's own error
    QString currentStep;
    qint64 currentStepNanos = modeltime::kUnknown;
    QString failedStep;
    QString stepError; // of failedStep
    QString parentRunId;
    bool fetched = false;
    QString waitingFor; // the event name, while the run is known to wait
    bool waitInferred = false;
    bool unknownToServer = false;

    friend bool operator==(const WorkflowRunRow&, const WorkflowRunRow&) = default;
};

} // namespace dispatch

// Every member is relocatable (QStrings, integers, an optional enum), so growing the model's QList is a
// realloc rather than a move of each row into freshly touched pages: with 32 000 runs the move and the page
// faults stalled the GUI thread during a batch (bench_client_e2e at 110 000 events/s, `perf record`).
Q_DECLARE_TYPEINFO(dispatch::WorkflowRunRow, Q_RELOCATABLE_TYPE);
