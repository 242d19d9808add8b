// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// The data of workflow.event (dwp-protocol.md §3, the server's WorkflowEventRequest): {name, payload?}.
// It wakes workflows waiting in WaitForEvent for `name`. The payload is inlined JSON, never a JSON-encoded
// string, or the waiting workflow receives it double-encoded (§9 item 8).
struct PublishEventRequest
{
    QString name;
    std::optional<QByteArray> payload; // valid JSON text, written compacted; omitted when nullopt

    static Parsed<PublishEventRequest> parse(QByteArrayView data);
    QByteArray toJson() const;

    friend bool operator==(const PublishEventRequest&, const PublishEventRequest&) = default;
};

} // namespace dwp
