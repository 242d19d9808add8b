// SPDX-License-Identifier: MIT
#include "protocol/StepState.h"

namespace dwp {

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Completed:
        return QStringLiteral("completed");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Waiting:
        return QStringLiteral("waiting");
    case StepState::Running:
        return QStringLiteral("running");
    }
    return {};
}

std::optional<StepState> stepStateFromName(QStringView name)
{
    for (const StepState state : kStepStates) {
        if (name == stepStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace dwp
