// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QList>

namespace dispatch {

// What the journal is handed between two of its transactions: whole session batches of events with the time
// they arrived, and connection gaps. Times in milliseconds since the epoch, UTC.
struct JournalBatch
{
    struct Events
    {
        qint64 receivedMs = 0;
        QList<dwp::StreamEvent> events;
    };
    struct Gap
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    QList<Events> events;
    QList<Gap> gaps;
    qsizetype eventCount = 0;

    bool isEmpty() const { return events.isEmpty() && gaps.isEmpty(); }
    void append(JournalBatch&& later)
    {
        events.append(std::move(later.events));
        gaps.append(std::move(later.gaps));
        eventCount += later.eventCount;
    }
};

} // namespace dispatch
