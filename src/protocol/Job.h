// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"
#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

class PayloadWriter;

// A job as job.get returns it (dwp-protocol.md §4, job/job.go), field for field in the server's key order.
struct Job
{
    Timestamp createdAt;
    Timestamp updatedAt;
    QString id; // job_<26 base32>
    QString name;
    QString queue;
    // The raw bytes the job was enqueued with, normally JSON. Base64 on the wire; nullopt is Go's nil slice,
    // written as `null` (an enqueue without payload), which differs from an empty payload ("").
    std::optional<QByteArray> payload;
    QString state; // see JobState; kept as text so an unknown state survives
    qint64 priority = 0;
    qint64 maxRetries = 0;
    qint64 retryCount = 0;
    QString lastError;  // omitted when empty
    QString scopeAppId; // omitted when empty
    QString scopeOrgId; // omitted when empty
    QString workerId;   // always written; "" while unassigned
    Timestamp runAt;    // for a retrying job, the next attempt
    std::optional<Timestamp> startedAt;
    std::optional<Timestamp> completedAt;
    std::optional<Timestamp> heartbeatAt;
    qint64 timeoutNanos = 0; // Go time.Duration; omitted when 0

    std::optional<JobState> knownState() const { return jobStateFromName(state); }

    static Parsed<Job> parse(QByteArrayView json);
    QByteArray toJson() const;
    void writeTo(PayloadWriter& writer) const;

    friend bool operator==(const Job&, const Job&) = default;
};

} // namespace dwp
