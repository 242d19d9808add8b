// SPDX-License-Identifier: MIT
#pragma once

#include "models/JobTable.h"
#include "protocol/Job.h"
#include "protocol/StreamEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace dispatch {

// The jobs seen since tracking began, one row per job id, in the order first seen. The server cannot list
// jobs (dwp-protocol.md §8, §11), so rows come only from job.* events and from jobs fetched by id; say
// "since trackingSince()" in the UI rather than implying the list is complete.
//
// A live window (issue 19 item 5): every job not over stays, and of the finished ones the newest capacity();
// past that by a tenth, the oldest finished jobs leave in one removal from the front (the journal keeps
// them). Unfinished jobs among the oldest rows move to the end instead, a removal and an insertion.
//
// Invariants: new rows are appended (one beginInsertRows per applyEvents batch); rows leave only from the
// front, so a row number identifies a job until the next rowsRemoved or rowsMoved (moveFrontRowsToEnd);
// ordinary updates are dataChanged ranges, never resets. State changes follow JobLifecycle, which keeps
// out-of-order and duplicate events from regressing a job. Data-only: filtering and sorting belong to
// JobFilterProxy, badges to a delegate.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        QueueColumn,
        StateColumn,
        PriorityColumn,
        AttemptColumn,
        LastErrorColumn,
        EnqueuedColumn,
        StartedColumn,
        FinishedColumn,
        ElapsedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Column-independent roles; Qt::DisplayRole gives the column's text or value for people.
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString
        NameRole,                  // QString
        QueueRole,                 // QString
        StateRole,                 // int: a dwp::JobState, or -1 when not yet known
        StateNameRole,             // QString: the server's state name ("running"), empty when unknown
        PriorityRole,              // int, invalid until job.get told us (events do not carry it)
        AttemptRole,               // int: the server's retry count, 0 on the first run
        LastErrorRole,             // QString
        EnqueuedAtRole,            // QDateTime (UTC) or invalid
        StartedAtRole,             // QDateTime (UTC) or invalid: the latest start
        FinishedAtRole,            // QDateTime (UTC) or invalid
        ElapsedMsRole,             // qint64: the worker's measure, else finished − started; invalid if open
        DeadLetteredRole,          // bool: job.dlq seen
        CancelledByUsRole,         // bool: markCancelled and not overwritten since
        FetchedRole,               // bool: a job.get reply has been merged
        PayloadRole,               // QString: the payload text, known only after job.get
        UnknownToServerRole,       // bool: job.get answered 404 since the last news of the job
        SortRole,                  // the column's value in a form that sorts (numbers for times and states)
    };
    Q_ENUM(Role)

    // The finished jobs kept (issue 19 item 5): about 16 MB per 100 000 (bench_models).
    static constexpr int kDefaultCapacity = 200'000;
    // Unfinished jobs moved from the front to the end per batch at most, so that a backlog of pending jobs
    // older than every finished one costs a bounded amount per batch.
    static constexpr int kMaxMovedPerTrim = 10'000;

    explicit JobsModel(QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; trims at once
    // Finished jobs that have left the window since tracking began.
    qint64 evictedCount() const { return m_evicted; }
    // The job open in the detail panel stays in the model whatever its age; empty for none.
    void setPinnedJob(const QString& jobId) { m_pinnedJobId = jobId; }
    // Moves rows [0, count) to the end, in their order, with everything kept of them (fetched details and
    // payload, marks), announced as one rowsMoved so that persistent indexes (a view's selection and current
    // row through JobFilterProxy) follow their jobs. For the journal's replay in two pages, newest first
    // (SessionHistory): the first page, and live rows that came before the older page, sit at the front,
    // where the live window trims the oldest; moved to the end, the oldest are in front again. count is
    // clamped to the rows; none or all is a no-op. No job leaves: evictedCount() stays. Costs as much as the
    // rows moved, not the rows kept (JobTable::moveFrontToEnd). Nothing is staged between calls (each call
    // commits its new rows before it returns), so it may come at any time.
    void moveFrontRowsToEnd(int count);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Applies the job.* events of a batch (others are ignored): one insert for the jobs first seen in it,
    // then a few dataChanged ranges for the rows it changed.
    void applyEvents(const QList<dwp::StreamEvent>& batch);
    // Merges a job fetched by id (job.get). It is authoritative for its fields, but its state only replaces
    // ours when it is at least as recent (updated_at) as the event that set ours — a reply can be overtaken
    // by events while in flight.
    void upsertJob(const dwp::Job& job);
    // Records a cancel this client issued, since the server emits no event for it (§3). Returns false for a
    // job we do not track. Flush pending events first, so older ones are not applied after the cancel.
    bool markCancelled(const QString& jobId);
    // job.get answered 404: the server no longer knows the job (restarted without persistence, or pruned).
    // The row stays, marked, until news of the job arrives. Returns false for a job we do not track.
    bool markUnknownToServer(const QString& jobId);
    // The job is no longer open: its fetched payload is dropped when larger than JobTable::kKeptPayloadBytes,
    // and PayloadRole is invalid until job.get brings it again. True when one was dropped.
    bool releaseLargePayload(const QString& jobId);

    int rowOf(const QString& jobId) const; // -1 when not tracked

    // Direct reads for JobFilterProxy, which asks them of every row on each filter or sort: the values of
    // StateRole, QueueRole, NameRole and (for numeric columns) SortRole without building a QVariant each.
    int stateOf(int row) const; // a dwp::JobState, or -1 when not yet known
    const QString& queueOf(int row) const { return m_table.queueText(m_table.row(row)); }
    const QString& nameOf(int row) const { return m_table.nameText(m_table.row(row)); }
    // nullopt for the text columns (id, name, queue, last error), which sort by their text.
    std::optional<qint64> numericSortKey(int row, int column) const;
    // The free-text match JobFilterProxy documents, over id, name, queue, last error and payload.
    bool rowContainsText(int row, const QStringMatcher& matcher) const
    {
        return m_table.containsText(row, matcher);
    }
    QString jobId(int row) const;

    // The moment this model's view of the server starts: nothing that happened earlier is in it.
    QDateTime trackingSince() const { return m_trackingSince; }
    void setTrackingSince(const QDateTime& since) { m_trackingSince = since; }

    // Forgets every job (a model reset: for switching servers, not for ordinary events).
    void clear();

private:
    void commitStaged();
    void keepWithinCapacity();
    void announceChanged(const QList<int>& rows);
    QVariant displayData(const JobRow& row, int column) const;
    QVariant sortData(const JobRow& row, int column) const;

    JobTable m_table;
    QDateTime m_trackingSince;
    int m_capacity = kDefaultCapacity;
    qint64 m_evicted = 0;
    QString m_pinnedJobId;
};

} // namespace dispatch
