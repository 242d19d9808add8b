// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// The overview's health line, with the thresholds of Dispatch's own dashboard (dwp-protocol.md §10):
// healthy under 5 % failures, degraded under 20 %, unhealthy from 20 % on — judged for jobs and for workflow
// runs apart, the worse of the two naming the level, so that 20 % of runs failing is not "Healthy" beside
// thousands of completed jobs.
//
// A rate is failed / (completed + failed) over finished jobs (or runs). Dispatch's dashboard divides failed +
// DLQ entries by all jobs; every failed job also has a DLQ entry there, and pending or running jobs dilute
// the rate, so we count each finished job once and leave unfinished and cancelled ones (an operator's
// decision, not a failure) out. Retries are not failures until the retries run out (job.failed is emitted
// only then, §5). A rate is judged only from kMinimumFinished on: one failure among the first four jobs is
// not a 25 % outage.
//
// The basis says where the numbers come from: the server's totals (REST /v1/stats, §8) when it has them,
// else what this monitor has seen since it connected.
struct FailureHealth
{
    Q_DECLARE_TR_FUNCTIONS(FailureHealth)

public:
    enum class Level
    {
        NoData, // fewer than kMinimumFinished jobs and fewer than kMinimumFinished runs finished
        Healthy,
        Degraded,
        Unhealthy,
    };

    enum class Basis
    {
        SeenLive,
        ServerTotals,
    };

    struct Tally
    {
        qint64 completed = 0;
        qint64 failed = 0;

        qint64 finished() const { return completed + failed; }
        double failureRate() const { return finished() > 0 ? double(failed) / double(finished()) : 0.0; }
    };

    static constexpr int kDegradedPercent = 5;
    static constexpr int kUnhealthyPercent = 20;
    static constexpr qint64 kMinimumFinished = 20; // the smallest sample where one failure is exactly 5 %

    Level level = Level::NoData;
    Basis basis = Basis::SeenLive;
    Tally jobs;
    Tally runs;

    static FailureHealth assess(Tally jobs, Tally runs, Basis basis);
    // The level of one tally alone; NoData below kMinimumFinished.
    static Level levelOf(Tally tally);
    QString levelText() const; // "Healthy", translated
    // "Degraded by the server's totals. 2.1 % of 480 finished jobs failed. 6.0 % of 50 finished workflow
    // runs failed. Healthy under 5 %, degraded under 20 %.", translated
    QString summary() const;
};

} // namespace dispatch
