// SPDX-License-Identifier: MIT
#pragma once

#include "models/ModelTime.h"
#include "protocol/StepState.h"

#include <QByteArray>
#include <QString>

namespace dispatch {

// One row of TimelineModel: a step of a workflow run as merged from its checkpoint (workflow.timeline) and
// its step event (workflow.step_completed / step_failed), or the placeholder for work in progress after the
// last step. Times are milliseconds; the start is derived by TimelineModel, not stored, unless known.
struct TimelineStep
{
    using State = dwp::StepState; // labels and tones in dwp::StateVocabulary
    enum class DataKind
    {
        None,
        Json,   // shown indented
        Binary, // gob from StepWithResult (dwp-protocol.md §4), shown as hex
    };

    QString name; // empty for the placeholder
    State state = State::Running;
    qint64 knownStartMs = modeltime::kUnknown; // only when a source told us the step began
    qint64 endMs = modeltime::kUnknown;
    qint64 endNanos = modeltime::kUnknown;  // orders the rows
    qint64 elapsedMs = modeltime::kUnknown; // the engine's own measure, from the step event
    QByteArray data;
    QString dataText;
    DataKind dataKind = DataKind::None;
    QString error;
    bool hasCheckpoint = false;
    bool placeholder = false; // "the run is between steps": nothing names the step in progress

    bool isOpen() const { return state == State::Running || state == State::Waiting; }

    friend bool operator==(const TimelineStep&, const TimelineStep&) = default;
};

} // namespace dispatch
