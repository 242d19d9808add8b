// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobCounts.h"
#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dwp {

// The reply of REST `GET /v1/stats` (dwp-protocol.md §8): the store's totals, unlike DWP `stats`
// (ServerStats), which reports broker and connection metrics. The server counts workflow runs by listing
// all of them, so this is an expensive call to poll gently.
struct AdminStats
{
    struct WorkflowRunCounts
    {
        qint64 running = 0;
        qint64 completed = 0;
        qint64 failed = 0;

        friend bool operator==(const WorkflowRunCounts&, const WorkflowRunCounts&) = default;
    };

    JobCounts jobs;
    qint64 dlqCount = 0; // includes replayed entries
    WorkflowRunCounts workflows;

    static Parsed<AdminStats> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const AdminStats&, const AdminStats&) = default;
};

} // namespace dwp
