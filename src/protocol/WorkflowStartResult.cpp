// SPDX-License-Identifier: MIT
#include "protocol/WorkflowStartResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<WorkflowStartResult> WorkflowStartResult::parse(QByteArrayView json)
{
    WorkflowStartResult result;
    QString error;
    if (!PayloadReader::readStringObject(
            json, QLatin1StringView("WorkflowStartResult"),
            {{"run_id", &result.runId}, {"name", &result.name}, {"state", &result.state}}, error))
        return Parsed<WorkflowStartResult>::failure(error);
    return result;
}

QByteArray WorkflowStartResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("run_id", runId).field("name", name).field("state", state).end();
    return out;
}

} // namespace dwp
