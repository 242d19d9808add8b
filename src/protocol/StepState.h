// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace dwp {

// The states a monitor gives the steps of a workflow run. The server has no such field: a step is named only
// when it ends, by its checkpoint or step event (dwp-protocol.md §4, §5), so these are derived. A finished
// step is "completed", the same word as for a job or a run.
enum class StepState
{
    Completed,
    Failed,
    Waiting, // a `wait:<event>` step that has begun and not ended
    Running,
};

inline constexpr StepState kStepStates[] = {StepState::Completed, StepState::Failed, StepState::Waiting,
                                            StepState::Running};

// The state's name in the vocabulary of StateVocabulary ("completed", "waiting", …).
QString stepStateName(StepState state);
std::optional<StepState> stepStateFromName(QStringView name);

} // namespace dwp
