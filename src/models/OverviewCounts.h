// SPDX-License-Identifier: MIT
#pragma once

#include "models/FailureHealth.h"
#include "models/RecentFailuresModel.h"
#include "protocol/JobState.h"
#include "protocol/RunState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <array>

class QAbstractItemModel;

namespace dispatch {

class JobsModel;
class WorkflowRunsModel;

// The overview's numbers, counted from what the monitor has seen: jobs per state, runs per state, jobs
// dead-lettered (job.dlq seen), the failure health, and the recent failures. The server cannot list jobs or
// runs (dwp-protocol.md §8, §11), so these are counts since trackingSince(), not the server's totals.
//
// It follows the models' own signals and keeps one byte per row (the state it last counted), so an update
// costs as much as the rows it changed, whatever the number of jobs tracked; a reset recounts everything.
// Finished jobs that leave JobsModel's live window stay counted (they were seen); an unfinished job moved to
// the end of the model is counted again where it lands.
class OverviewCounts : public QObject
{
    Q_OBJECT

public:
    OverviewCounts(JobsModel* jobs, WorkflowRunsModel* runs, QObject* parent = nullptr);

    qint64 jobCount(dwp::JobState state) const { return m_jobCounts[std::size_t(state)]; }
    qint64 runCount(dwp::RunState state) const { return m_runCounts[std::size_t(state)]; }
    qint64 jobsSeen() const { return m_jobRows.size() + m_leftJobs; }
    qint64 runsSeen() const { return m_runRows.size() + m_leftRuns; }
    qint64 deadLettered() const { return m_deadLettered; }
    FailureHealth health() const;
    QDateTime jobsTrackedSince() const;
    QDateTime runsTrackedSince() const;
    RecentFailuresModel* recentFailures() { return &m_recentFailures; }

signals:
    // Something counted changed; emitted once per model update, which is once per event batch.
    void changed();

private:
    static constexpr quint8 kNoState = 0x7f;
    static constexpr quint8 kDeadLetteredBit = 0x80;

    void recountJobs();
    void recountRuns();
    void countJobRows(int first, int last);
    void countRunRows(int first, int last);
    void forgetJobRows(int first, int last);
    void forgetRunRows(int first, int last);
    void jobRowChanged(int row);
    void runRowChanged(int row);

    QPointer<JobsModel> m_jobs;
    QPointer<WorkflowRunsModel> m_runs;
    QList<quint8> m_jobRows; // per row: the counted dwp::JobState (or kNoState), | kDeadLetteredBit
    QList<quint8> m_runRows; // per row: the counted dwp::RunState, or kNoState
    std::array<qint64, 6> m_jobCounts{};
    std::array<qint64, 3> m_runCounts{};
    qint64 m_deadLettered = 0;
    // What the jobs that left the model's window counted, kept through a recount.
    qint64 m_leftJobs = 0;
    std::array<qint64, 6> m_leftJobCounts{};
    qint64 m_leftDeadLettered = 0;
    qint64 m_leftRuns = 0;
    std::array<qint64, 3> m_leftRunCounts{};
    RecentFailuresModel m_recentFailures;
};

} // namespace dispatch
