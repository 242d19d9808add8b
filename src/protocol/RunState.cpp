// SPDX-License-Identifier: MIT
#include "protocol/RunState.h"

namespace dwp {

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Completed:
        return QStringLiteral("completed");
    case RunState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<RunState> runStateFromName(QStringView name)
{
    for (const RunState state : kRunStates) {
        if (name == runStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace dwp
