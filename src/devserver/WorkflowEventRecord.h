// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Tenant.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace devserver {

// An event published with workflow.event, as the engine's event store keeps it. A WaitForEvent checkpoint
// stores its JSON: {id, name, payload?(base64), scope_app_id?, scope_org_id?, acked, created_at}
// (dwp-protocol.md §4 TimelineEntry).
struct WorkflowEventRecord
{
    QString id; // evt_…
    QString name;
    std::optional<QByteArray> payload; // the raw JSON the client sent; nullopt when it sent none
    Tenant tenant;
    bool acked = false;
    dwp::Timestamp createdAt;

    QByteArray toJson() const;
};

} // namespace devserver
