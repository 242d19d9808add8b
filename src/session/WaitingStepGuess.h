// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/TimelineEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <qcoro/qcorotask.h>

namespace dispatch {

class TimelineModel;
class WorkflowRunsModel;

// Says which event an open run is most likely waiting for. The server never announces a wait: a
// `wait:<event>` step only appears as a checkpoint once the event has come (dwp-protocol.md §4, §5), so a
// waiting run just looks busy after its last step. But a workflow's steps come in a fixed order, so once one
// run of, say, order-pipeline has shown "charge" followed by "wait:payment-received", a later run of it that
// has finished "charge" and gone quiet is waiting for payment-received. This class learns those pairs from
// the timelines it sees and marks the open run's step as begun (TimelineModel::beginStep), so it shows as
// waiting and "Publish event…" can be pre-filled. A guess never overrides what the server reports.
// The first completed run of each workflow is read once (workflow.timeline) to learn from, opened or not.
// Every running run whose last step is one a wait followed is marked as waiting in the runs model
// (WorkflowRunsModel::setWaitingFor, inferred), so the list shows, filters and finds it (issue 20 item 9).
class WaitingStepGuess : public QObject
{
    Q_OBJECT

public:
    using TimelineFetch = std::function<QCoro::Task<QList<dwp::TimelineEntry>>(QString runId)>;

    WaitingStepGuess(TimelineModel* timeline, WorkflowRunsModel* runs, QObject* parent = nullptr);

    // How to read a run's checkpoints; without it, only the runs that are opened teach anything.
    void setTimelineFetch(TimelineFetch fetch) { m_fetch = std::move(fetch); }

    // The wait step that followed `stepName` in earlier runs of `workflow`, or empty.
    QString waitAfter(const QString& workflow, const QString& stepName) const;
    void learn(const QString& workflow, const QString& stepName, const QString& waitStep);
    // Learns every "step, then wait:<event>" pair in a run's checkpoints, which come in order (§4).
    void learnFromTimeline(const QString& workflow, const QList<dwp::TimelineEntry>& entries);

    // The ids of the runs seen waiting for `eventName`, in the order first seen: runs still running whose
    // last finished step is one that `wait:<eventName>` followed in an earlier run of their workflow, and
    // the open run while its timeline shows that wait begun. Only as far as the monitor knows: runs started
    // before it connected, or of a workflow whose wait it has not learned yet, are missing. A publish
    // resumes one of them, whichever polls first (dwp-protocol.md §3), so the Publish Event dialog shows
    // them. It reads every run: a scan of the runs model, done when the dialog asks.
    QStringList runsWaitingFor(const QString& eventName) const;

signals:
    // What runsWaitingFor() answers may have changed: a run changed or a wait was learned.
    void waitingRunsChanged();

private:
    void update();
    void inspectFinishedRuns(int firstRow, int lastRow);
    void markWaitingRuns(int firstRow, int lastRow);
    QCoro::Task<> inspect(QString workflow, QString runId);
    QString workflowOfOpenRun() const;
    bool openRunShowsWaiting(const QString& waitStep) const;

    QPointer<TimelineModel> m_timeline;
    QPointer<WorkflowRunsModel> m_runs;
    QHash<QString, QHash<QString, QString>> m_waitAfter; // workflow → step → wait step
    QSet<QString> m_inspected;                           // workflows whose first completed run has been read
    TimelineFetch m_fetch;
    bool m_updating = false;
};

} // namespace dispatch
