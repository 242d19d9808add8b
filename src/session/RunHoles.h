// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"

#include <QList>
#include <QPointer>
#include <optional>
#include <qcoro/qcorotask.h>
#include <utility>

namespace dispatch {

class MonitorSession;
struct SavedRun;

// Which holes (README "Journal", Holes) a run is shown with, by one rule for the run open in the window
// (MonitorSession::showRunHoles) and a run saved to a file (Save Run…, SavedRun::holes).
class RunHoles
{
public:
    using Span = std::pair<qint64, qint64>; // ms since the epoch, as TimelineModel::runSpanMs

    // The journal's holes and a session's own connection gaps, each once (the journal holds the session's too
    // once written); the session's gaps that ended before `span` began are not the run's. From
    // `heardLiveSinceMs` on (> 0), what the session's journal writer dropped (FellBehind) is no hole: the
    // models are fed apart from the journal (JournalInbox), so they heard those events.
    static QList<JournalGap> merge(QList<JournalGap> journalHoles, const QList<JournalGap>& sessionGaps,
                                   qint64 heardLiveSinceMs, std::optional<Span> span);

    // For Save Run…: the holes that overlap the span of `saved` (as its window will find it,
    // SavedRun::showIn), oldest first — the journal's over that span, the session's connection gaps and the
    // outage under way, if any (a gap is noted only once it ends). `eventsFromJournal`: the saved events were
    // read from the journal, so what its writer dropped is missing from them too. None when the run's start
    // is unknown (nothing could place them) or the session is gone.
    static QCoro::Task<QList<JournalGap>> ofSavedRun(QPointer<MonitorSession> session, SavedRun saved,
                                                     bool eventsFromJournal);
};

} // namespace dispatch
