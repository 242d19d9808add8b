// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

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
class WaitingStepGuess : public QObject
{
    Q_OBJECT

public:
    WaitingStepGuess(TimelineModel* timeline, WorkflowRunsModel* runs, QObject* parent = nullptr);

    // The wait step that followed `stepName` in earlier runs of `workflow`, or empty.
    QString waitAfter(const QString& workflow, const QString& stepName) const;
    void learn(const QString& workflow, const QString& stepName, const QString& waitStep);

private:
    void update();
    QString workflowOfOpenRun() const;

    QPointer<TimelineModel> m_timeline;
    QPointer<WorkflowRunsModel> m_runs;
    QHash<QString, QHash<QString, QString>> m_waitAfter; // workflow → step → wait step
    bool m_updating = false;
};

} // namespace dispatch
