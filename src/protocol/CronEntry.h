// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// A cron entry as REST `GET /v1/crons/:cronId` and enable/disable return it (cron/entry.go,
// dwp-protocol.md §4). The schedule stays the server's text (a 5- or 6-field cron expression).
struct CronEntry
{
    Timestamp createdAt;
    Timestamp updatedAt;
    QString id; // cron_…
    QString name;
    QString schedule;
    QString jobName;
    QString queue;      // omitted when empty
    QByteArray payload; // base64, omitted when empty
    QString scopeAppId; // omitted when empty
    QString scopeOrgId; // omitted when empty
    std::optional<Timestamp> lastRunAt;
    std::optional<Timestamp> nextRunAt;
    QString lockedBy; // the instance holding the firing lock; omitted when empty
    std::optional<Timestamp> lockedUntil;
    bool enabled = true;

    static Parsed<CronEntry> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const CronEntry&, const CronEntry&) = default;
};

} // namespace dwp
