// SPDX-License-Identifier: MIT
// WorkflowRunsModel's live window (issue 19 item 5): finished runs beyond capacity() leave oldest first,
// running and pinned runs stay (moved to the end), and OverviewCounts keeps counting the runs that left.
// moveFrontRowsToEnd (the journal's replay in two pages) moves rows with all of them, as one rowsMoved, and
// the next trim takes what is then in front.
#include "ModelEventFactory.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <limits>

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

QStringList idsIn(const WorkflowRunsModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.runId(row));
    return ids;
}

// Every role of every column of a row, to compare a row before and after it moved.
QVariantList everythingOf(const WorkflowRunsModel& model, int row)
{
    QVariantList values;
    for (int column = 0; column < WorkflowRunsModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(row, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            values.append(index.data(role));
        for (int role = WorkflowRunsModel::IdRole; role <= WorkflowRunsModel::ShownStateNameRole; ++role)
            values.append(index.data(role));
    }
    return values;
}

dwp::WorkflowRun fetchedRun(int n, const QString& parent)
{
    dwp::WorkflowRun run;
    run.id = runId(n);
    run.name = QStringLiteral("checkout");
    run.state = QStringLiteral("completed");
    run.parentRunId = parent;
    run.startedAt = at(n);
    run.completedAt = at(n + 1);
    run.updatedAt = at(n + 1);
    return run;
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
    void movingTheFrontRowsKeepsEverythingOfThem();
    void movingNoneOrAllRowsChangesNothing();
    void aTrimAfterTheMoveTakesTheNewFront();
    void aProxyKeepsItsPersistentIndexesAcrossTheMove();
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

void TestRunsWindow::movingTheFrontRowsKeepsEverythingOfThem()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Eight runs, each kept differently: finished, failed at a step, running and waiting, fetched with a
    // parent (one in the rows that move, one in those that stay), unknown to the server.
    model.applyEvents(finishedRuns(0, 2));
    model.upsertRun(fetchedRun(1, runId(900)));
    model.applyEvents({runEvent(T::WorkflowStarted, runId(2), at(2)),
                       runEvent(T::WorkflowStepCompleted, runId(2), at(3), QStringLiteral("reserve")),
                       runEvent(T::WorkflowStarted, runId(3), at(3)),
                       runEvent(T::WorkflowStepFailed, runId(3), at(4), QStringLiteral("charge"),
                                QStringLiteral("card declined")),
                       runEvent(T::WorkflowFailed, runId(3), at(5), {}, QStringLiteral("card declined"))});
    model.setWaitingFor(runId(2), QStringLiteral("payment.confirmed"));
    QVERIFY(model.markUnknownToServer(runId(0)));
    model.applyEvents(finishedRuns(4, 4));
    model.upsertRun(fetchedRun(6, runId(901)));
    const QStringList before = idsIn(model);
    QCOMPARE(before.size(), 8);
    QHash<QString, QVariantList> rowsBefore;
    for (int row = 0; row < model.rowCount(); ++row)
        rowsBefore.insert(model.runId(row), everythingOf(model, row));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.moveFrontRowsToEnd(5);

    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 0);
    QCOMPARE(moved.first().at(2).toInt(), 4);
    QCOMPARE(moved.first().at(4).toInt(), 8);
    QCOMPARE(removed.size() + inserted.size() + layout.size() + reset.size(), 0);
    QCOMPARE(model.evictedCount(), 0);
    QCOMPARE(idsIn(model), before.mid(5) + before.mid(0, 5));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.runId(row);
        QCOMPARE(model.rowOf(id), row);
        QCOMPARE(everythingOf(model, row), rowsBefore.value(id));
    }
    QCOMPARE(model.index(model.rowOf(runId(1)), 0).data(WorkflowRunsModel::ParentRunIdRole).toString(),
             runId(900));
    QCOMPARE(model.index(model.rowOf(runId(2)), 0).data(WorkflowRunsModel::WaitingForRole).toString(),
             QStringLiteral("payment.confirmed"));

    // Events after the move reach the run's new row, and only it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvents({runEvent(T::WorkflowCompleted, runId(2), at(30))});
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(model.index(5, 0).data(WorkflowRunsModel::StateRole).toInt(), int(RunState::Completed));
}

void TestRunsWindow::movingNoneOrAllRowsChangesNothing()
{
    WorkflowRunsModel empty;
    empty.moveFrontRowsToEnd(3);
    QCOMPARE(empty.rowCount(), 0);

    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(finishedRuns(0, 5));
    const QStringList before = idsIn(model);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    for (const int count : {0, -1, 5, 6, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()})
        model.moveFrontRowsToEnd(count);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(idsIn(model), before);
    model.moveFrontRowsToEnd(1); // the positive control
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.runId(4), runId(0));
}

void TestRunsWindow::aTrimAfterTheMoveTakesTheNewFront()
{
    // The replay in two pages: the newest runs (10 to 19) first, the older ones (0 to 9) after them.
    const auto replayInTwoPages = [](WorkflowRunsModel& model) {
        model.setCapacity(20);
        model.applyEvents(finishedRuns(10, 10));
        model.applyEvents(finishedRuns(0, 10));
    };
    WorkflowRunsModel unmoved; // the positive control: without the move the trim takes the newest page
    replayInTwoPages(unmoved);
    unmoved.applyEvents(finishedRuns(20, 3));
    QCOMPARE(unmoved.rowOf(runId(10)), -1);

    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    replayInTwoPages(model);
    model.moveFrontRowsToEnd(10);
    for (int n = 0; n < 20; ++n)
        QCOMPARE(model.rowOf(runId(n)), n);
    model.applyEvents(finishedRuns(20, 3)); // 23 finished: the three oldest leave
    QCOMPARE(model.evictedCount(), 3);
    QCOMPARE(model.rowCount(), 20);
    for (int n = 0; n < 3; ++n)
        QCOMPARE(model.rowOf(runId(n)), -1);
    for (int n = 3; n < 23; ++n)
        QCOMPARE(model.rowOf(runId(n)), n - 3);
}

void TestRunsWindow::aProxyKeepsItsPersistentIndexesAcrossTheMove()
{
    WorkflowRunsModel model;
    dispatch::WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(finishedRuns(0, 8));
    proxy.setNameFilter(QStringLiteral("check"));
    for (const int sortColumn : {-1, int(WorkflowRunsModel::StartedColumn)}) {
        proxy.sort(sortColumn, Qt::DescendingOrder);
        const QString movingId = model.runId(0);
        const QString stayingId = model.runId(6);
        const QPersistentModelIndex moving = proxy.mapFromSource(model.index(0, 0));
        const QPersistentModelIndex staying = proxy.mapFromSource(model.index(6, 0));
        QVERIFY(moving.isValid() && staying.isValid());
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        model.moveFrontRowsToEnd(3);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(moving.data(WorkflowRunsModel::IdRole).toString(), movingId);
        QCOMPARE(staying.data(WorkflowRunsModel::IdRole).toString(), stayingId);
        QCOMPARE(proxy.mapToSource(moving).row(), 5); // 8 rows, the first 3 moved
        QCOMPARE(proxy.rowCount(), 8);
    }
}

QTEST_GUILESS_MAIN(TestRunsWindow)
#include "tst_runs_window.moc"
