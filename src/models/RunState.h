// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace dispatch {

// The states of a workflow run (dwp-protocol.md §4 "Run"): there is no cancelled or paused state. A run
// never leaves completed or failed: replay and cancel are not implemented by the server (§1).
// Not a Q_ENUM_NS: protocol/ClientState.h already declares Q_NAMESPACE for `dispatch`, and a second one
// would define dispatch::staticMetaObject twice.
enum class RunState
{
    Running,
    Completed,
    Failed,
};

std::optional<RunState> runStateFromName(const QString& name);
QString runStateName(RunState state); // the server's spelling
QString runStateText(RunState state); // translated, for people
inline bool isFinished(RunState state)
{
    return state != RunState::Running;
}

} // namespace dispatch
