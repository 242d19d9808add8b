// SPDX-License-Identifier: MIT
#include "session/RunHoles.h"

#include "models/TimelineModel.h"
#include "session/MonitorSession.h"
#include "session/SavedRun.h"
#include "session/SessionHistory.h"

#include <QDateTime>

namespace dispatch {

QList<JournalGap> RunHoles::merge(QList<JournalGap> journalHoles, const QList<JournalGap>& sessionGaps,
                                  qint64 heardLiveSinceMs, std::optional<Span> span)
{
    journalHoles.removeIf([heardLiveSinceMs](const JournalGap& hole) {
        return hole.reason == JournalGap::Reason::FellBehind && heardLiveSinceMs > 0 &&
               hole.fromMs >= heardLiveSinceMs;
    });
    for (const JournalGap& gap : sessionGaps) {
        if ((!span || gap.toMs > span->first) && !journalHoles.contains(gap))
            journalHoles.append(gap);
    }
    return journalHoles;
}

QCoro::Task<QList<JournalGap>> RunHoles::ofSavedRun(QPointer<MonitorSession> session, SavedRun saved,
                                                    bool eventsFromJournal)
{
    // The span as the file's window will find it: the same model, filled the same way — a pass over the
    // saved events on the GUI thread, as opening the file makes (bench_huge_run: 20 000 steps into the model,
    // its Gantt laid out and painted, 103 ms; the model alone is part of that).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    TimelineModel shown;
    saved.holes.clear();
    saved.showIn(shown);
    const std::optional<Span> span = shown.runSpanMs(nowMs);
    if (!span || !session)
        co_return QList<JournalGap>();
    QList<JournalGap> journalHoles;
    if (SessionHistory* history = session->history())
        journalHoles = co_await history->readHoles(span->first, span->second);
    if (!session)
        co_return QList<JournalGap>();
    QList<JournalGap> own = session->connectionGaps();
    if (session->state() != ClientState::Ready) {
        // Not connected now: heard nothing since it went (or since the session began, never connected; a
        // first connection under way for less than kShortestRecordedMs is no hole, as in onSessionStarted).
        const QDateTime since =
            session->hasConnected() ? session->access().offlineSince() : session->trackingSince();
        const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : nowMs;
        if (sinceMs < nowMs &&
            (session->hasConnected() || nowMs - sinceMs >= JournalGap::kShortestRecordedMs))
            own.append({sinceMs, nowMs, JournalGap::Reason::ConnectionLost});
    }
    const QDateTime trackingSince = session->trackingSince();
    const qint64 heardLiveSinceMs =
        eventsFromJournal || !trackingSince.isValid() ? 0 : trackingSince.toMSecsSinceEpoch();
    shown.setHoles(merge(std::move(journalHoles), own, heardLiveSinceMs, span));
    co_return shown.holesInRun(nowMs);
}

} // namespace dispatch
