// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

class PayloadWriter;

// A workflow run as workflow.get returns it (dwp-protocol.md §4 "Run", workflow/run.go), in the server's key
// order. States are only running, completed and failed: runs cannot be cancelled.
struct WorkflowRun
{
    Timestamp createdAt;
    Timestamp updatedAt;
    QString id; // wfrun_<26 base32>
    QString name;
    QString state;
    QByteArray input;  // raw bytes (normally JSON), base64 on the wire; omitted when empty
    QByteArray output; // never set by the engine, so absent in practice; omitted when empty
    QString error;
    QString scopeAppId;
    QString scopeOrgId;
    Timestamp startedAt;
    std::optional<Timestamp> completedAt;
    qint64 version = 0;  // omitted when 0; new runs get the latest registered version, usually 1
    QString parentRunId; // omitted when the run has no parent

    static Parsed<WorkflowRun> parse(QByteArrayView json);
    QByteArray toJson() const;
    void writeTo(PayloadWriter& writer) const;

    friend bool operator==(const WorkflowRun&, const WorkflowRun&) = default;
};

} // namespace dwp
