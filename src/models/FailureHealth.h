// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// The overview's health line, with the thresholds of Dispatch's own dashboard (dwp-protocol.md §10):
// healthy under 5 % failures, degraded under 20 %, unhealthy from 20 % on.
//
// The rate here is failed / (completed + failed) over the jobs this monitor has seen finish, by their
// current state. Dispatch's dashboard divides failed + DLQ entries by all jobs; every failed job also has a
// DLQ entry there, and pending or running jobs dilute the rate, so we count each finished job once and leave
// unfinished and cancelled ones (an operator's decision, not a failure) out. Retries are not failures until
// the retries run out (job.failed is emitted only then, §5).
struct FailureHealth
{
    Q_DECLARE_TR_FUNCTIONS(FailureHealth)

public:
    enum class Level
    {
        NoData, // nothing finished yet
        Healthy,
        Degraded,
        Unhealthy,
    };

    static constexpr int kDegradedPercent = 5;
    static constexpr int kUnhealthyPercent = 20;

    Level level = Level::NoData;
    qint64 completed = 0;
    qint64 failed = 0;

    static FailureHealth assess(qint64 completed, qint64 failed);
    qint64 finished() const { return completed + failed; }
    double failureRate() const { return finished() > 0 ? double(failed) / double(finished()) : 0.0; }
    QString levelText() const; // "Healthy", translated
    QString summary() const;   // "Healthy: 2.1 % of 480 finished jobs failed", translated
};

} // namespace dispatch
