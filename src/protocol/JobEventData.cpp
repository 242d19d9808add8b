// SPDX-License-Identifier: MIT
#include "protocol/JobEventData.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<JobEventData> JobEventData::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("JobEventData"));
    JobEventData data;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "job_id")
                reader.read(data.jobId);
            else if (key == "job_name")
                reader.read(data.jobName);
            else if (key == "queue")
                reader.read(data.queue);
            else if (key == "scope_app_id")
                reader.read(data.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(data.scopeOrgId);
            else if (key == "elapsed_ms")
                reader.read(data.elapsedMs);
            else if (key == "error")
                reader.read(data.error);
            else if (key == "attempt")
                reader.read(data.attempt);
            else if (key == "next_run_at")
                reader.read(data.nextRunAt);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"job_id", "job_name", "queue"}))
        return Parsed<JobEventData>::failure(reader.error());
    return data;
}

QByteArray JobEventData::toJson() const
{
    std::optional<Timestamp> wholeSeconds;
    if (nextRunAt)
        wholeSeconds = Timestamp(nextRunAt->seconds(), 0);
    QByteArray out;
    PayloadWriter(out)
        .begin()
        .field("job_id", jobId)
        .field("job_name", jobName)
        .field("queue", queue)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .omitEmpty("elapsed_ms", elapsedMs)
        .omitEmpty("error", error)
        .omitEmpty("attempt", attempt)
        .omitEmpty("next_run_at", wholeSeconds)
        .end();
    return out;
}

} // namespace dwp
