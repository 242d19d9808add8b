// SPDX-License-Identifier: MIT
// Waiting runs can be found (issue 20 item 9): a run the monitor infers is waiting for an event shows as
// Waiting, with the event as its current step and "inferred", can be filtered by the Waiting state and found
// by searching the event's name; it stops waiting when it reports another step.
#include "gui/pages/WorkflowsPage.h"
#include "models/ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "session/WaitingStepGuess.h"

#include "GuiTestSupport.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dispatch;
using modeltest::at;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

class TestWaitingRuns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aWaitingRunSaysWhatItWaitsFor();
    void waitingIsAStateToFilterBy();
    void searchFindsTheAwaitedEvent();
    void reportingAStepEndsTheWait();

private:
    QToolButton* stateFilter(const char* state) const
    {
        return m_page->findChild<QToolButton*>(QStringLiteral("runStateFilter_") + QLatin1String(state));
    }
    QModelIndex cellOf(const QString& run, int column) const;
    QStringList shownRuns() const;

    WorkflowRunsModel* m_runs = nullptr;
    TimelineModel* m_timeline = nullptr;
    WaitingStepGuess* m_guess = nullptr;
    WorkflowsPage* m_page = nullptr;
};

namespace {

const QString kWorkflow = QStringLiteral("order-pipeline");

dwp::StreamEvent step(int run, qint64 second, const QString& name)
{
    return runEvent(Type::WorkflowStepCompleted, runId(run), at(second), name, {}, 100, kWorkflow);
}

} // namespace

void TestWaitingRuns::init()
{
    m_runs = new WorkflowRunsModel(this);
    m_timeline = new TimelineModel(this);
    m_guess = new WaitingStepGuess(m_timeline, m_runs, this);
    m_page = new WorkflowsPage(m_runs, m_timeline);
    m_page->resize(1024, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    // Run 1 finished charge and waits; run 2 is still validating; run 3 completed.
    m_runs->applyEvents({runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, kWorkflow),
                         runEvent(Type::WorkflowStarted, runId(2), at(2), {}, {}, 0, kWorkflow),
                         runEvent(Type::WorkflowStarted, runId(3), at(3), {}, {}, 0, kWorkflow),
                         step(1, 4, QStringLiteral("validate")), step(1, 5, QStringLiteral("charge")),
                         step(2, 5, QStringLiteral("validate")),
                         runEvent(Type::WorkflowCompleted, runId(3), at(6), {}, {}, 0, kWorkflow)});
    // An earlier run showed charge, then the wait (checkpoints come in order, dwp-protocol.md §4).
    m_guess->learn(kWorkflow, QStringLiteral("charge"), QStringLiteral("wait:payment-received"));
}

void TestWaitingRuns::cleanup()
{
    delete m_page;
    delete m_guess;
    delete m_timeline;
    delete m_runs;
}

QModelIndex TestWaitingRuns::cellOf(const QString& run, int column) const
{
    const WorkflowRunFilterProxy* proxy = m_page->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(WorkflowRunsModel::IdRole).toString() == run)
            return proxy->index(row, column);
    }
    return {};
}

QStringList TestWaitingRuns::shownRuns() const
{
    QStringList runs;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        runs << m_page->proxy()->index(row, 0).data(WorkflowRunsModel::IdRole).toString();
    runs.sort();
    return runs;
}

void TestWaitingRuns::aWaitingRunSaysWhatItWaitsFor()
{
    const QModelIndex state = cellOf(runId(1), WorkflowRunsModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Waiting"));
    QCOMPARE(state.data(WorkflowRunsModel::ShownStateNameRole).toString(), QStringLiteral("waiting"));
    QCOMPARE(state.data(WorkflowRunsModel::StateNameRole).toString(),
             QStringLiteral("running")); // the server's
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("inferred")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    // The current step is the waited-for one, not charge, the last one done.
    QCOMPARE(cellOf(runId(1), WorkflowRunsModel::CurrentStepColumn).data().toString(),
             QStringLiteral("wait:payment-received (inferred)"));
    // Positive control: run 2, at another step, is running, and its current step is its last one.
    QCOMPARE(cellOf(runId(2), WorkflowRunsModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(cellOf(runId(2), WorkflowRunsModel::CurrentStepColumn).data().toString(),
             QStringLiteral("validate"));
    // Run 2 reaches charge: now it waits too.
    m_runs->applyEvents({step(2, 8, QStringLiteral("charge"))});
    QCOMPARE(cellOf(runId(2), WorkflowRunsModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
}

void TestWaitingRuns::waitingIsAStateToFilterBy()
{
    QVERIFY(stateFilter("waiting"));
    QTest::mouseClick(stateFilter("waiting"), Qt::LeftButton);
    QCOMPARE(shownRuns(), QStringList{runId(1)});
    // Running shows what the badge calls Running: not the waiting run.
    QTest::mouseClick(stateFilter("waiting"), Qt::LeftButton);
    QTest::mouseClick(stateFilter("running"), Qt::LeftButton);
    QCOMPARE(shownRuns(), QStringList{runId(2)});
    QTest::mouseClick(stateFilter("waiting"), Qt::LeftButton);
    QCOMPARE(shownRuns(), (QStringList{runId(1), runId(2)}));
}

void TestWaitingRuns::searchFindsTheAwaitedEvent()
{
    QTest::keyClicks(m_page->searchField(), QStringLiteral("payment-rec"));
    QVERIFY(guitest::awaitTypedFilter(m_page->searchField()));
    QCOMPARE(shownRuns(), QStringList{runId(1)});
    guitest::retype(m_page->searchField(), QStringLiteral("validate"));
    QCOMPARE(shownRuns(), QStringList{runId(2)}); // positive control: the search itself works
}

void TestWaitingRuns::reportingAStepEndsTheWait()
{
    QCOMPARE(cellOf(runId(1), WorkflowRunsModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
    m_runs->applyEvents({step(1, 9, QStringLiteral("ship"))}); // the event came, the run went on
    QCOMPARE(cellOf(runId(1), WorkflowRunsModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(cellOf(runId(1), WorkflowRunsModel::CurrentStepColumn).data().toString(),
             QStringLiteral("ship"));
    QTest::mouseClick(stateFilter("waiting"), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    // A run that ended is not waiting either, whatever was inferred.
    m_runs->setWaitingFor(runId(3), QStringLiteral("payment-received"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
}

QTEST_MAIN(TestWaitingRuns)
#include "tst_waiting_runs.moc"
