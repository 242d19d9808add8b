// SPDX-License-Identifier: MIT
#include "protocol/Job.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<Job> Job::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("Job"));
    Job job;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "created_at")
                reader.read(job.createdAt);
            else if (key == "updated_at")
                reader.read(job.updatedAt);
            else if (key == "id")
                reader.read(job.id);
            else if (key == "name")
                reader.read(job.name);
            else if (key == "queue")
                reader.read(job.queue);
            else if (key == "payload")
                reader.readBytes(job.payload);
            else if (key == "state")
                reader.read(job.state);
            else if (key == "priority")
                reader.read(job.priority);
            else if (key == "max_retries")
                reader.read(job.maxRetries);
            else if (key == "retry_count")
                reader.read(job.retryCount);
            else if (key == "last_error")
                reader.read(job.lastError);
            else if (key == "scope_app_id")
                reader.read(job.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(job.scopeOrgId);
            else if (key == "worker_id")
                reader.read(job.workerId);
            else if (key == "run_at")
                reader.read(job.runAt);
            else if (key == "started_at")
                reader.read(job.startedAt);
            else if (key == "completed_at")
                reader.read(job.completedAt);
            else if (key == "heartbeat_at")
                reader.read(job.heartbeatAt);
            else if (key == "timeout")
                reader.read(job.timeoutNanos);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"created_at", "updated_at", "id", "name", "queue", "payload", "state", "priority",
                        "max_retries", "retry_count", "worker_id", "run_at"}))
        return Parsed<Job>::failure(reader.error());
    return job;
}

void Job::writeTo(PayloadWriter& writer) const
{
    writer.begin()
        .field("created_at", createdAt)
        .field("updated_at", updatedAt)
        .field("id", id)
        .field("name", name)
        .field("queue", queue)
        .bytes("payload", payload)
        .field("state", state)
        .field("priority", priority)
        .field("max_retries", maxRetries)
        .field("retry_count", retryCount)
        .omitEmpty("last_error", lastError)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .field("worker_id", workerId)
        .field("run_at", runAt)
        .omitEmpty("started_at", startedAt)
        .omitEmpty("completed_at", completedAt)
        .omitEmpty("heartbeat_at", heartbeatAt)
        .omitEmpty("timeout", timeoutNanos)
        .end();
}

QByteArray Job::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writeTo(writer);
    return out;
}

} // namespace dwp
