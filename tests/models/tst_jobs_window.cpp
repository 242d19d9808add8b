// SPDX-License-Identifier: MIT
// JobsModel's live window (issue 19 item 5): finished jobs beyond capacity() leave oldest first, jobs not
// over and the pinned job stay (moved to the end), what was fetched follows its job and never another,
// pooled texts are rebuilt without mixing rows up, and OverviewCounts keeps counting the jobs that left.
#include "ModelEventFactory.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::JobFilterProxy;
using dispatch::JobsModel;
using dwp::JobState;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

// Job n enqueued, started and completed at second n.
QList<dwp::StreamEvent> completedJobs(quint64 first, quint64 count)
{
    QList<dwp::StreamEvent> batch;
    for (quint64 n = first; n < first + count; ++n) {
        const QString id = jobId(n);
        batch << jobEvent(T::JobEnqueued, id, at(qint64(n))) << jobEvent(T::JobStarted, id, at(qint64(n)))
              << jobEvent(T::JobCompleted, id, at(qint64(n) + 1));
    }
    return batch;
}

dwp::Job fetchedJob(quint64 n, const QByteArray& payload, const QString& state)
{
    dwp::Job job;
    job.id = jobId(n);
    job.name = QStringLiteral("send-email");
    job.queue = QStringLiteral("default");
    job.state = state;
    job.payload = payload;
    job.updatedAt = at(qint64(n) + 1);
    return job;
}

QStringList idsIn(const JobsModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.jobId(row));
    return ids;
}

} // namespace

class TestJobsWindow : public QObject
{
    Q_OBJECT

private slots:
    void finishedJobsBeyondTheWindowLeaveOldestFirst();
    void unfinishedJobsStayAndMoveToTheEnd();
    void thePinnedJobStays();
    void fetchedDetailsFollowTheirJobOnly();
    void idsThatDoNotPackAreForgottenWithTheirRow();
    void pooledTextsAreRebuiltWithoutMixingRows();
    void overviewKeepsCountingJobsThatLeft();
    void aSortedProxyFollowsTheRemoval();
};

void TestJobsWindow::finishedJobsBeyondTheWindowLeaveOldestFirst()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    QSignalSpy removed(&model, &JobsModel::rowsRemoved);

    // 110 finished: within the tenth over capacity, nothing leaves (the positive control for what follows).
    model.applyEvents(completedJobs(0, 110));
    QCOMPARE(model.rowCount(), 110);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowOf(jobId(0)), 0);

    // One more: back to 100, the oldest eleven gone in one removal from the front.
    model.applyEvents(completedJobs(110, 1));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 10);
    QCOMPARE(model.evictedCount(), 11);
    for (quint64 n = 0; n < 11; ++n)
        QCOMPARE(model.rowOf(jobId(n)), -1);
    for (quint64 n = 11; n <= 110; ++n)
        QCOMPARE(model.rowOf(jobId(n)), int(n) - 11);
    QCOMPARE(model.index(0, 0).data(JobsModel::IdRole).toString(), jobId(11));
    QCOMPARE(model.index(0, 0).data(JobsModel::StateRole).toInt(), int(JobState::Completed));

    // A job that left and comes back (a retry from the REST API) is a new row at the end.
    model.applyEvents({jobEvent(T::JobStarted, jobId(3), at(500))});
    QCOMPARE(model.rowOf(jobId(3)), 100);
    QCOMPARE(model.index(100, 0).data(JobsModel::StateRole).toInt(), int(JobState::Running));
}

void TestJobsWindow::unfinishedJobsStayAndMoveToTheEnd()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    // Job 1000 running and job 1001 pending, older than every finished job.
    model.applyEvents({jobEvent(T::JobEnqueued, jobId(1000), at(0)),
                       jobEvent(T::JobStarted, jobId(1000), at(0)),
                       jobEvent(T::JobEnqueued, jobId(1001), at(0))});
    model.applyEvents(completedJobs(1, 11));
    QCOMPARE(model.rowCount(), 13); // 11 finished: not yet over capacity by a tenth
    QCOMPARE(model.rowOf(jobId(1000)), 0);

    model.applyEvents(completedJobs(12, 1)); // 12 finished: two leave
    QCOMPARE(model.evictedCount(), 2);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOf(jobId(1)), -1);
    QCOMPARE(model.rowOf(jobId(2)), -1);
    QCOMPARE(model.rowOf(jobId(3)), 0);
    QCOMPARE(model.rowOf(jobId(1000)), 10);
    QCOMPARE(model.rowOf(jobId(1001)), 11);
    QCOMPARE(model.index(10, 0).data(JobsModel::StateRole).toInt(), int(JobState::Running));
    QCOMPARE(model.index(11, 0).data(JobsModel::StateRole).toInt(), int(JobState::Pending));
    QCOMPARE(model.index(10, 0).data(JobsModel::NameRole).toString(), QStringLiteral("send-email"));

    // Still followed where they moved.
    model.applyEvents({jobEvent(T::JobCompleted, jobId(1000), at(50))});
    QCOMPARE(model.index(10, 0).data(JobsModel::StateRole).toInt(), int(JobState::Completed));
}

void TestJobsWindow::thePinnedJobStays()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.applyEvents(completedJobs(0, 5));
    model.setPinnedJob(jobId(2));
    model.applyEvents(completedJobs(5, 20));
    QVERIFY(model.rowOf(jobId(2)) >= 0);
    QCOMPARE(model.rowOf(jobId(1)), -1); // its neighbour, not pinned, left
    QCOMPARE(model.rowOf(jobId(3)), -1);

    model.setPinnedJob({}); // closed: it may leave with the next trim
    model.applyEvents(completedJobs(25, 20));
    QCOMPARE(model.rowOf(jobId(2)), -1);
}

void TestJobsWindow::fetchedDetailsFollowTheirJobOnly()
{
    JobsModel model;
    model.setCapacity(10);
    model.applyEvents(
        {jobEvent(T::JobEnqueued, jobId(1000), at(0)), jobEvent(T::JobStarted, jobId(1000), at(0))});
    model.upsertJob(fetchedJob(1000, R"({"to":"kept@example.com"})", QStringLiteral("running")));
    model.applyEvents(completedJobs(1, 3));
    model.upsertJob(fetchedJob(2, R"({"to":"gone@example.com"})", QStringLiteral("completed")));
    model.applyEvents(completedJobs(4, 10)); // 13 finished: jobs 1 to 3 leave, job 1000 moves
    QCOMPARE(model.rowOf(jobId(2)), -1);

    const int kept = model.rowOf(jobId(1000));
    QVERIFY(kept >= 0);
    QCOMPARE(model.index(kept, 0).data(JobsModel::PayloadRole).toString(),
             QStringLiteral(R"({"to":"kept@example.com"})"));
    QVERIFY(model.index(kept, 0).data(JobsModel::FetchedRole).toBool());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row == kept)
            continue;
        QVERIFY2(model.index(row, 0).data(JobsModel::PayloadRole).toString().isEmpty(),
                 qPrintable(model.jobId(row))); // job 2's payload went with it, onto no other row
    }
    // Job 2 seen again is a job never fetched.
    model.applyEvents({jobEvent(T::JobStarted, jobId(2), at(100))});
    QVERIFY(!model.index(model.rowOf(jobId(2)), 0).data(JobsModel::FetchedRole).toBool());
    QVERIFY(model.index(model.rowOf(jobId(2)), 0).data(JobsModel::PayloadRole).toString().isEmpty());
}

void TestJobsWindow::idsThatDoNotPackAreForgottenWithTheirRow()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    QList<dwp::StreamEvent> batch;
    for (int n = 0; n < 30; ++n) {
        const QString id = QStringLiteral("legacy-%1").arg(n);
        batch << jobEvent(T::JobStarted, id, at(n)) << jobEvent(T::JobCompleted, id, at(n + 1));
    }
    model.applyEvents(batch);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOf(QStringLiteral("legacy-19")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("legacy-20")), 0);
    QCOMPARE(idsIn(model).last(), QStringLiteral("legacy-29"));
    model.applyEvents({jobEvent(T::JobStarted, QStringLiteral("legacy-5"), at(100))});
    QCOMPARE(model.rowOf(QStringLiteral("legacy-5")), 10);
    QCOMPARE(model.jobId(10), QStringLiteral("legacy-5"));
}

void TestJobsWindow::pooledTextsAreRebuiltWithoutMixingRows()
{
    // 20 000 jobs that each failed with an error of their own pass through a window of 100: the error pool
    // is rebuilt several times on the way (more than 2 × rows + 4 096 texts).
    JobsModel model;
    model.setCapacity(100);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Checked after every batch: a rebuild happens in the batch that crosses the bound, and the rows it
    // remapped are gone a batch later.
    for (quint64 first = 0; first < 20'000; first += 500) {
        QList<dwp::StreamEvent> batch;
        for (quint64 n = first; n < first + 500; ++n)
            batch << jobEvent(T::JobStarted, jobId(n), at(qint64(n)), {}, 0, 0,
                              QStringLiteral("task-%1").arg(n % 7))
                  << jobEvent(T::JobFailed, jobId(n), at(qint64(n) + 1), QStringLiteral("boom %1").arg(n));
        model.applyEvents(batch);
        QVERIFY2(model.rowCount() <= 110, qPrintable(QString::number(model.rowCount())));
        for (int row = 0; row < model.rowCount(); ++row) {
            const quint64 n = first + 500 - quint64(model.rowCount()) + quint64(row); // the newest, in order
            QCOMPARE(model.jobId(row), jobId(n));
            QCOMPARE(model.index(row, 0).data(JobsModel::LastErrorRole).toString(),
                     QStringLiteral("boom %1").arg(n));
            QCOMPARE(model.index(row, 0).data(JobsModel::NameRole).toString(),
                     QStringLiteral("task-%1").arg(n % 7));
        }
    }
    proxy.setText(QStringLiteral("boom 19950"));
    QCOMPARE(proxy.rowCount(), 1); // the positive control
    proxy.setText(QStringLiteral("boom 42"));
    QCOMPARE(proxy.rowCount(), 0); // a text of a job that left matches nothing
}

void TestJobsWindow::overviewKeepsCountingJobsThatLeft()
{
    JobsModel jobs;
    dispatch::WorkflowRunsModel runs;
    dispatch::OverviewCounts overview(&jobs, &runs);
    jobs.setCapacity(10);
    jobs.applyEvents(
        {jobEvent(T::JobEnqueued, jobId(1000), at(0)), jobEvent(T::JobStarted, jobId(1000), at(0))});
    jobs.applyEvents(completedJobs(1, 30));
    QList<dwp::StreamEvent> failures;
    for (quint64 n = 31; n < 36; ++n)
        failures << jobEvent(T::JobStarted, jobId(n), at(qint64(n)))
                 << jobEvent(T::JobFailed, jobId(n), at(qint64(n) + 1), QStringLiteral("no"));
    jobs.applyEvents(failures);
    jobs.applyEvents(completedJobs(36, 20));

    QVERIFY(jobs.evictedCount() > 0);
    QVERIFY(jobs.rowCount() <= 12);
    QCOMPARE(overview.jobsSeen(), 56);
    QCOMPARE(overview.jobCount(JobState::Completed), 50);
    QCOMPARE(overview.jobCount(JobState::Failed), 5);
    QCOMPARE(overview.jobCount(JobState::Running), 1); // moved, counted once

    jobs.clear(); // another server: everything forgotten, those that left too
    QCOMPARE(overview.jobsSeen(), 0);
    QCOMPARE(overview.jobCount(JobState::Completed), 0);
}

void TestJobsWindow::aSortedProxyFollowsTheRemoval()
{
    JobsModel model;
    model.setCapacity(50);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(JobsModel::EnqueuedColumn, Qt::DescendingOrder);
    model.applyEvents({jobEvent(T::JobEnqueued, jobId(1000), at(0))});
    for (quint64 first = 0; first < 500; first += 25)
        model.applyEvents(completedJobs(first, 25));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QVERIFY(model.rowCount() <= 56);
    // Newest first, the pending job (enqueued first) last.
    QCOMPARE(proxy.index(0, 0).data(JobsModel::IdRole).toString(), jobId(499));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(JobsModel::IdRole).toString(), jobId(1000));
}

QTEST_GUILESS_MAIN(TestJobsWindow)
#include "tst_jobs_window.moc"
