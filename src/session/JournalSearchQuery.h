// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace dispatch {

// One search of a profile's journal (issue 19 item 4, README "Journal"), and where its next page starts.
// Every part narrows the results; an empty query finds every event, newest first.
struct JournalSearchQuery
{
    static constexpr int kDefaultPageSize = 200;

    // Words as typed: each must occur in the event's type, name, step, queue or error (or in a lookup's name,
    // queue, state, error or payload), case and accents aside. Whole words; a word ending in '*' finds the
    // words it begins. Nothing typed is ever read as FTS5 syntax (JournalSearch::matchExpression).
    QString text;
    // One job or run by its whole id (job_…, wfrun_…), as events_by_subject finds it.
    QString subjectId;
    // Only jobs ("job_") or only runs ("wfrun_"); empty: any.
    QString subjectPrefix;
    // Event types; an entry ending in '.' is a family ("job."), as EventFilterProxy reads them. Lookups have
    // no event type, so a query with types finds events only.
    QStringList types;
    // When the monitor received them, in ms since the epoch, [fromMs, toMs); 0: open.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int pageSize = kDefaultPageSize;

    // The keyset of the next page: results older than these rows (events.id, lookups.id); 0 from the newest.
    qint64 beforeEventId = 0;
    qint64 beforeLookupId = 0;
    // The holes in history (connection_gaps) go among the results where they end, newest first by (to_ms,
    // id): the next page's are those before this one's last. gapsDone: none left.
    qint64 beforeGapEndMs = 0;
    qint64 beforeGapId = 0;
    bool gapsDone = false;

    // An export's reading (JournalEventExport): events only — lookups are no events — oldest first, each with
    // its topic and data; the keyset is then the last event written (events.id), 0 from the oldest.
    bool forExport = false;
    qint64 afterEventId = 0;

    // What a search field holds: words, of which whole job and run ids become subjectId (the first one).
    static JournalSearchQuery fromTyped(const QString& typed);
    bool isFirstPage() const { return beforeEventId == 0 && beforeLookupId == 0 && beforeGapId == 0; }
};

} // namespace dispatch
