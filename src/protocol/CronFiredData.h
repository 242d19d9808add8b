// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of a cron.fired event (dwp-protocol.md §5, stream.CronEventData): {entry_name, job_id}. The
// job it enqueued also raises its own job.enqueued event.
struct CronFiredData
{
    QString entryName;
    QString jobId;

    static Parsed<CronFiredData> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const CronFiredData&, const CronFiredData&) = default;
};

} // namespace dwp
