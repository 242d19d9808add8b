// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "protocol/Job.h"
#include "protocol/StreamEvent.h"
#include "protocol/WorkflowRun.h"

#include <QList>
#include <QStringList>

namespace dispatch {

// What a journal held of its newest jobs and runs (JournalReader::recent): the events their rows are made
// of (the latest of each type, the first enqueue and start) in the order they arrived and the last answer of
// each one looked up by id, for the models to replay through the code that applies live events. Times in
// milliseconds since the epoch, UTC; 0 when the journal held nothing.
struct JournalSnapshot
{
    QList<dwp::StreamEvent> events; // of the chosen jobs and runs, oldest first
    QList<dwp::Job> jobs;           // job.get answers, one per job, oldest first
    QList<dwp::WorkflowRun> runs;   // workflow.get answers, one per run, oldest first
    QStringList jobIds;             // the chosen jobs, newest first
    QStringList runIds;             // the chosen runs, newest first
    qint64 asOfMs = 0;              // the journal's newest event or lookup
    qint64 oldestMs = 0;            // the oldest event read
    // The newest event and lookup the read took into account (their ids): a read of the older ones after
    // this one (JournalReader::recentAfter) stops there, so that the two make one read's worth.
    qint64 lastEventId = 0;
    qint64 lastLookupId = 0;
    QString error;            // why the file could not be read; empty when it could, or was not there
    bool newerSchema = false; // the file is of a newer monitor's schema (error says so)
    // The holes between asOfMs and the session's start (JournalReader::holesSince), oldest first: what the
    // previous sessions did not hear after their newest record, and the span no monitor ran.
    QList<JournalGap> holesSince;

    bool isEmpty() const { return jobIds.isEmpty() && runIds.isEmpty(); }
};

} // namespace dispatch
