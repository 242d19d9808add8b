// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalBatch.h"

#include <QMutex>

namespace dispatch {

// The hand-off between the GUI thread, which adds, and the journal's writer thread, which takes everything
// at once for one transaction. The mutex is held only to move lists, never while the disk is written, so
// the GUI thread never waits on the disk. While the writer is busy, batches pile up here and go in the next
// transaction together: a slow disk means fewer, larger transactions.
class JournalInbox
{
public:
    // True when the inbox was empty, i.e. the writer has to be told to come and take it.
    bool add(JournalBatch part);
    JournalBatch takeAll();
    qsizetype pendingEvents() const;

private:
    mutable QMutex m_mutex;
    JournalBatch m_pending;
};

} // namespace dispatch
