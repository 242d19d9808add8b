// SPDX-License-Identifier: MIT
// JobsModel's live window (issue 19 item 5): finished jobs beyond capacity() leave oldest first, jobs not
// over and the pinned job stay (moved to the end), what was fetched follows its job and never another,
// pooled texts are rebuilt without mixing rows up, and OverviewCounts keeps counting the jobs that left.
// moveFrontRowsToEnd (the journal's replay in two pages) moves rows with all of them, as one rowsMoved, and
// the next trim takes what is then in front.
#include "ModelEventFactory.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <limits>

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

// Every role of every column of a row, to compare a row before and after it moved.
QVariantList everythingOf(const JobsModel& model, int row)
{
    QVariantList values;
    for (int column = 0; column < JobsModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(row, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            values.append(index.data(role));
        for (int role = JobsModel::IdRole; role <= JobsModel::SortRole; ++role)
            values.append(index.data(role));
    }
    return values;
}

// The signals that would announce the move other than as a move.
struct OtherSignals
{
    explicit OtherSignals(const QAbstractItemModel* model)
        : removed(model, &QAbstractItemModel::rowsRemoved),
          inserted(model, &QAbstractItemModel::rowsInserted),
          layout(model, &QAbstractItemModel::layoutChanged), reset(model, &QAbstractItemModel::modelReset),
          changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    int count() const
    {
        return int(removed.size() + inserted.size() + layout.size() + reset.size() + changed.size());
    }
    QSignalSpy removed, inserted, layout, reset, changed;
};

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
    void movingTheFrontRowsKeepsEverythingOfThem();
    void movingNoneOrAllRowsChangesNothing();
    void aTrimAfterTheMoveTakesTheNewFront();
    void aProxyKeepsItsPersistentIndexesAcrossTheMove();
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

void TestJobsWindow::movingTheFrontRowsKeepsEverythingOfThem()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Ten jobs, each kept differently: finished, running, pending, failed, fetched with a payload (in the
    // rows that move and in those that stay), cancelled by us, unknown to the server, an id that did not
    // pack.
    model.applyEvents(completedJobs(0, 2));
    model.upsertJob(fetchedJob(1, R"({"moved":true})", QStringLiteral("completed")));
    model.applyEvents({jobEvent(T::JobEnqueued, jobId(2), at(2)), jobEvent(T::JobStarted, jobId(2), at(2)),
                       jobEvent(T::JobEnqueued, QStringLiteral("legacy-3"), at(3)),
                       jobEvent(T::JobEnqueued, jobId(4), at(4)), jobEvent(T::JobStarted, jobId(5), at(5)),
                       jobEvent(T::JobFailed, jobId(5), at(6), QStringLiteral("smtp: refused"))});
    QVERIFY(model.markCancelled(jobId(4)));
    QVERIFY(model.markUnknownToServer(jobId(2)));
    model.applyEvents(completedJobs(6, 4));
    model.upsertJob(fetchedJob(8, R"({"stayed":true})", QStringLiteral("completed")));
    const QStringList before = idsIn(model);
    QCOMPARE(before.size(), 10);
    QHash<QString, QVariantList> rowsBefore;
    for (int row = 0; row < model.rowCount(); ++row)
        rowsBefore.insert(model.jobId(row), everythingOf(model, row));
    const qint64 evicted = model.evictedCount();

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const OtherSignals others(&model);
    model.moveFrontRowsToEnd(6);

    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(moved.first().at(1).toInt(), 0);
    QCOMPARE(moved.first().at(2).toInt(), 5);
    QCOMPARE(moved.first().at(3).value<QModelIndex>(), QModelIndex());
    QCOMPARE(moved.first().at(4).toInt(), 10);
    QCOMPARE(others.count(), 0);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.evictedCount(), evicted);
    QCOMPARE(idsIn(model), before.mid(6) + before.mid(0, 6));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.jobId(row);
        QCOMPARE(model.rowOf(id), row);
        QCOMPARE(everythingOf(model, row), rowsBefore.value(id));
    }
    QCOMPARE(model.index(model.rowOf(jobId(1)), 0).data(JobsModel::PayloadRole).toString(),
             QStringLiteral(R"({"moved":true})"));
    QCOMPARE(model.index(model.rowOf(jobId(8)), 0).data(JobsModel::PayloadRole).toString(),
             QStringLiteral(R"({"stayed":true})"));
    QVERIFY(model.index(model.rowOf(jobId(2)), 0).data(JobsModel::UnknownToServerRole).toBool());
    QVERIFY(model.index(model.rowOf(jobId(4)), 0).data(JobsModel::CancelledByUsRole).toBool());

    // Events and replies after the move reach the job's new row, and only it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvents({jobEvent(T::JobCompleted, jobId(2), at(20)),
                       jobEvent(T::JobStarted, QStringLiteral("legacy-3"), at(20))});
    QCOMPARE(model.rowCount(), 10); // no job taken for a new one
    QCOMPARE(model.index(model.rowOf(jobId(2)), 0).data(JobsModel::StateRole).toInt(),
             int(JobState::Completed));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("legacy-3")), 0).data(JobsModel::StateRole).toInt(),
             int(JobState::Running));
    QCOMPARE(changed.size(), 1); // rows 6 and 7: one span
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 6);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 7);
}

void TestJobsWindow::movingNoneOrAllRowsChangesNothing()
{
    JobsModel empty;
    empty.moveFrontRowsToEnd(3); // nothing to move: nothing happens
    QCOMPARE(empty.rowCount(), 0);

    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(completedJobs(0, 5));
    const QStringList before = idsIn(model);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const OtherSignals others(&model);
    for (const int count : {0, -1, 5, 6, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()})
        model.moveFrontRowsToEnd(count);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(others.count(), 0);
    QCOMPARE(idsIn(model), before);
    for (quint64 n = 0; n < 5; ++n)
        QCOMPARE(model.rowOf(jobId(n)), int(n));

    model.moveFrontRowsToEnd(4); // the positive control: four of five do move
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.jobId(0), jobId(4));
}

void TestJobsWindow::aTrimAfterTheMoveTakesTheNewFront()
{
    // The replay in two pages: the newest jobs (10 to 19) first, then the older ones (0 to 9) after them.
    const auto replayInTwoPages = [](JobsModel& model) {
        model.setCapacity(20);
        model.applyEvents(completedJobs(10, 10));
        model.upsertJob(fetchedJob(12, R"({"newest":true})", QStringLiteral("completed")));
        model.applyEvents(completedJobs(0, 10));
        model.upsertJob(fetchedJob(4, R"({"older":true})", QStringLiteral("completed")));
    };
    JobsModel unmoved; // the positive control: without the move the trim takes the newest page
    replayInTwoPages(unmoved);
    unmoved.applyEvents(completedJobs(20, 3));
    QCOMPARE(unmoved.rowOf(jobId(10)), -1);

    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    replayInTwoPages(model);
    model.moveFrontRowsToEnd(10);
    for (quint64 n = 0; n < 20; ++n)
        QCOMPARE(model.rowOf(jobId(n)), int(n)); // oldest first again

    // Three live jobs: 23 finished, over 20 by more than a tenth, and the three oldest leave.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyEvents(completedJobs(20, 3));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.evictedCount(), 3);
    QCOMPARE(model.rowCount(), 20);
    for (quint64 n = 0; n < 3; ++n)
        QCOMPARE(model.rowOf(jobId(n)), -1);
    for (quint64 n = 3; n < 23; ++n)
        QCOMPARE(model.rowOf(jobId(n)), int(n) - 3);
    QCOMPARE(model.index(model.rowOf(jobId(12)), 0).data(JobsModel::PayloadRole).toString(),
             QStringLiteral(R"({"newest":true})"));
    QCOMPARE(model.index(model.rowOf(jobId(4)), 0).data(JobsModel::PayloadRole).toString(),
             QStringLiteral(R"({"older":true})"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.jobId(row);
        if (id != jobId(12) && id != jobId(4))
            QVERIFY2(model.index(row, 0).data(JobsModel::PayloadRole).toString().isEmpty(), qPrintable(id));
    }
}

void TestJobsWindow::aProxyKeepsItsPersistentIndexesAcrossTheMove()
{
    JobsModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(completedJobs(0, 8));
    proxy.setQueue(QStringLiteral("default"));
    // Unsorted, the proxy shows the model's order, which the move changes; sorted, it does not.
    for (const int sortColumn : {-1, int(JobsModel::FinishedColumn)}) {
        proxy.sort(sortColumn, Qt::DescendingOrder);
        const QString movingId = model.jobId(0);
        const QString stayingId = model.jobId(6);
        const QPersistentModelIndex moving = proxy.mapFromSource(model.index(0, 0));
        const QPersistentModelIndex staying = proxy.mapFromSource(model.index(6, 0));
        QVERIFY(moving.isValid() && staying.isValid());
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        model.moveFrontRowsToEnd(3);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(removed.size(), 0);
        QVERIFY(moving.isValid());
        QCOMPARE(moving.data(JobsModel::IdRole).toString(), movingId);
        QCOMPARE(staying.data(JobsModel::IdRole).toString(), stayingId);
        QCOMPARE(proxy.mapToSource(moving).row(), 5); // 8 rows, the first 3 moved
        QCOMPARE(proxy.rowCount(), 8);
    }
}

QTEST_GUILESS_MAIN(TestJobsWindow)
#include "tst_jobs_window.moc"
