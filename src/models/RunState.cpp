// SPDX-License-Identifier: MIT
#include "models/RunState.h"

#include <QCoreApplication>

namespace dispatch {

std::optional<RunState> runStateFromName(const QString& name)
{
    if (name == QLatin1String("running"))
        return RunState::Running;
    if (name == QLatin1String("completed"))
        return RunState::Completed;
    if (name == QLatin1String("failed"))
        return RunState::Failed;
    return std::nullopt;
}

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

QString runStateText(RunState state)
{
    switch (state) {
    case RunState::Running:
        return QCoreApplication::translate("dispatch::RunState", "running", "workflow run state");
    case RunState::Completed:
        return QCoreApplication::translate("dispatch::RunState", "completed", "workflow run state");
    case RunState::Failed:
        return QCoreApplication::translate("dispatch::RunState", "failed", "workflow run state");
    }
    return {};
}

} // namespace dispatch
