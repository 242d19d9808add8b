// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply of workflow.start, dwp-protocol.md §3: {run_id, name, state}, in the order of the server's
// WorkflowStartResponse struct. The server runs the whole workflow before replying, so `state` is final:
// "completed" or "failed" (a failed run is still a successful reply).
struct WorkflowStartResult
{
    QString runId;
    QString name;
    QString state;

    static Parsed<WorkflowStartResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const WorkflowStartResult&, const WorkflowStartResult&) = default;
};

} // namespace dwp
