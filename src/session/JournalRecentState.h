// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminStats.h"
#include "protocol/CronEntry.h"
#include "protocol/DlqEntry.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"

#include <QList>
#include <QString>
#include <optional>

namespace dispatch {

// The rest of what a session shows at start (issue 19 item 3, README "Journal"), as a journal last kept it
// (JournalReader::recentState): the newest events for the event log, and the last answer of each server
// question the session keeps asking — the DWP stats reply, the REST totals, the dead-letter count and the
// first page of the server's dead-letter and cron lists. Each comes with when it was kept (milliseconds
// since the epoch, UTC; 0 and empty when the journal held none, e.g. a file of an older version). Parsed by
// the protocol's parsers, so a journal is trusted no more than a server.
struct JournalRecentState
{
    // Where each answer is kept: `stats_samples.source` (JournalSchema step 2 → 3). "dwp.stats" and
    // "rest.stats" have been kept since schema 3; the dead-letter and cron answers since this version (the
    // schema did not change: a sample is "what the server said at a moment").
    static constexpr const char* kDwpStats = "dwp.stats";
    static constexpr const char* kRestTotals = "rest.stats";
    static constexpr const char* kDlqCount = "rest.dlq.count";  // {"count": n}
    static constexpr const char* kDlqList = "rest.dlq.list";    // [DlqEntry…], the page at offset 0
    static constexpr const char* kCronList = "rest.crons.list"; // [CronEntry…], the page at offset 0

    QList<dwp::StreamEvent> events; // the newest events, oldest first
    qint64 eventsAsOfMs = 0;        // when the newest of them arrived
    std::optional<dwp::ServerStats> stats;
    qint64 statsAtMs = 0;
    std::optional<dwp::AdminStats> totals;
    qint64 totalsAtMs = 0;
    std::optional<qint64> dlqCount;
    qint64 dlqCountAtMs = 0;
    std::optional<QList<dwp::DlqEntry>> dlqList;
    qint64 dlqListAtMs = 0;
    std::optional<QList<dwp::CronEntry>> cronList;
    qint64 cronListAtMs = 0;
    QString error;            // why the file could not be read; empty when it could, or was not there
    bool newerSchema = false; // the file is of a newer monitor's schema (error says so)

    bool isEmpty() const
    {
        return events.isEmpty() && !stats && !totals && !dlqCount && !dlqList && !cronList;
    }
};

} // namespace dispatch
