// SPDX-License-Identifier: MIT
#include "protocol/CronEntry.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<CronEntry> CronEntry::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("CronEntry"));
    CronEntry entry;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "created_at")
                reader.read(entry.createdAt);
            else if (key == "updated_at")
                reader.read(entry.updatedAt);
            else if (key == "id")
                reader.read(entry.id);
            else if (key == "name")
                reader.read(entry.name);
            else if (key == "schedule")
                reader.read(entry.schedule);
            else if (key == "job_name")
                reader.read(entry.jobName);
            else if (key == "queue")
                reader.read(entry.queue);
            else if (key == "payload")
                reader.readBytes(entry.payload);
            else if (key == "scope_app_id")
                reader.read(entry.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(entry.scopeOrgId);
            else if (key == "last_run_at")
                reader.read(entry.lastRunAt);
            else if (key == "next_run_at")
                reader.read(entry.nextRunAt);
            else if (key == "locked_by")
                reader.read(entry.lockedBy);
            else if (key == "locked_until")
                reader.read(entry.lockedUntil);
            else if (key == "enabled")
                reader.read(entry.enabled);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"created_at", "updated_at", "id", "name", "schedule", "job_name", "enabled"}))
        return Parsed<CronEntry>::failure(reader.error());
    return entry;
}

QByteArray CronEntry::toJson() const
{
    QByteArray out;
    PayloadWriter(out)
        .begin()
        .field("created_at", createdAt)
        .field("updated_at", updatedAt)
        .field("id", id)
        .field("name", name)
        .field("schedule", schedule)
        .field("job_name", jobName)
        .omitEmpty("queue", queue)
        .omitEmptyBytes("payload", payload)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .omitEmpty("last_run_at", lastRunAt)
        .omitEmpty("next_run_at", nextRunAt)
        .omitEmpty("locked_by", lockedBy)
        .omitEmpty("locked_until", lockedUntil)
        .flag("enabled", enabled)
        .end();
    return out;
}

} // namespace dwp
