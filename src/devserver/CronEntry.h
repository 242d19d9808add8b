// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/CronSchedule.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace devserver {

// A cron entry (cron/entry.go, dwp-protocol.md §4): on each firing it enqueues `jobName` on `queue`.
struct CronEntry
{
    QString id; // cron_…
    QString name;
    CronSchedule schedule;
    QString jobName;
    QString queue;
    std::optional<QByteArray> payload;
    bool enabled = true;
    std::optional<qint64> lastRunNanos;
    std::optional<qint64> nextRunNanos;
    qint64 createdNanos = 0;
    qint64 updatedNanos = 0;
};

} // namespace devserver
