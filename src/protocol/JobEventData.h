// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// The data of every job.* event (dwp-protocol.md §5, stream.JobEventData), keys in the server's order:
// job_id, job_name, queue, scope_app_id?, scope_org_id?, elapsed_ms?, error?, attempt?, next_run_at?.
// Which optional fields an event carries depends on its type:
//   job.enqueued, job.started: none       job.completed: elapsedMs (omitted when 0 ms)
//   job.failed, job.dlq: error            job.retrying: attempt (= retry_count, >= 1) and nextRunAt
struct JobEventData
{
    QString jobId;
    QString jobName;
    QString queue;
    QString scopeAppId;
    QString scopeOrgId;
    qint64 elapsedMs = 0;
    QString error;
    qint64 attempt = 0;
    // The server formats it with Go's time.RFC3339, so it has whole seconds only; toJson() drops any
    // fraction the same way.
    std::optional<Timestamp> nextRunAt;

    static Parsed<JobEventData> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const JobEventData&, const JobEventData&) = default;
};

} // namespace dwp
