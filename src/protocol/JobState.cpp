// SPDX-License-Identifier: MIT
#include "protocol/JobState.h"

#include <array>
#include <utility>

namespace dwp {
namespace {

const std::array<std::pair<JobState, QLatin1StringView>, 6> kNames{{
    {JobState::Pending, QLatin1StringView("pending")},
    {JobState::Running, QLatin1StringView("running")},
    {JobState::Completed, QLatin1StringView("completed")},
    {JobState::Failed, QLatin1StringView("failed")},
    {JobState::Retrying, QLatin1StringView("retrying")},
    {JobState::Cancelled, QLatin1StringView("cancelled")},
}};

} // namespace

QString jobStateName(JobState state)
{
    for (const auto& [known, name] : kNames) {
        if (known == state)
            return name;
    }
    return QString();
}

std::optional<JobState> jobStateFromName(const QString& name)
{
    for (const auto& [state, known] : kNames) {
        if (name == known)
            return state;
    }
    return std::nullopt;
}

bool isTerminal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled;
}

} // namespace dwp
