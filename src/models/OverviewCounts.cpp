// SPDX-License-Identifier: MIT
#include "models/OverviewCounts.h"

#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"

#include <algorithm>

namespace dispatch {

namespace {

quint8 stateByte(const QVariant& state, int stateCount, quint8 none)
{
    const int value = state.isValid() ? state.toInt() : -1;
    return value >= 0 && value < stateCount ? quint8(value) : none;
}

QDateTime failedAt(const QVariant& at)
{
    const QDateTime time = at.toDateTime();
    return time.isValid() ? time : QDateTime::currentDateTimeUtc();
}

// Rows [first, last] moved to before `destination`, numbered as before the move (rowsMoved): the counted
// states go with them. False when the list does not hold those rows; the caller then counts again. One
// rotation of a byte per row: 200 000 rows in well under a millisecond.
bool moveCountedRows(QList<quint8>& rows, int first, int last, int destination)
{
    if (first < 0 || last < first || last >= rows.size() || destination < 0 || destination > rows.size())
        return false;
    if (destination > last + 1)
        std::rotate(rows.begin() + first, rows.begin() + last + 1, rows.begin() + destination);
    else if (destination < first)
        std::rotate(rows.begin() + destination, rows.begin() + first, rows.begin() + last + 1);
    return true;
}

} // namespace

OverviewCounts::OverviewCounts(JobsModel* jobs, WorkflowRunsModel* runs, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_runs(runs)
{
    // dataChanged may cover rows of any column; only the row matters here.
    connect(jobs, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        countJobRows(first, last);
        emit changed();
    });
    connect(jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    jobRowChanged(row);
                emit changed();
            });
    connect(jobs, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        forgetJobRows(first, last);
        emit changed();
    });
    // JobsModel::moveFrontRowsToEnd: the same jobs in another order; the counts stay, each row's state
    // moves with it so that its next change is counted against its own.
    connect(jobs, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int first, int last, const QModelIndex&, int destination) {
                if (!moveCountedRows(m_jobRows, first, last, destination)) {
                    recountJobs();
                    emit changed();
                }
            });
    connect(jobs, &QAbstractItemModel::modelReset, this, [this] {
        m_leftJobs = 0;
        m_leftJobCounts.fill(0);
        m_leftDeadLettered = 0;
        recountJobs();
        emit changed();
    });
    connect(runs, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        countRunRows(first, last);
        emit changed();
    });
    connect(runs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    runRowChanged(row);
                emit changed();
            });
    connect(runs, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        forgetRunRows(first, last);
        emit changed();
    });
    connect(runs, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int first, int last, const QModelIndex&, int destination) {
                if (!moveCountedRows(m_runRows, first, last, destination)) {
                    recountRuns();
                    emit changed();
                }
            });
    connect(runs, &QAbstractItemModel::modelReset, this, [this] {
        m_leftRuns = 0;
        m_leftRunCounts.fill(0);
        recountRuns();
        emit changed();
    });
    recountJobs();
    recountRuns();
}

FailureHealth OverviewCounts::health() const
{
    return FailureHealth::assess({jobCount(dwp::JobState::Completed), jobCount(dwp::JobState::Failed)},
                                 {runCount(dwp::RunState::Completed), runCount(dwp::RunState::Failed)},
                                 FailureHealth::Basis::SeenLive);
}

QDateTime OverviewCounts::jobsTrackedSince() const
{
    return m_jobs ? m_jobs->trackingSince() : QDateTime();
}

QDateTime OverviewCounts::runsTrackedSince() const
{
    return m_runs ? m_runs->trackingSince() : QDateTime();
}

void OverviewCounts::recountJobs()
{
    m_jobRows.clear();
    m_jobCounts = m_leftJobCounts;
    m_deadLettered = m_leftDeadLettered;
    // A reset forgets the runs' failures too only when they are reset; drop the jobs' alone.
    m_recentFailures.removeKind(RecentFailuresModel::Kind::Job);
    if (m_jobs && m_jobs->rowCount() > 0)
        countJobRows(0, m_jobs->rowCount() - 1);
}

void OverviewCounts::recountRuns()
{
    m_runRows.clear();
    m_runCounts = m_leftRunCounts;
    m_recentFailures.removeKind(RecentFailuresModel::Kind::Run);
    if (m_runs && m_runs->rowCount() > 0)
        countRunRows(0, m_runs->rowCount() - 1);
}

void OverviewCounts::countJobRows(int first, int last)
{
    // Rows are only appended (JobsModel's invariant); anything else is recounted from scratch.
    if (first != m_jobRows.size()) {
        recountJobs();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_jobRows.append(kNoState);
        jobRowChanged(row);
    }
}

void OverviewCounts::countRunRows(int first, int last)
{
    if (first != m_runRows.size()) {
        recountRuns();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_runRows.append(kNoState);
        runRowChanged(row);
    }
}

void OverviewCounts::forgetJobRows(int first, int last)
{
    if (first < 0 || last >= m_jobRows.size() || first > last) {
        recountJobs();
        return;
    }
    for (int row = first; row <= last; ++row) {
        const quint8 counted = m_jobRows.at(row);
        const quint8 state = counted & ~kDeadLetteredBit;
        const bool deadLettered = (counted & kDeadLetteredBit) != 0;
        const bool over = state == kNoState || dwp::isTerminal(dwp::JobState(state));
        if (!over) { // moved to the end: counted again there
            --m_jobCounts[state];
            m_deadLettered -= deadLettered ? 1 : 0;
            continue;
        }
        ++m_leftJobs;
        if (state != kNoState)
            ++m_leftJobCounts[state];
        m_leftDeadLettered += deadLettered ? 1 : 0;
    }
    m_jobRows.remove(first, last - first + 1);
}

void OverviewCounts::forgetRunRows(int first, int last)
{
    if (first < 0 || last >= m_runRows.size() || first > last) {
        recountRuns();
        return;
    }
    for (int row = first; row <= last; ++row) {
        const quint8 state = m_runRows.at(row);
        if (state == quint8(dwp::RunState::Running)) { // moved to the end: counted again there
            --m_runCounts[state];
            continue;
        }
        ++m_leftRuns;
        if (state != kNoState)
            ++m_leftRunCounts[state];
    }
    m_runRows.remove(first, last - first + 1);
}

void OverviewCounts::jobRowChanged(int row)
{
    if (!m_jobs || row < 0 || row >= m_jobRows.size())
        return;
    const QModelIndex index = m_jobs->index(row, 0);
    const quint8 state = stateByte(index.data(JobsModel::StateRole), int(m_jobCounts.size()), kNoState);
    const bool deadLettered = index.data(JobsModel::DeadLetteredRole).toBool();
    const quint8 before = m_jobRows.at(row);
    const quint8 beforeState = before & ~kDeadLetteredBit;
    if (beforeState != state) {
        if (beforeState != kNoState)
            --m_jobCounts[beforeState];
        if (state != kNoState)
            ++m_jobCounts[state];
    }
    const bool wasDeadLettered = (before & kDeadLetteredBit) != 0;
    if (deadLettered != wasDeadLettered)
        m_deadLettered += deadLettered ? 1 : -1;
    m_jobRows[row] = quint8(state | (deadLettered ? kDeadLetteredBit : 0));

    if (state != quint8(dwp::JobState::Failed))
        return;
    const QString id = index.data(JobsModel::IdRole).toString();
    const QString name = index.data(JobsModel::NameRole).toString();
    const QString error = index.data(JobsModel::LastErrorRole).toString();
    if (beforeState != state)
        m_recentFailures.add({RecentFailuresModel::Kind::Job, id, name, error,
                              failedAt(index.data(JobsModel::FinishedAtRole))});
    else
        m_recentFailures.update(id, name, error);
}

void OverviewCounts::runRowChanged(int row)
{
    if (!m_runs || row < 0 || row >= m_runRows.size())
        return;
    const QModelIndex index = m_runs->index(row, 0);
    const quint8 state =
        stateByte(index.data(WorkflowRunsModel::StateRole), int(m_runCounts.size()), kNoState);
    const quint8 before = m_runRows.at(row);
    if (before != state) {
        if (before != kNoState)
            --m_runCounts[before];
        if (state != kNoState)
            ++m_runCounts[state];
        m_runRows[row] = state;
    }
    if (state != quint8(dwp::RunState::Failed))
        return;
    const QString id = index.data(WorkflowRunsModel::IdRole).toString();
    const QString name = index.data(WorkflowRunsModel::NameRole).toString();
    const QString error = index.data(WorkflowRunsModel::ErrorRole).toString();
    if (before != state)
        m_recentFailures.add({RecentFailuresModel::Kind::Run, id, name, error,
                              failedAt(index.data(WorkflowRunsModel::CompletedAtRole))});
    else
        m_recentFailures.update(id, name, error);
}

} // namespace dispatch
