// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace devserver {

// What the simulated engine does on its own (Workload): nothing but what clients ask (Idle), a lively
// production-like mix (Demo), or firehose load for benchmarks (Burst).
enum class WorkloadKind
{
    Idle,
    Demo,
    Burst
};

inline std::optional<WorkloadKind> workloadKindFromName(const QString& name)
{
    if (name == QLatin1String("idle"))
        return WorkloadKind::Idle;
    if (name == QLatin1String("demo"))
        return WorkloadKind::Demo;
    if (name == QLatin1String("burst"))
        return WorkloadKind::Burst;
    return std::nullopt;
}

inline QString workloadKindName(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Demo:
        return QStringLiteral("demo");
    case WorkloadKind::Burst:
        return QStringLiteral("burst");
    default:
        return QStringLiteral("idle");
    }
}

} // namespace devserver
