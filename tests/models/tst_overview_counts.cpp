// SPDX-License-Identifier: MIT
// OverviewCounts and FailureHealth: counts per state follow the models through every kind of update, the
// health thresholds sit exactly where documented, and the recent failures list stays newest first and
// bounded.
#include "ModelEventFactory.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/Job.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
namespace T = dwp::EventType;
using Level = FailureHealth::Level;

class TestOverviewCounts : public QObject
{
    Q_OBJECT

private slots:
    void healthThresholds_data();
    void healthThresholds();
    void failedRunsCountEvenBesideHealthyJobs();
    void jobCountsFollowTransitions();
    void deadLetteredCountsJobsOnce();
    void runCountsFollowTransitions();
    void countsRowsPresentBeforeAttaching();
    void resetRecounts();
    void cancelMarkMovesTheCount();
    void recentFailuresNewestFirstAndBounded();
    void refailedJobMovesToTheTop();
    void fetchedErrorUpdatesTheFailure();
    void countsFollowRowsMovedToTheEnd();
};

void TestOverviewCounts::healthThresholds_data()
{
    QTest::addColumn<qint64>("completed");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<Level>("level");
    QTest::newRow("nothing finished") << qint64(0) << qint64(0) << Level::NoData;
    QTest::newRow("all completed") << qint64(20) << qint64(0) << Level::Healthy;
    QTest::newRow("just under 5 %") << qint64(2001) << qint64(105) << Level::Healthy; // 4.986 %
    QTest::newRow("exactly 5 %") << qint64(95) << qint64(5) << Level::Degraded;
    QTest::newRow("just under 20 %") << qint64(4001) << qint64(1000) << Level::Degraded; // 19.996 %
    QTest::newRow("exactly 20 %") << qint64(80) << qint64(20) << Level::Unhealthy;
    QTest::newRow("all failed") << qint64(0) << qint64(20) << Level::Unhealthy;
    // Too few to judge (issue 20 item 11: one failure among the first four jobs was called "Unhealthy").
    QTest::newRow("one of one failed") << qint64(0) << qint64(1) << Level::NoData;
    QTest::newRow("one of four failed") << qint64(3) << qint64(1) << Level::NoData;
    QTest::newRow("nineteen finished") << qint64(10) << qint64(9) << Level::NoData;
}

void TestOverviewCounts::healthThresholds()
{
    QFETCH(qint64, completed);
    QFETCH(qint64, failed);
    QFETCH(Level, level);
    // The same tally judged as jobs and as workflow runs.
    for (const bool asRuns : {false, true}) {
        const FailureHealth::Tally tally{completed, failed};
        const FailureHealth health = asRuns
                                         ? FailureHealth::assess({}, tally, FailureHealth::Basis::SeenLive)
                                         : FailureHealth::assess(tally, {}, FailureHealth::Basis::SeenLive);
        QCOMPARE(health.level, level);
        QCOMPARE((asRuns ? health.runs : health.jobs).finished(), completed + failed);
        if (level == Level::NoData) {
            QVERIFY(health.summary().startsWith(QStringLiteral("Not enough data")));
        } else {
            QCOMPARE(tally.failureRate(), double(failed) / double(completed + failed));
            QVERIFY2(
                health.summary().startsWith(health.levelText() + QStringLiteral(" by what this monitor")),
                qPrintable(health.summary()));
        }
    }
}

void TestOverviewCounts::failedRunsCountEvenBesideHealthyJobs()
{
    // Issue 20 item 11: "Healthy" with 20 % of runs failed.
    const FailureHealth health =
        FailureHealth::assess({900, 0}, {8, 12}, FailureHealth::Basis::ServerTotals); // 60 % of 20 runs
    QCOMPARE(health.level, Level::Unhealthy);
    QVERIFY2(health.summary().startsWith(QStringLiteral("Unhealthy by the server's totals.")),
             qPrintable(health.summary()));
    QVERIFY2(health.summary().contains(QStringLiteral("0.0 % of 900 finished job")) &&
                 health.summary().contains(QStringLiteral("60.0 % of 20 finished workflow run")),
             qPrintable(health.summary()));
    // Too few runs to judge: the jobs alone name the level, and the runs are still reported.
    const FailureHealth fewRuns = FailureHealth::assess({900, 0}, {1, 2}, FailureHealth::Basis::ServerTotals);
    QCOMPARE(fewRuns.level, Level::Healthy);
    QVERIFY2(fewRuns.summary().contains(QStringLiteral("66.7 % of 3 finished workflow run")) &&
                 fewRuns.summary().contains(QStringLiteral("failed, too few to judge.")),
             qPrintable(fewRuns.summary()));
    QVERIFY2(!health.summary().contains(QStringLiteral("too few")), qPrintable(health.summary())); // 20 runs
}

void TestOverviewCounts::jobCountsFollowTransitions()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    QSignalSpy changed(&counts, &OverviewCounts::changed);
    jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(1), at(1)), jobEvent(T::JobEnqueued, jobId(2), at(1)),
                      jobEvent(T::JobEnqueued, jobId(3), at(1))});
    QCOMPARE(counts.jobCount(dwp::JobState::Pending), 3);
    QCOMPARE(counts.jobsSeen(), 3);
    QCOMPARE(changed.count(), 1); // one insert for the batch
    jobs.applyEvents({jobEvent(T::JobStarted, jobId(1), at(2)), jobEvent(T::JobStarted, jobId(2), at(2)),
                      jobEvent(T::JobCompleted, jobId(1), at(3))});
    QCOMPARE(counts.jobCount(dwp::JobState::Pending), 1);
    QCOMPARE(counts.jobCount(dwp::JobState::Running), 1);
    QCOMPARE(counts.jobCount(dwp::JobState::Completed), 1);
    jobs.applyEvents({jobEvent(T::JobRetrying, jobId(2), at(4), QStringLiteral("timeout"), 1)});
    QCOMPARE(counts.jobCount(dwp::JobState::Running), 0);
    QCOMPARE(counts.jobCount(dwp::JobState::Retrying), 1);
    // A stale event does not regress the job (JobLifecycle), so the count must not move either.
    jobs.applyEvents({jobEvent(T::JobStarted, jobId(1), at(2))});
    QCOMPARE(counts.jobCount(dwp::JobState::Completed), 1);
    QCOMPARE(counts.jobCount(dwp::JobState::Running), 0);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(2), at(5), QStringLiteral("boom"), 3)});
    QCOMPARE(counts.jobCount(dwp::JobState::Retrying), 0);
    QCOMPARE(counts.jobCount(dwp::JobState::Failed), 1);
    QCOMPARE(counts.health().level, Level::NoData); // 1 of 2 finished failed: too few to judge
    QCOMPARE(counts.health().jobs.failed, 1);
    QCOMPARE(counts.health().jobs.completed, 1);
    qint64 sum = 0;
    for (auto state : {dwp::JobState::Pending, dwp::JobState::Running, dwp::JobState::Completed,
                       dwp::JobState::Failed, dwp::JobState::Retrying, dwp::JobState::Cancelled})
        sum += counts.jobCount(state);
    QCOMPARE(sum, counts.jobsSeen());
}

void TestOverviewCounts::deadLetteredCountsJobsOnce()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(1), at(1), QStringLiteral("x")),
                      jobEvent(T::JobDlq, jobId(1), at(1), QStringLiteral("x"))});
    QCOMPARE(counts.deadLettered(), 1);
    jobs.applyEvents({jobEvent(T::JobDlq, jobId(1), at(1), QStringLiteral("x"))}); // a duplicate
    QCOMPARE(counts.deadLettered(), 1);
    jobs.applyEvents({jobEvent(T::JobDlq, jobId(2), at(2), QStringLiteral("y"))});
    QCOMPARE(counts.deadLettered(), 2);
}

void TestOverviewCounts::runCountsFollowTransitions()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    runs.applyEvents({runEvent(T::WorkflowStarted, runId(1), at(1)),
                      runEvent(T::WorkflowStarted, runId(2), at(1)),
                      runEvent(T::WorkflowStarted, runId(3), at(1))});
    QCOMPARE(counts.runCount(dwp::RunState::Running), 3);
    runs.applyEvents({runEvent(T::WorkflowCompleted, runId(1), at(2)),
                      runEvent(T::WorkflowFailed, runId(2), at(3), {}, QStringLiteral("step exploded"))});
    QCOMPARE(counts.runCount(dwp::RunState::Running), 1);
    QCOMPARE(counts.runCount(dwp::RunState::Completed), 1);
    QCOMPARE(counts.runCount(dwp::RunState::Failed), 1);
    QCOMPARE(counts.runsSeen(), 3);
    QCOMPARE(counts.recentFailures()->rowCount(), 1);
    QCOMPARE(counts.recentFailures()->failure(0).id, runId(2));
    QCOMPARE(counts.recentFailures()->failure(0).kind, RecentFailuresModel::Kind::Run);
}

void TestOverviewCounts::countsRowsPresentBeforeAttaching()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    jobs.applyEvents({jobEvent(T::JobCompleted, jobId(1), at(1)),
                      jobEvent(T::JobFailed, jobId(2), at(2), QStringLiteral("no"))});
    runs.applyEvents({runEvent(T::WorkflowStarted, runId(1), at(1))});
    OverviewCounts counts(&jobs, &runs);
    QCOMPARE(counts.jobCount(dwp::JobState::Completed), 1);
    QCOMPARE(counts.jobCount(dwp::JobState::Failed), 1);
    QCOMPARE(counts.runCount(dwp::RunState::Running), 1);
    QCOMPARE(counts.recentFailures()->rowCount(), 1);
}

void TestOverviewCounts::resetRecounts()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(1), at(1), QStringLiteral("no"))});
    runs.applyEvents({runEvent(T::WorkflowFailed, runId(1), at(1), {}, QStringLiteral("no"))});
    QCOMPARE(counts.recentFailures()->rowCount(), 2);
    jobs.clear();
    QCOMPARE(counts.jobsSeen(), 0);
    QCOMPARE(counts.jobCount(dwp::JobState::Failed), 0);
    QCOMPARE(counts.health().level, Level::NoData);
    QCOMPARE(counts.recentFailures()->rowCount(), 1); // the run's failure stays
    QCOMPARE(counts.recentFailures()->failure(0).id, runId(1));
    jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(7), at(9))});
    QCOMPARE(counts.jobCount(dwp::JobState::Pending), 1);
}

void TestOverviewCounts::cancelMarkMovesTheCount()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(1), at(1))});
    QVERIFY(jobs.markCancelled(jobId(1)));
    QCOMPARE(counts.jobCount(dwp::JobState::Pending), 0);
    QCOMPARE(counts.jobCount(dwp::JobState::Cancelled), 1);
}

void TestOverviewCounts::recentFailuresNewestFirstAndBounded()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    const int total = RecentFailuresModel::kMaxRows + 20;
    for (int n = 1; n <= total; ++n)
        jobs.applyEvents({jobEvent(T::JobFailed, jobId(quint64(n)), at(n), QStringLiteral("e%1").arg(n))});
    // A run that failed earlier than every listed job arrives last: it is older than all kept, so not listed.
    runs.applyEvents({runEvent(T::WorkflowFailed, runId(1), at(0), {}, QStringLiteral("old"))});
    RecentFailuresModel* recent = counts.recentFailures();
    QCOMPARE(recent->rowCount(), RecentFailuresModel::kMaxRows);
    QCOMPARE(recent->failure(0).id, jobId(quint64(total)));
    QCOMPARE(recent->failure(0).error, QStringLiteral("e%1").arg(total));
    QCOMPARE(recent->failure(recent->rowCount() - 1).id,
             jobId(quint64(total - RecentFailuresModel::kMaxRows + 1)));
    for (int row = 1; row < recent->rowCount(); ++row)
        QVERIFY(recent->failure(row - 1).at >= recent->failure(row).at);
    // A newer run failure goes to the top.
    runs.applyEvents({runEvent(T::WorkflowFailed, runId(2), at(total + 5), {}, QStringLiteral("new"))});
    QCOMPARE(recent->rowCount(), RecentFailuresModel::kMaxRows);
    QCOMPARE(recent->index(0, 0).data(RecentFailuresModel::IdRole).toString(), runId(2));
    QCOMPARE(recent->index(0, RecentFailuresModel::ErrorColumn).data().toString(), QStringLiteral("new"));
    QCOMPARE(counts.jobCount(dwp::JobState::Failed), total); // the counts are not bounded
}

void TestOverviewCounts::refailedJobMovesToTheTop()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(1), at(1), QStringLiteral("first")),
                      jobEvent(T::JobFailed, jobId(2), at(2), QStringLiteral("second"))});
    QCOMPARE(counts.recentFailures()->failure(0).id, jobId(2));
    // A REST retry makes the job pending again (no event; a job.get reply shows it), then it fails again.
    dwp::Job fetched;
    fetched.id = jobId(1);
    fetched.name = QStringLiteral("send-email");
    fetched.state = QStringLiteral("pending");
    fetched.updatedAt = at(3);
    jobs.upsertJob(fetched);
    QCOMPARE(counts.jobCount(dwp::JobState::Failed), 1);
    QCOMPARE(counts.jobCount(dwp::JobState::Pending), 1);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(1), at(4), QStringLiteral("again"))});
    QCOMPARE(counts.recentFailures()->rowCount(), 2);
    QCOMPARE(counts.recentFailures()->failure(0).id, jobId(1));
    QCOMPARE(counts.recentFailures()->failure(0).error, QStringLiteral("again"));
}

void TestOverviewCounts::fetchedErrorUpdatesTheFailure()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts counts(&jobs, &runs);
    jobs.applyEvents({jobEvent(T::JobFailed, jobId(1), at(1), QStringLiteral("short"))});
    dwp::Job fetched;
    fetched.id = jobId(1);
    fetched.name = QStringLiteral("send-email");
    fetched.state = QStringLiteral("failed");
    fetched.lastError = QStringLiteral("smtp: 550 mailbox unavailable");
    fetched.updatedAt = at(1);
    jobs.upsertJob(fetched);
    QCOMPARE(counts.recentFailures()->rowCount(), 1);
    QCOMPARE(counts.recentFailures()->failure(0).error, QStringLiteral("smtp: 550 mailbox unavailable"));
}

// JobsModel::moveFrontRowsToEnd (the journal's replay in two pages): the counted state of each row moves
// with it, so that the next change of a moved job, or its leaving, counts against its own state.
void TestOverviewCounts::countsFollowRowsMovedToTheEnd()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts overview(&jobs, &runs);
    // Jobs and runs 0 to 2 running (they move), 3 to 5 completed (they stay).
    QList<dwp::StreamEvent> batch;
    for (quint64 n = 0; n < 6; ++n) {
        batch << jobEvent(T::JobStarted, jobId(n), at(qint64(n)))
              << runEvent(T::WorkflowStarted, runId(int(n)), at(qint64(n)));
        if (n >= 3)
            batch << jobEvent(T::JobCompleted, jobId(n), at(qint64(n) + 1))
                  << runEvent(T::WorkflowCompleted, runId(int(n)), at(qint64(n) + 1));
    }
    jobs.applyEvents(batch);
    runs.applyEvents(batch);
    QCOMPARE(overview.jobCount(dwp::JobState::Running), 3);
    QCOMPARE(overview.runCount(dwp::RunState::Running), 3);

    jobs.moveFrontRowsToEnd(3);
    runs.moveFrontRowsToEnd(3);
    jobs.applyEvents({jobEvent(T::JobCompleted, jobId(0), at(10)),
                      jobEvent(T::JobFailed, jobId(1), at(10), QStringLiteral("no"))});
    runs.applyEvents({runEvent(T::WorkflowCompleted, runId(0), at(10)),
                      runEvent(T::WorkflowFailed, runId(1), at(10), {}, QStringLiteral("no"))});
    QCOMPARE(overview.jobCount(dwp::JobState::Running), 1);
    QCOMPARE(overview.jobCount(dwp::JobState::Completed), 4);
    QCOMPARE(overview.jobCount(dwp::JobState::Failed), 1);
    QCOMPARE(overview.runCount(dwp::RunState::Running), 1);
    QCOMPARE(overview.runCount(dwp::RunState::Completed), 4);
    QCOMPARE(overview.runCount(dwp::RunState::Failed), 1);

    // A trim after the move: jobs 3 to 5, now in front, leave, counted as they were.
    jobs.setCapacity(2);
    runs.setCapacity(2);
    QCOMPARE(jobs.evictedCount(), 3);
    QCOMPARE(runs.evictedCount(), 3);
    QCOMPARE(overview.jobsSeen(), 6);
    QCOMPARE(overview.jobCount(dwp::JobState::Running), 1);
    QCOMPARE(overview.jobCount(dwp::JobState::Completed), 4);
    QCOMPARE(overview.jobCount(dwp::JobState::Failed), 1);
    QCOMPARE(overview.runsSeen(), 6);
    QCOMPARE(overview.runCount(dwp::RunState::Running), 1);
    QCOMPARE(overview.runCount(dwp::RunState::Completed), 4);
    QCOMPARE(overview.runCount(dwp::RunState::Failed), 1);
    // Job 2, still running, is counted once and finishes once.
    jobs.applyEvents({jobEvent(T::JobCompleted, jobId(2), at(20))});
    QCOMPARE(overview.jobCount(dwp::JobState::Running), 0);
    QCOMPARE(overview.jobCount(dwp::JobState::Completed), 5);
}

QTEST_GUILESS_MAIN(TestOverviewCounts)
#include "tst_overview_counts.moc"
