// SPDX-License-Identifier: MIT
#include "protocol/WorkflowRun.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<WorkflowRun> WorkflowRun::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("WorkflowRun"));
    WorkflowRun run;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "created_at")
                reader.read(run.createdAt);
            else if (key == "updated_at")
                reader.read(run.updatedAt);
            else if (key == "id")
                reader.read(run.id);
            else if (key == "name")
                reader.read(run.name);
            else if (key == "state")
                reader.read(run.state);
            else if (key == "input")
                reader.readBytes(run.input);
            else if (key == "output")
                reader.readBytes(run.output);
            else if (key == "error")
                reader.read(run.error);
            else if (key == "scope_app_id")
                reader.read(run.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(run.scopeOrgId);
            else if (key == "started_at")
                reader.read(run.startedAt);
            else if (key == "completed_at")
                reader.read(run.completedAt);
            else if (key == "version")
                reader.read(run.version);
            else if (key == "parent_run_id")
                reader.read(run.parentRunId);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"created_at", "updated_at", "id", "name", "state", "started_at"}))
        return Parsed<WorkflowRun>::failure(reader.error());
    return run;
}

void WorkflowRun::writeTo(PayloadWriter& writer) const
{
    writer.begin()
        .field("created_at", createdAt)
        .field("updated_at", updatedAt)
        .field("id", id)
        .field("name", name)
        .field("state", state)
        .omitEmptyBytes("input", input)
        .omitEmptyBytes("output", output)
        .omitEmpty("error", error)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .field("started_at", startedAt)
        .omitEmpty("completed_at", completedAt)
        .omitEmpty("version", version)
        .omitEmpty("parent_run_id", parentRunId)
        .end();
}

QByteArray WorkflowRun::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writeTo(writer);
    return out;
}

} // namespace dwp
