// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QString>

namespace dispatch {

// The columns of one row of the journal's `events` table that are read out of an event, so that history can
// be searched by them without parsing every row's data again: the id of the job or run the event is about,
// its name, the step and queue, the error, and the event's time. Read on the journal's writer thread.
struct JournalEventColumns
{
    qint64 tsMicros = 0;
    QString subjectId; // job_id or run_id (cron.fired: the job it enqueued)
    QString name;      // job_name, the workflow's name, or the cron entry's
    QString step;
    QString queue;
    QString error;

    // Fields the inner data lacks, or data that does not parse, leave columns empty: the data is kept as
    // received whatever it holds.
    static JournalEventColumns of(const dwp::StreamEvent& event);
    // Microseconds since the epoch, clamped to what a 64-bit column holds (Go's zero time fits).
    static qint64 microsOf(const dwp::Timestamp& ts);
    // The other way, for reading a row back: the event's time to the microsecond the column keeps.
    static dwp::Timestamp timestampOf(qint64 micros);
};

} // namespace dispatch
