// SPDX-License-Identifier: MIT
// WorkflowRunsModel's live window (issue 19 item 5): finished runs beyond capacity() leave oldest first,
// running and pinned runs stay (moved to the end), and OverviewCounts keeps counting the runs that left.
#include "ModelEventFactory.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::WorkflowRunsModel;
using dwp::RunState;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

// Run n started at second n and completed (or failed) a second later.
QList<dwp::StreamEvent> finishedRuns(int first, int count, const QString& outcome = T::WorkflowCompleted)
{
    QList<dwp::StreamEvent> batch;
    for (int n = first; n < first + count; ++n)
        batch << runEvent(T::WorkflowStarted, runId(n), at(n))
              << runEvent(outcome, runId(n), at(n + 1), {},
                          outcome == T::WorkflowFailed ? QStringLiteral("no") : QString());
    return batch;
}

} // namespace

class TestRunsWindow : public QObject
{
    Q_OBJECT

private slots:
    void finishedRunsBeyondTheWindowLeaveOldestFirst();
    void runningRunsStayAndMoveToTheEnd();
    void thePinnedRunStays();
    void overviewKeepsCountingRunsThatLeft();
};

void TestRunsWindow::finishedRunsBeyondTheWindowLeaveOldestFirst()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dispatch::WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    QSignalSpy removed(&model, &WorkflowRunsModel::rowsRemoved);

    model.applyEvents(finishedRuns(0, 110)); // within the tenth over: the positive control
    QCOMPARE(model.rowCount(), 110);
    QCOMPARE(removed.size(), 0);

    model.applyEvents(finishedRuns(110, 1));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.evictedCount(), 11);
    QCOMPARE(proxy.rowCount(), 100);
    for (int n = 0; n < 11; ++n)
        QCOMPARE(model.rowOf(runId(n)), -1);
    for (int n = 11; n <= 110; ++n)
        QCOMPARE(model.rowOf(runId(n)), n - 11);
    QCOMPARE(model.index(0, 0).data(WorkflowRunsModel::IdRole).toString(), runId(11));

    // A run that left and is heard of again is a new row at the end.
    model.applyEvents({runEvent(T::WorkflowStepCompleted, runId(4), at(500), QStringLiteral("charge"))});
    QCOMPARE(model.rowOf(runId(4)), 100);
}

void TestRunsWindow::runningRunsStayAndMoveToTheEnd()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.applyEvents({runEvent(T::WorkflowStarted, runId(9000), at(0))});
    model.applyEvents(finishedRuns(1, 11));
    QCOMPARE(model.rowCount(), 12);
    model.applyEvents(finishedRuns(12, 1)); // 12 finished: two leave, the running run moves
    QCOMPARE(model.evictedCount(), 2);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOf(runId(1)), -1);
    QCOMPARE(model.rowOf(runId(2)), -1);
    QCOMPARE(model.rowOf(runId(3)), 0);
    QCOMPARE(model.rowOf(runId(9000)), 10);
    QCOMPARE(model.index(10, 0).data(WorkflowRunsModel::StateRole).toInt(), int(RunState::Running));
    model.applyEvents({runEvent(T::WorkflowCompleted, runId(9000), at(60))});
    QCOMPARE(model.index(10, 0).data(WorkflowRunsModel::StateRole).toInt(), int(RunState::Completed));
}

void TestRunsWindow::thePinnedRunStays()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.applyEvents(finishedRuns(0, 5));
    model.setPinnedRun(runId(2));
    model.applyEvents(finishedRuns(5, 20));
    QVERIFY(model.rowOf(runId(2)) >= 0);
    QCOMPARE(model.rowOf(runId(1)), -1);
    QCOMPARE(model.rowOf(runId(3)), -1);
    model.setPinnedRun({});
    model.applyEvents(finishedRuns(25, 20));
    QCOMPARE(model.rowOf(runId(2)), -1);
}

void TestRunsWindow::overviewKeepsCountingRunsThatLeft()
{
    dispatch::JobsModel jobs;
    WorkflowRunsModel runs;
    dispatch::OverviewCounts overview(&jobs, &runs);
    runs.setCapacity(10);
    runs.applyEvents({runEvent(T::WorkflowStarted, runId(9000), at(0))});
    runs.applyEvents(finishedRuns(1, 30));
    runs.applyEvents(finishedRuns(31, 5, T::WorkflowFailed));
    runs.applyEvents(finishedRuns(36, 20));
    QVERIFY(runs.evictedCount() > 0);
    QVERIFY(runs.rowCount() <= 12);
    QCOMPARE(overview.runsSeen(), 56);
    QCOMPARE(overview.runCount(RunState::Completed), 50);
    QCOMPARE(overview.runCount(RunState::Failed), 5);
    QCOMPARE(overview.runCount(RunState::Running), 1);
    runs.clear();
    QCOMPARE(overview.runsSeen(), 0);
    QCOMPARE(overview.runCount(RunState::Completed), 0);
}

QTEST_GUILESS_MAIN(TestRunsWindow)
#include "tst_runs_window.moc"
