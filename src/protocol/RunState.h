// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace dwp {

// The states of a workflow run (dwp-protocol.md §4 "Run"): there is no cancelled or paused state. A run
// never leaves completed or failed: replay and cancel are not implemented by the server (§1).
enum class RunState
{
    Running,
    Completed,
    Failed,
};

inline constexpr RunState kRunStates[] = {RunState::Running, RunState::Completed, RunState::Failed};

std::optional<RunState> runStateFromName(QStringView name);
QString runStateName(RunState state); // the server's spelling
inline bool isFinished(RunState state)
{
    return state != RunState::Running;
}

} // namespace dwp
