// SPDX-License-Identifier: MIT
#pragma once

#include "models/CompactJobId.h"
#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"

#include <QString>

// Builds the stream events the models consume, with explicit times, the way the server's broker would
// (dwp-protocol.md §5). Times are seconds since a fixed base so tables read easily.
namespace modeltest {

inline constexpr qint64 kBaseSeconds = 1750000000; // 2025-06-15

inline dwp::Timestamp at(qint64 seconds, quint32 millis = 0)
{
    return dwp::Timestamp(kBaseSeconds + seconds, millis * 1000000u);
}

// A canonical job TypeID for a small number, so tests can name jobs 1, 2, 3.
inline QString jobId(quint64 n)
{
    return dispatch::CompactJobId(0x0190000000000000ull, n).toString();
}

inline QString runId(int n)
{
    return QStringLiteral("wfrun_01jz000000000000000000%1").arg(n, 4, 10, QLatin1Char('0'));
}

inline dwp::StreamEvent jobEvent(const QString& type, const QString& id, dwp::Timestamp ts,
                                 const QString& error = {}, qint64 attempt = 0, qint64 elapsedMs = 0,
                                 const QString& name = QStringLiteral("send-email"),
                                 const QString& queue = QStringLiteral("default"))
{
    dwp::JobEventData data;
    data.jobId = id;
    data.jobName = name;
    data.queue = queue;
    data.error = error;
    data.attempt = attempt;
    data.elapsedMs = elapsedMs;
    if (type == dwp::EventType::JobRetrying)
        data.nextRunAt = dwp::Timestamp(ts.seconds() + 5, 0);
    return dwp::StreamEvent::forJob(type, data, ts);
}

inline dwp::StreamEvent runEvent(const QString& type, const QString& run, dwp::Timestamp ts,
                                 const QString& step = {}, const QString& error = {}, qint64 elapsedMs = 0,
                                 const QString& name = QStringLiteral("checkout"))
{
    dwp::WorkflowEventData data;
    data.runId = run;
    data.name = name;
    data.stepName = step;
    data.error = error;
    data.elapsedMs = elapsedMs;
    return dwp::StreamEvent::forWorkflow(type, data, ts);
}

} // namespace modeltest
