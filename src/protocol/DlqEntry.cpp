// SPDX-License-Identifier: MIT
#include "protocol/DlqEntry.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<DlqEntry> DlqEntry::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("DlqEntry"));
    DlqEntry entry;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "id")
                reader.read(entry.id);
            else if (key == "job_id")
                reader.read(entry.jobId);
            else if (key == "job_name")
                reader.read(entry.jobName);
            else if (key == "queue")
                reader.read(entry.queue);
            else if (key == "payload")
                reader.readBytes(entry.payload);
            else if (key == "error")
                reader.read(entry.error);
            else if (key == "retry_count")
                reader.read(entry.retryCount);
            else if (key == "max_retries")
                reader.read(entry.maxRetries);
            else if (key == "scope_app_id")
                reader.read(entry.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(entry.scopeOrgId);
            else if (key == "failed_at")
                reader.read(entry.failedAt);
            else if (key == "replayed_at")
                reader.read(entry.replayedAt);
            else if (key == "created_at")
                reader.read(entry.createdAt);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"id", "job_id", "job_name", "queue", "error", "retry_count", "max_retries",
                        "failed_at", "created_at"}))
        return Parsed<DlqEntry>::failure(reader.error());
    return entry;
}

QByteArray DlqEntry::toJson() const
{
    QByteArray out;
    PayloadWriter(out)
        .begin()
        .field("id", id)
        .field("job_id", jobId)
        .field("job_name", jobName)
        .field("queue", queue)
        .bytes("payload", payload)
        .field("error", error)
        .field("retry_count", retryCount)
        .field("max_retries", maxRetries)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .field("failed_at", failedAt)
        .omitEmpty("replayed_at", replayedAt)
        .field("created_at", createdAt)
        .end();
    return out;
}

} // namespace dwp
