// SPDX-License-Identifier: MIT
#include "protocol/WorkflowEventData.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<WorkflowEventData> WorkflowEventData::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("WorkflowEventData"));
    WorkflowEventData data;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "run_id")
                reader.read(data.runId);
            else if (key == "name")
                reader.read(data.name);
            else if (key == "step_name")
                reader.read(data.stepName);
            else if (key == "scope_app_id")
                reader.read(data.scopeAppId);
            else if (key == "scope_org_id")
                reader.read(data.scopeOrgId);
            else if (key == "elapsed_ms")
                reader.read(data.elapsedMs);
            else if (key == "error")
                reader.read(data.error);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"run_id", "name"}))
        return Parsed<WorkflowEventData>::failure(reader.error());
    return data;
}

QByteArray WorkflowEventData::toJson() const
{
    QByteArray out;
    PayloadWriter(out)
        .begin()
        .field("run_id", runId)
        .field("name", name)
        .omitEmpty("step_name", stepName)
        .omitEmpty("scope_app_id", scopeAppId)
        .omitEmpty("scope_org_id", scopeOrgId)
        .omitEmpty("elapsed_ms", elapsedMs)
        .omitEmpty("error", error)
        .end();
    return out;
}

} // namespace dwp
