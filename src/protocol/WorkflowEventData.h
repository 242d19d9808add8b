// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of every workflow.* event (dwp-protocol.md §5, stream.WorkflowEventData), keys in the server's
// order: run_id, name, step_name?, scope_app_id?, scope_org_id?, elapsed_ms?, error?. By event type:
//   workflow.started: none                     workflow.completed: elapsedMs (omitted when 0 ms)
//   workflow.step_completed: stepName, elapsedMs   workflow.step_failed: stepName, error
//   workflow.failed: error
struct WorkflowEventData
{
    QString runId;
    QString name;
    QString stepName;
    QString scopeAppId;
    QString scopeOrgId;
    qint64 elapsedMs = 0;
    QString error;

    static Parsed<WorkflowEventData> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const WorkflowEventData&, const WorkflowEventData&) = default;
};

} // namespace dwp
