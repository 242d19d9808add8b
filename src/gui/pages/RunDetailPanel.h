// SPDX-License-Identifier: MIT
#pragma once

#include "gui/gantt/GanttFields.h"
#include "protocol/WorkflowRun.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace dispatch {

class ServerAccess;

class JsonViewer;
class TimelineGanttView;
class TimelineModel;
class WorkflowRunsModel;

// One workflow run: its facts, a live Gantt chart of its steps, the step list with each step's data, the
// run's input and error. "Publish event…" is offered, pre-filled, when a step waits for an event
// (`wait:<event>`); "Watch" pins the run so it stays followed (and is re-fetched after a reconnect).
class RunDetailPanel : public QWidget
{
    Q_OBJECT

public:
    RunDetailPanel(WorkflowRunsModel* runs, TimelineModel* timeline, QWidget* parent = nullptr);

    // Where the run's Gantt chart reads a TimelineModel (bench_huge_run lays one out the same way).
    static GanttFields ganttFields();

    QString runId() const { return m_runId; }
    void setRun(const QString& runId); // empty: nothing selected
    // The list's filters hide the run: the panel keeps showing it and says so (issue 20 item 2).
    void setHiddenFromList(bool hidden);
    // Another session's models; the run shown stays (by id).
    void setModels(WorkflowRunsModel* runs, TimelineModel* timeline);
    // What only workflow.get tells: the input (and the error and parent as the server has them).
    void setRunDetails(const dwp::WorkflowRun& run);
    void setWatched(bool watched);
    bool isWatched() const;
    // Offline, or without workflow:write as a 403 said, Publish is off and says why. Null: no limit known.
    void setServerAccess(ServerAccess* access);

    // Shown from a saved file (File → Open Saved Run…): `note` says which, and what acts on the server or
    // saves again is hidden.
    void setSavedFileNote(const QString& note);

    TimelineGanttView* gantt() const { return m_gantt; }
    // The line that says where the run's time has holes in what the monitor heard (hidden when none).
    QLabel* holeNotice() const { return m_holeNotice; }
    QTableView* stepTable() const { return m_steps; }
    // The event a waiting step waits for ("payment-received"), or empty.
    QString awaitedEvent() const;

signals:
    void watchToggled(const QString& runId, bool watched);
    void publishEventRequested(const QString& runId, const QString& eventName);
    // Save the run — its details, timeline and events — to a file (issue 19 item 8).
    void exportRequested(const QString& runId);

private:
    void refresh();
    void refreshHeading(bool known, const QString& state);
    void refreshHoles();
    void showStepData(int timelineRow);
    void watchModels();

    WorkflowRunsModel* m_runs;
    TimelineModel* m_timeline;
    QString m_runId;
    QPersistentModelIndex m_row;
    QLabel* m_title;
    QLabel* m_hiddenNotice;
    QLabel* m_holeNotice;
    QLabel* m_facts;
    QLabel* m_error;
    QToolButton* m_watchButton;
    QToolButton* m_publishButton;
    QToolButton* m_exportButton;
    QString m_savedFileNote;
    TimelineGanttView* m_gantt;
    QTableView* m_steps;
    JsonViewer* m_stepData;
    JsonViewer* m_input;
    bool m_hiddenFromList = false;
    QPointer<ServerAccess> m_access;
};

} // namespace dispatch
