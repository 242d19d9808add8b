// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalBatch.h"

#include <QMutex>

namespace dispatch {

// The hand-off between the GUI thread, which adds, and the journal's writer thread, which takes everything
// at once for one transaction. The mutex is held only to move lists, never while the disk is written, so
// the GUI thread never waits on the disk. While the writer is busy, batches pile up here and go in the next
// transaction together: a slow disk means fewer, larger transactions.
//
// Bounded (README, "Bounds on what a peer can make us hold"): at most maxEvents() events wait here or in the
// transaction the writer took and has not finished (writingDone() ends it), so the bound is what the journal
// holds in memory, not twice it. A batch
// of events that would pass the bound is dropped whole, and so is every later one until the writer takes
// what waits (the batches already here are older and go in order), so that what is missing is one span of
// time. The GUI thread never waits. The next takeAll() ends that episode: it hands the writer, after the
// batches kept, a gap from the first dropped batch's arrival to the last one's — the journal's mark for a
// hole in history, as for a connection gap — and how many events it lost. Gaps, stats samples, lookups and
// actions are small and few and are always kept.
class JournalInbox
{
public:
    // 500 000 events: about 230 MB at the 477 bytes a queued event measured (bench_journal_live's pool of
    // distinct events: 497.1 MB at 1 000 000, 67.5 MB at 100 000). A loaded machine's writer that keeps up
    // on the whole still had 472 500 events waiting at its worst (bench_journal_live, README "Performance"),
    // so a lower bound would cut history on a machine merely busy; the one that fell behind had 2.2 million.
    static constexpr qsizetype kDefaultMaxEvents = 500'000;

    // What one episode of falling behind lost: the events of the batches dropped and when the first and
    // the last of those batches arrived (ms since the epoch, UTC).
    struct Dropped
    {
        qsizetype events = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    // True when the writer has to be told to come and take what waits (the inbox was empty and nothing
    // had been dropped since the last take). `droppingSinceMs`, when given, is set to the first dropped
    // batch's arrival when this add began an episode of dropping (else left as it was), so that the GUI
    // thread can say so at once instead of when the writer next takes (up to ~18 s later at the bound,
    // bench_journal_live).
    bool add(JournalBatch part, qint64* droppingSinceMs = nullptr);
    // Everything waiting; when batches were dropped since the last take, with a gap over them at the end
    // and `dropped` saying what they held (else it is left as it was).
    JournalBatch takeAll(Dropped* dropped = nullptr);
    // The writer is done with what it took last (written, or failed): its events no longer count.
    void writingDone();
    // Events waiting and in the transaction being written.
    qsizetype pendingEvents() const;
    // Every event dropped since the inbox was made.
    qsizetype droppedEvents() const;
    qsizetype maxEvents() const;
    // Any time; from the next add() on. At least 1.
    void setMaxEvents(qsizetype events);

private:
    mutable QMutex m_mutex;
    JournalBatch m_pending;
    qsizetype m_writing = 0; // events taken and not yet written
    Dropped m_dropped;       // this episode's, until the next take
    qsizetype m_droppedTotal = 0;
    qsizetype m_maxEvents = kDefaultMaxEvents;
};

} // namespace dispatch
