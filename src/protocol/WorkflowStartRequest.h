// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// The data of workflow.start (dwp-protocol.md §3, the server's WorkflowStartRequest): {name, input}. The
// input is unmarshalled into the workflow's input type, so it must be inlined JSON — a JSON-encoded string
// fails the run (§9 item 8).
struct WorkflowStartRequest
{
    QString name;
    // Valid JSON text, written compacted; nullopt is written as `null` (the key is always there).
    std::optional<QByteArray> input;

    static Parsed<WorkflowStartRequest> parse(QByteArrayView data);
    QByteArray toJson() const;

    friend bool operator==(const WorkflowStartRequest&, const WorkflowStartRequest&) = default;
};

} // namespace dwp
