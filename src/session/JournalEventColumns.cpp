// SPDX-License-Identifier: MIT
#include "session/JournalEventColumns.h"

#include <limits>

namespace dispatch {

namespace {

constexpr qint64 kMicrosPerSecond = 1'000'000;
// Seconds beyond which seconds * 10^6 would leave qint64 (about 292 000 years either side of 1970).
constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / kMicrosPerSecond - 1;

} // namespace

qint64 JournalEventColumns::microsOf(const dwp::Timestamp& ts)
{
    const qint64 seconds = std::clamp(ts.seconds(), -kMaxSeconds, kMaxSeconds);
    return seconds * kMicrosPerSecond + qint64(ts.nanoseconds() / 1000);
}

dwp::Timestamp JournalEventColumns::timestampOf(qint64 micros)
{
    qint64 seconds = micros / kMicrosPerSecond;
    qint64 rest = micros % kMicrosPerSecond;
    if (rest < 0) { // before 1970: floor, so the nanoseconds stay positive
        --seconds;
        rest += kMicrosPerSecond;
    }
    return dwp::Timestamp(seconds, quint32(rest * 1000));
}

JournalEventColumns JournalEventColumns::of(const dwp::StreamEvent& event)
{
    JournalEventColumns columns;
    columns.tsMicros = microsOf(event.ts);
    switch (event.family()) {
    case dwp::StreamEvent::Family::Job:
        if (const auto data = event.jobData()) {
            columns.subjectId = data->jobId;
            columns.name = data->jobName;
            columns.queue = data->queue;
            columns.error = data->error;
        }
        break;
    case dwp::StreamEvent::Family::Workflow:
        if (const auto data = event.workflowData()) {
            columns.subjectId = data->runId;
            columns.name = data->name;
            columns.step = data->stepName;
            columns.error = data->error;
        }
        break;
    case dwp::StreamEvent::Family::Cron:
        if (const auto data = event.cronFiredData()) {
            columns.subjectId = data->jobId;
            columns.name = data->entryName;
        }
        break;
    case dwp::StreamEvent::Family::Unknown:
        break;
    }
    return columns;
}

} // namespace dispatch
