// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Job.h"

#include <QString>
#include <QStringList>

namespace devserver {

class EngineContext;

// What one run of a job handler does: how long it takes and whether it fails.
struct JobAttempt
{
    qint64 durationNanos = 0;
    bool failed = false;
    QString error;
};

// How a registered job handler behaves in the simulation. Durations are virtual milliseconds.
struct JobHandlerSpec
{
    qint64 minDurationMs = 5;
    qint64 maxDurationMs = 50;
    double failureRate = 0.0;  // chance that any one attempt fails
    int failFirstAttempts = 0; // attempts that always fail (retry_count below this), e.g. a flaky dependency
    QStringList errors{QStringLiteral("handler error")};
    // For tests and hand-driven demos: the job's own payload can override the above with
    // {"duration_ms": N, "fail": true, "fail_attempts": N (-1 = always), "error": "text"}.
    bool scriptedByPayload = false;
    // A scripted duration beyond this (a year) or below 0 fails the attempt instead of overflowing.
    static constexpr qint64 kMaxScriptedDurationMs = 365LL * 24 * 3600 * 1000;

    static JobHandlerSpec fast() { return {}; }
    static JobHandlerSpec scripted();

    JobAttempt attempt(const dwp::Job& job, EngineContext& context) const;
};

} // namespace devserver
