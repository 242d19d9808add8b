// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "session/JournalSearchQuery.h"

#include <QList>
#include <QString>

namespace dispatch {

// One page of a journal search, newest first, and the query of the page after it.
struct JournalSearchPage
{
    struct Hit
    {
        enum class Source
        {
            Event,  // a row of `events`
            Lookup, // a row of `lookups`: a job, run or timeline as the server answered when looked up
            Gap,    // a row of `connection_gaps`: a hole in the history (`gap`), where it ends in time order
        };
        Source source = Source::Event;
        qint64 rowId = 0;
        qint64 receivedMs = 0; // when the monitor received or looked it up
        qint64 tsUs = 0;       // the event's own time (a lookup: receivedMs)
        QString type;          // the event type, or the lookup's kind ("job", "run", "timeline")
        QString subjectId;
        QString name;
        QString step;
        QString queue;
        QString error;
        QString state; // a lookup's
        // An export's (JournalSearchQuery::forExport): the event's topic and its inner data as received.
        QString topic;
        QByteArray data;
        JournalGap gap; // a Gap's (receivedMs is its end)
    };

    QList<Hit> hits;
    JournalSearchQuery next; // the same query, from after the last hit
    bool atEnd = true;       // no page after this one
    QString error;           // the journal could not be read (no file yet: empty, no error)
};

} // namespace dispatch
