// SPDX-License-Identifier: MIT
#pragma once

#include "models/ModelTime.h"
#include "models/RunLifecycle.h"
#include "models/SearchText.h"
#include "models/WorkflowRunRow.h"
#include "protocol/StreamEvent.h"
#include "protocol/WorkflowEventData.h"
#include "protocol/WorkflowRun.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace dispatch {

// The workflow runs seen since tracking began, one row per run id, in the order first seen. Like jobs, runs
// cannot be listed from the server (dwp-protocol.md §8, §11): rows come from workflow.* events and runs
// fetched by id.
//
// A live window, as JobsModel's (issue 19 item 5): every run still running stays, and of the finished ones
// the newest capacity(); past that by a tenth, the oldest finished runs leave in one removal from the front,
// running runs among them move to the end, and the pinned run (open in the run panel) stays.
//
// Invariants: new rows are appended (one beginInsertRows per batch); rows leave only from the front, and
// move only from the front to the end (moveFrontRowsToEnd); updates are dataChanged ranges. The run's state
// follows RunLifecycle, as TimelineModel's does.
class WorkflowRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        StateColumn,
        StartedColumn,
        CompletedColumn,
        DurationColumn,
        CurrentStepColumn,
        FailedStepColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString
        NameRole,                  // QString
        StateRole,                 // int: a dwp::RunState, or -1 when not yet known
        StateNameRole,             // QString: the server's spelling, empty when unknown
        StartedAtRole,             // QDateTime (UTC) or invalid
        CompletedAtRole,           // QDateTime (UTC) or invalid
        DurationMsRole,            // qint64, invalid while running
        CurrentStepRole,           // QString: the step most recently reported by a step event
        FailedStepRole,            // QString: the step of the last workflow.step_failed
        ErrorRole,                 // QString: the run's error, else the failed step's
        ParentRunIdRole,           // QString, known after workflow.get
        FetchedRole,               // bool: a workflow.get reply has been merged
        UnknownToServerRole,       // bool: workflow.get answered 404 since the last news of the run
        SortRole,
        WaitingForRole,   // QString: the event the running run waits for (setWaitingFor), empty if none known
        WaitInferredRole, // bool: that wait is the monitor's inference, not the server's word
        ShownStateNameRole, // QString: "waiting" while the run waits, else StateNameRole: what its badge says
    };
    Q_ENUM(Role)

    // The finished runs kept: a run's row holds several texts, about 0.5 KB.
    static constexpr int kDefaultCapacity = 200'000;
    static constexpr int kMaxMovedPerTrim = 10'000; // running runs moved to the end per batch at most

    explicit WorkflowRunsModel(QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; trims at once
    // Finished runs that have left the window since tracking began.
    qint64 evictedCount() const { return m_evicted; }
    // The run open in the run panel stays in the model whatever its age; empty for none.
    void setPinnedRun(const QString& runId) { m_pinnedRunId = runId; }
    // Moves rows [0, count) to the end, in their order, with everything kept of them, as one rowsMoved so
    // that persistent indexes (the selection and current row through WorkflowRunFilterProxy) follow their
    // runs: JobsModel::moveFrontRowsToEnd, for the journal's replay in two pages. count is clamped to the
    // rows; none or all is a no-op; evictedCount() stays. Costs as much as the rows moved, not the rows kept.
    void moveFrontRowsToEnd(int count);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Applies the workflow.* events of a batch; others are ignored.
    void applyEvents(const QList<dwp::StreamEvent>& batch);
    // Merges a run fetched by id (workflow.get, or the reply of workflow.start).
    void upsertRun(const dwp::WorkflowRun& run);
    // workflow.get answered 404: the server no longer knows the run. The row stays, marked, until news of the
    // run arrives. Returns false for a run we do not track.
    bool markUnknownToServer(const QString& runId);

    // Marks a running run as waiting for a workflow event (empty: not waiting). The server never says that a
    // run waits (dwp-protocol.md §3: the wait:<event> checkpoint is written when the wait ends), so the
    // monitor infers it (WaitingStepGuess); the run shows as Waiting with the event as its current step until
    // it reports another step or ends, which clears the mark.
    void setWaitingFor(const QString& runId, const QString& eventName, bool inferred = true);

    int rowOf(const QString& runId) const; // -1 when not tracked
    QString runId(int row) const;

    // A row's parts as stored, for WorkflowRunFilterProxy: filtering and sorting 100 000 runs per keystroke
    // through data() cost a QVariant per role, row and comparison (bench_models typing).
    int stateOf(int row) const { return stateKey(m_rows.at(row)); } // a dwp::RunState, or -1 when unknown
    bool isWaiting(int row) const { return !m_rows.at(row).waitingFor.isEmpty(); }
    const QString& nameOf(int row) const { return m_rows.at(row).name; }
    // Whether the run id, name, current or failed step, error or the event it waits for contains the pattern.
    bool rowContainsText(int row, const SearchText& text) const;
    // SortRole of the state and time columns as a number; nullopt for the text columns.
    std::optional<qint64> numericSortKey(int row, int column) const
    {
        return numericKeyOf(m_rows.at(row), column);
    }

    QDateTime trackingSince() const { return m_trackingSince; }
    void setTrackingSince(const QDateTime& since) { m_trackingSince = since; }
    void clear(); // a model reset, for switching servers

private:
    using RunRow = WorkflowRunRow;

    static bool applyEvent(RunRow& row, const QString& type, const dwp::WorkflowEventData& data,
                           qint64 nanos);
    static bool applyFetchedRun(RunRow& row, const dwp::WorkflowRun& run);
    int stageRow(const QString& runId, QList<RunRow>& staged);
    void commitStaged(QList<RunRow>& staged);
    void keepWithinCapacity();
    int sequencedRow(const QString& runId) const; // the row of a committed or staged run, -1 if none
    static bool isUnfinished(const RunRow& row);
    void announceChanged(const QList<int>& rows);
    QVariant displayData(const RunRow& row, int column) const;
    QVariant sortData(const RunRow& row, int column) const;
    static int stateKey(const RunRow& row) { return row.life.state() ? int(*row.life.state()) : -1; }
    static std::optional<qint64> numericKeyOf(const RunRow& row, int column);
    QString waitText(const RunRow& row) const;
    static void endWaitIfMoved(RunRow& row, const RunRow& before);

    QList<RunRow> m_rows;
    QHash<QString, int> m_rowById; // → sequence number: the row plus the rows that left before it
    int m_firstSequence = 0;
    QDateTime m_trackingSince;
    int m_capacity = kDefaultCapacity;
    int m_unfinished = 0; // running runs, committed or staged
    qint64 m_evicted = 0;
    QString m_pinnedRunId;
    // Sequence numbers start again from 0 past this many rows that left (one pass over the id hash).
    static constexpr int kRenumberAt = 1 << 30;
};

} // namespace dispatch
