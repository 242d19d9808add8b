// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "protocol/StreamEvent.h"

#include <QList>

namespace dispatch {

// What the journal is handed between two of its transactions: whole session batches of events with the time
// they arrived, connection gaps, stats samples, lookups and operator actions. Times in milliseconds since the
// epoch, UTC; JSON as the server sent it or as the protocol layer writes it.
struct JournalBatch
{
    struct Events
    {
        qint64 receivedMs = 0;
        QList<dwp::StreamEvent> events;
    };
    using Gap = JournalGap;

    struct StatsSample
    {
        qint64 atMs = 0;
        QString source; // "dwp.stats", "rest.stats"
        QByteArray json;
    };
    struct Lookup
    {
        qint64 atMs = 0;
        QString kind; // "job", "run", "timeline"
        QString subjectId;
        QByteArray json;
    };
    struct Action
    {
        qint64 atMs = 0;
        QString who; // the operating-system user running the monitor
        QString action;
        QString target;
        bool succeeded = false;
        QString detail; // the result, or why it failed
    };

    QList<Events> events;
    QList<Gap> gaps;
    QList<StatsSample> stats;
    QList<Lookup> lookups;
    QList<Action> actions;
    qsizetype eventCount = 0;

    bool isEmpty() const
    {
        return events.isEmpty() && gaps.isEmpty() && stats.isEmpty() && lookups.isEmpty() &&
               actions.isEmpty();
    }
    void append(JournalBatch&& later)
    {
        events.append(std::move(later.events));
        gaps.append(std::move(later.gaps));
        stats.append(std::move(later.stats));
        lookups.append(std::move(later.lookups));
        actions.append(std::move(later.actions));
        eventCount += later.eventCount;
    }
};

} // namespace dispatch
