// SPDX-License-Identifier: MIT
#pragma once

#include "models/TimelineStep.h"

#include <QString>
#include <QVariant>

namespace dispatch {

// TimelineModel::StateRole holds a TimelineStep::State; the badge delegate and the Gantt view speak state
// names (StateStyle). A finished step is shown as "completed", like a job or a run.
inline QString timelineStepStateName(const QVariant& state)
{
    switch (TimelineStep::State(state.toInt())) {
    case TimelineStep::State::Done:
        return QStringLiteral("completed");
    case TimelineStep::State::Failed:
        return QStringLiteral("failed");
    case TimelineStep::State::Waiting:
        return QStringLiteral("waiting");
    case TimelineStep::State::Running:
        return QStringLiteral("running");
    }
    return {};
}

} // namespace dispatch
