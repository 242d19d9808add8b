// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Methods.h"
#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of workflow.get and workflow.timeline (and the unimplemented workflow.cancel), dwp-protocol.md
// §3: {run_id}. The server checks the "wfrun_" prefix itself (400 "invalid run ID: …").
struct RunIdRequest
{
    QString runId;

    // As the server's json.Unmarshal into WorkflowGetRequest, WorkflowTimelineRequest or
    // WorkflowCancelRequest; `method` picks which name Go's error messages carry.
    static Parsed<RunIdRequest> parse(QByteArrayView data, const QString& method = methods::WorkflowGet);
    QByteArray toJson() const;

    friend bool operator==(const RunIdRequest&, const RunIdRequest&) = default;
};

} // namespace dwp
