// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// A dead-letter entry as REST `GET /v1/dlq/:entryId` returns it (dlq/entry.go, dwp-protocol.md §4): the
// failed job's name, queue, payload and last error, kept after the job itself reached `failed`.
struct DlqEntry
{
    QString id; // dlq_…
    QString jobId;
    QString jobName;
    QString queue;
    std::optional<QByteArray> payload; // base64 on the wire; nullopt is null
    QString error;
    qint64 retryCount = 0;
    qint64 maxRetries = 0;
    QString scopeAppId; // omitted when empty
    QString scopeOrgId; // omitted when empty
    Timestamp failedAt;
    std::optional<Timestamp> replayedAt; // set by each replay; an entry can be replayed again
    Timestamp createdAt;

    static Parsed<DlqEntry> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const DlqEntry&, const DlqEntry&) = default;
};

} // namespace dwp
