// SPDX-License-Identifier: MIT
#pragma once

#include "models/CompactJobId.h"
#include "models/ModelTime.h"
#include "models/StringPool.h"

namespace dispatch {

// One tracked job as JobsModel stores it: 80 bytes, no heap. The budget is a million jobs within 250 MB
// resident including the id hash, so the id is packed (CompactJobId), repeated texts are pool references,
// times are milliseconds and the state is a byte. Fields fetched by job.get that only a few jobs ever have
// (payload, max retries, worker) live beside the rows in JobsModel, keyed by row.
struct JobRow
{
    static constexpr quint8 kUnknownState = 0xff;
    enum Flag : quint8
    {
        TextId = 0x01,          // the id did not pack; id.low() indexes JobsModel's list of text ids
        DeadLettered = 0x02,    // job.dlq was seen
        CancelledByUs = 0x04,   // markCancelled: our DWP cancel, which the server does not announce
        Fetched = 0x08,         // upsertJob has merged a job.get reply (priority is then known)
        UnknownToServer = 0x10, // job.get answered 404 since the last news of the job
        // `attempt` is the server's retry_count of a job fetched in its terminal failed state, which counts
        // the last failure; from events alone it is the last job.retrying's attempt, one fewer (§5).
        AttemptCountsLastFailure = 0x20,
    };

    CompactJobId id;
    qint64 stateNanos =
        modeltime::kUnknown; // when the current state began, for ordering events (JobLifecycle)
    qint64 enqueuedMs = modeltime::kUnknown;
    qint64 startedMs = modeltime::kUnknown;
    qint64 finishedMs = modeltime::kUnknown;
    qint64 elapsedMs = modeltime::kUnknown; // from job.completed, which measures it on the worker
    StringPool::Ref name = StringPool::kEmpty;
    StringPool::Ref queue = StringPool::kEmpty;
    StringPool::Ref lastError = StringPool::kEmpty;
    qint32 priority = 0;
    qint32 attempt = 0;           // the server's retry_count / job.retrying `attempt`: 0 on the first run
    quint8 state = kUnknownState; // a dwp::JobState
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    void set(Flag flag, bool on) { flags = on ? quint8(flags | flag) : quint8(flags & ~flag); }

    friend bool operator==(const JobRow&, const JobRow&) = default;
};

static_assert(sizeof(JobRow) <= 80, "JobRow is sized for a million rows within the memory budget");

} // namespace dispatch
