// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "models/RunLifecycle.h"
#include "models/TimelineStep.h"
#include "models/TimelineStepList.h"
#include "protocol/StreamEvent.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <optional>

namespace dispatch {

// The steps of one workflow run, one row per step name, ordered by when each step ended.
//
// Two sources are merged by step name (a run checkpoints each name once, dwp-protocol.md §4): the checkpoints
// of workflow.timeline (setTimeline) and the run's step events (applyEvents). Neither is complete: failed
// steps have no checkpoint, and wait:/sleep: steps and the parallel:<group> marker have no event. The engine
// writes a checkpoint when a step ends, so a step's start is the engine's measure (end − elapsed_ms) when a
// step event gave one, otherwise the previous step's end or the run start; a parallel:<group> marker starts
// with its first member.
//
// Open steps: while the run is running, a placeholder row stands for the work after the last step — the
// server names a step only when it ends, and announces no wait or sleep at all. A step that a source knows
// has begun (beginStep) replaces the placeholder; a `wait:<event>` one shows as waiting until its checkpoint
// or the end of the run. A run that completes or fails closes every open step at its end time.
//
// Rows never move. New steps are inserted where their end time puts them, in one block per batch when they
// all land in the same place (the live case: at the bottom, above the placeholder).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        StateColumn,
        DataColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        StepNameRole = Qt::UserRole + 1, // QString, empty for the placeholder
        StartedAtRole,                   // QDateTime (UTC) or invalid
        EndedAtRole,                     // QDateTime (UTC) or invalid while open
        DurationMsRole,                  // qint64, invalid while open or when the start is unknown
        StateRole,                       // int: a dwp::StepState
        StateNameRole,                   // QString: its name in dwp::StateVocabulary ("completed")
        DataRole,                        // QString: indented JSON, hex bytes, or empty
        DataKindRole,                    // int: a TimelineStep::DataKind
        RawDataRole,                     // QByteArray: the checkpoint bytes
        ErrorRole,                       // QString
        HasCheckpointRole,               // bool
        PlaceholderRole,                 // bool: the row for unnamed work in progress
        SortRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString runId() const { return m_runId; }
    std::optional<dwp::RunState> runState() const { return m_run.state(); }
    // Shows another run: a model reset (opening a run is not an ordinary event).
    void setRunId(const QString& runId);
    // Run facts from workflow.get (start, state, end, error); switches to run.id if it differs.
    void setRun(const dwp::WorkflowRun& run);
    // Merges the checkpoints of workflow.timeline; steps known only from events stay.
    void setTimeline(const QList<dwp::TimelineEntry>& entries);
    // Applies this run's workflow.* events; events of other runs are ignored.
    void applyEvents(const QList<dwp::StreamEvent>& batch);
    // A step known to have begun (a wait:<event> step shows as waiting) until its checkpoint, its step event
    // or the end of the run closes it.
    void beginStep(const QString& stepName, const QDateTime& startedAt);

    int rowOf(const QString& stepName) const; // -1 when unknown; the placeholder has no name
    // A row as stored, for readers that scan every step on each change (WaitingStepGuess, RunDetailPanel):
    // through data() each row built three QVariants, 11 % of the GUI thread's stalls with a run of 3 000
    // steps open at 50 000 events/s (bench_gui_stall).
    const TimelineStep& step(int row) const { return m_steps.at(row); }

    // The steps were read from the profile's history as it stood at `asOf`, not from the server (a run the
    // server has forgotten, issue 19); invalid when the server's own answers are shown. Another run clears
    // it.
    QDateTime historyAsOf() const { return m_historyAsOf; }
    void setHistoryAsOf(const QDateTime& asOf);

    // The holes in what the monitor heard that may reach into this run (README "Journal", Holes): spans in
    // which steps can have begun, failed or ended unseen — a failed step has no checkpoint (dwp-protocol.md
    // §4), so its event is its only record, and events are not replayed after a reconnect (§5). The session
    // sets them (MonitorSession::openRun: the journal's and this session's own); another run clears them.
    const QList<JournalGap>& holes() const { return m_holes; }
    void setHoles(QList<JournalGap> holes);
    // The run's span in ms since the epoch: from its start (else its first step's) to its end, or to `nowMs`
    // while it has none; nullopt when no start is known.
    std::optional<std::pair<qint64, qint64>> runSpanMs(qint64 nowMs) const;
    // The holes that overlap runSpanMs(nowMs), oldest first, as recorded (not cut to the span). Holes are
    // placed by the monitor's clock (when events arrived), the steps by the server's.
    QList<JournalGap> holesInRun(qint64 nowMs) const;

signals:
    void historyAsOfChanged();
    void holesChanged();

private:
    void mergeSteps(QList<TimelineStep> incoming, const RunLifecycle& run);
    void insertSteps(QList<TimelineStep>& fresh, QList<int>& changed);
    void closeOpenSteps(QList<int>& changed);
    void updatePlaceholder(bool stepsChanged);
    void announce(QList<int>& rows); // emits dataChanged ranges and clears `rows`
    QVariant displayData(int row, int column) const;

    QString m_runId;
    RunLifecycle m_run;
    TimelineStepList m_steps;
    QDateTime m_historyAsOf;
    QList<JournalGap> m_holes; // oldest first
};

} // namespace dispatch
