// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace dwp {

// The states a job moves through (dwp-protocol.md §4). Job keeps the state as the server's string, so a
// state added by a newer server survives a round trip; these helpers give it a type where one is needed.
enum class JobState
{
    Pending,
    Running,
    Completed,
    Failed,   // terminal, after the DLQ push
    Retrying, // run_at holds the next attempt
    Cancelled
};

QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString& name);

// Completed, failed and cancelled jobs never run again on their own (a failed one only by a REST retry or
// DLQ replay, which make it pending or create a new job).
bool isTerminal(JobState state);

} // namespace dwp
