// SPDX-License-Identifier: MIT
#include "GuiTestSupport.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/json/JsonViewer.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "models/ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "session/WaitingStepGuess.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dispatch;
using modeltest::at;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

class TestWorkflowsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectingARunOpensIt();
    void ganttAndStepListFollowTheTimeline();
    void finishedRunGanttAndStepsAgree();
    void publishEventIsPrefilledForAWaitingStep();
    void watchAndStateFilter();
    void guessesTheWaitFromAnEarlierRun();
    void selectionStaysOnTheRunWhenAFilterHidesIt();
    void selectionStaysWhenTheRunLeavesTheFilterLive();
    void selectionFollowsTheRunWhenRowsReorder();
    void aTableOverTheProxyKeepsItsSelectionWhenFrontRowsMove();
    void frontRowsMovedToTheEndKeepSelectionAndDetail();

private:
    void apply(const QList<dwp::StreamEvent>& batch)
    {
        m_runs->applyEvents(batch);
        m_timeline->applyEvents(batch);
    }
    void clickRunRow(int row);
    QString currentRowId() const
    {
        return guitest::selectedRowId(m_page->table(), WorkflowRunsModel::IdRole);
    }
    QLabel* hiddenNotice() const { return m_page->findChild<QLabel*>(QStringLiteral("runHiddenNotice")); }
    QToolButton* stateFilter(const char* state) const
    {
        return m_page->findChild<QToolButton*>(QStringLiteral("runStateFilter_") + QLatin1String(state));
    }

    WorkflowRunsModel* m_runs = nullptr;
    TimelineModel* m_timeline = nullptr;
    WorkflowsPage* m_page = nullptr;
};

void TestWorkflowsPage::init()
{
    m_runs = new WorkflowRunsModel(this);
    m_timeline = new TimelineModel(this);
    m_page = new WorkflowsPage(m_runs, m_timeline);
    m_page->resize(1280, 760);
    // These tests name rows by their arrival; newest first, the default, is tst_list_following's.
    m_page->table()->sortByColumn(-1, Qt::AscendingOrder);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    const QString order = QStringLiteral("order-pipeline");
    apply({runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, order),
           runEvent(Type::WorkflowStepCompleted, runId(1), at(2), QStringLiteral("validate"), {}, 800, order),
           runEvent(Type::WorkflowStepCompleted, runId(1), at(4), QStringLiteral("charge"), {}, 1500, order),
           runEvent(Type::WorkflowStarted, runId(2), at(5)),
           runEvent(Type::WorkflowStepFailed, runId(2), at(6), QStringLiteral("reserve"),
                    QStringLiteral("out of stock")),
           runEvent(Type::WorkflowFailed, runId(2), at(6), {}, QStringLiteral("out of stock"))});
}

void TestWorkflowsPage::cleanup()
{
    delete m_page;
    delete m_timeline;
    delete m_runs;
}

void TestWorkflowsPage::clickRunRow(int row)
{
    QTableView* table = m_page->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_page->proxy()->index(row, WorkflowRunsModel::NameColumn)).center());
}

void TestWorkflowsPage::selectingARunOpensIt()
{
    QSignalSpy opened(m_page, &WorkflowsPage::runOpened);
    clickRunRow(1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), runId(2));
    QCOMPARE(m_page->detailPanel()->runId(), runId(2));
    auto* error = m_page->findChild<QLabel*>(QStringLiteral("runError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("out of stock")));
    QCOMPARE(m_page->knownWorkflowNames(),
             (QStringList{QStringLiteral("checkout"), QStringLiteral("order-pipeline")}));
}

void TestWorkflowsPage::ganttAndStepListFollowTheTimeline()
{
    // The window opens the run in the timeline model when the page says so.
    connect(m_page, &WorkflowsPage::runOpened, m_timeline, &TimelineModel::setRunId);
    clickRunRow(0);
    QCOMPARE(m_timeline->runId(), runId(1));
    apply({runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, QStringLiteral("order-pipeline")),
           runEvent(Type::WorkflowStepCompleted, runId(1), at(2), QStringLiteral("validate"), {}, 800,
                    QStringLiteral("order-pipeline")),
           runEvent(Type::WorkflowStepCompleted, runId(1), at(4), QStringLiteral("charge"), {}, 1500,
                    QStringLiteral("order-pipeline"))});
    TimelineGanttView* gantt = m_page->detailPanel()->gantt();
    QCOMPARE(gantt->bars().size(), m_timeline->rowCount());
    QVERIFY(m_timeline->rowCount() >= 2);
    QCOMPARE(gantt->bars()[0].label, QStringLiteral("validate"));
    QCOMPARE(gantt->bars()[0].state, QStringLiteral("completed"));
    // Clicking a bar selects the step in the list, and the other way round.
    QTest::mouseClick(gantt->viewport(), Qt::LeftButton, {}, gantt->barRect(1).center());
    QCOMPARE(m_page->detailPanel()->stepTable()->currentIndex().row(), 1);
    QTableView* steps = m_page->detailPanel()->stepTable();
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualRect(m_timeline->index(0, TimelineModel::StepColumn)).center());
    QCOMPARE(gantt->currentRow(), 0);
}

// Issue 20 item 10: the Gantt and the step table of a finished run list the same steps in the same order,
// each with the same duration text, including a wait (a checkpoint only) and a step whose start is unknown.
void TestWorkflowsPage::finishedRunGanttAndStepsAgree()
{
    connect(m_page, &WorkflowsPage::runOpened, m_timeline, &TimelineModel::setRunId);
    const QString run = runId(7);
    const QString name = QStringLiteral("order-pipeline");
    // Opened by id: its start was not seen, so the first step's start is unknown.
    apply({runEvent(Type::WorkflowStepCompleted, run, at(10), QStringLiteral("validate"), {}, 0, name)});
    QVERIFY(m_page->selectRun(run));
    QCOMPARE(m_timeline->runId(), run);
    QList<dwp::TimelineEntry> checkpoints;
    for (const auto& [step, second] : {std::pair{QStringLiteral("validate"), 10},
                                       {QStringLiteral("charge"), 12},
                                       {QStringLiteral("wait:payment-received"), 40},
                                       {QStringLiteral("ship"), 41}}) {
        dwp::TimelineEntry entry;
        entry.stepName = step;
        entry.createdAt = at(second);
        checkpoints.append(entry);
    }
    m_timeline->setTimeline(checkpoints);
    apply({runEvent(Type::WorkflowStepCompleted, run, at(12), QStringLiteral("charge"), {}, 1500, name),
           runEvent(Type::WorkflowStepCompleted, run, at(41), QStringLiteral("ship"), {}, 250, name),
           runEvent(Type::WorkflowCompleted, run, at(41), {}, {}, 0, name)});
    QTableView* steps = m_page->detailPanel()->stepTable();
    const QList<GanttBar> bars = m_page->detailPanel()->gantt()->bars();
    QCOMPARE(bars.size(), steps->model()->rowCount());
    QVERIFY(bars.size() >= 4);
    QStringList ganttRows;
    QStringList tableRows;
    for (int row = 0; row < bars.size(); ++row) {
        ganttRows << bars.at(row).label + QStringLiteral(" | ") + bars.at(row).durationText();
        const QAbstractItemModel* table = steps->model();
        tableRows << table->index(row, TimelineModel::StepColumn).data().toString() + QStringLiteral(" | ") +
                         table->index(row, TimelineModel::DurationColumn).data().toString();
    }
    QCOMPARE(ganttRows, tableRows);
    // Positive control: the texts are there, in the engine's order, the wait's 28 s among them.
    QCOMPARE(tableRows.indexOf(QStringLiteral("charge | 1.5 s")),
             tableRows.indexOf(QStringLiteral("validate | ")) + 1);
    QVERIFY2(tableRows.contains(QStringLiteral("wait:payment-received | 28 s")),
             qPrintable(tableRows.join(u'\n')));
    QVERIFY(tableRows.indexOf(QStringLiteral("wait:payment-received | 28 s")) <
            tableRows.indexOf(QStringLiteral("ship | 250 ms")));
}

void TestWorkflowsPage::publishEventIsPrefilledForAWaitingStep()
{
    connect(m_page, &WorkflowsPage::runOpened, m_timeline, &TimelineModel::setRunId);
    clickRunRow(0);
    apply({runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, QStringLiteral("order-pipeline"))});
    m_timeline->beginStep(QStringLiteral("wait:payment-received"),
                          QDateTime::fromSecsSinceEpoch(modeltest::kBaseSeconds + 4, Qt::UTC));
    RunDetailPanel* detail = m_page->detailPanel();
    QCOMPARE(detail->awaitedEvent(), QStringLiteral("payment-received"));
    auto* publish = m_page->findChild<QToolButton*>(QStringLiteral("publishEventButton"));
    QVERIFY(publish->isEnabled());
    QVERIFY(publish->text().contains(QStringLiteral("payment-received")));
    QSignalSpy requested(detail, &RunDetailPanel::publishEventRequested);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), runId(1));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("payment-received"));
    // The waiting step is drawn open (hatched, growing).
    const QList<GanttBar> bars = detail->gantt()->bars();
    const auto waiting = std::find_if(bars.cbegin(), bars.cend(), [](const GanttBar& bar) {
        return bar.label.startsWith(QStringLiteral("wait:"));
    });
    QVERIFY(waiting != bars.cend());
    QVERIFY(waiting->open);
    QCOMPARE(waiting->state, QStringLiteral("waiting"));
}

void TestWorkflowsPage::watchAndStateFilter()
{
    clickRunRow(0);
    QSignalSpy watch(m_page->detailPanel(), &RunDetailPanel::watchToggled);
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("watchButton")), Qt::LeftButton);
    QCOMPARE(watch.size(), 1);
    QCOMPARE(watch.at(0).at(0).toString(), runId(1));
    QCOMPARE(watch.at(0).at(1).toBool(), true);
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("runStateFilter_failed")),
                      Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QVERIFY(m_page->selectRun(runId(1)));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QCOMPARE(m_page->selectedRunId(), runId(1));
}

void TestWorkflowsPage::guessesTheWaitFromAnEarlierRun()
{
    WaitingStepGuess guess(m_timeline, m_runs);
    // An earlier run's checkpoints: charge, then the wait (checkpoints come in order, §4).
    QList<dwp::TimelineEntry> earlier;
    for (const QString& step : {QStringLiteral("validate"), QStringLiteral("charge"),
                                QStringLiteral("wait:payment-received"), QStringLiteral("ship")}) {
        dwp::TimelineEntry entry;
        entry.stepName = step;
        entry.createdAt = at(earlier.size());
        earlier.append(entry);
    }
    guess.learnFromTimeline(QStringLiteral("order-pipeline"), earlier);
    QCOMPARE(guess.waitAfter(QStringLiteral("order-pipeline"), QStringLiteral("charge")),
             QStringLiteral("wait:payment-received"));

    // Run 1 has finished charge and is still running: it is waiting for payment-received.
    connect(m_page, &WorkflowsPage::runOpened, m_timeline, &TimelineModel::setRunId);
    clickRunRow(0);
    apply({runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, QStringLiteral("order-pipeline")),
           runEvent(Type::WorkflowStepCompleted, runId(1), at(4), QStringLiteral("charge"), {}, 1500,
                    QStringLiteral("order-pipeline"))});
    QCOMPARE(m_page->detailPanel()->awaitedEvent(), QStringLiteral("payment-received"));
    QVERIFY(m_page->findChild<QToolButton*>(QStringLiteral("publishEventButton"))
                ->text()
                .contains(QStringLiteral("payment-received")));
    // A run of another workflow that stops after a step of the same name is not guessed about.
    QVERIFY(guess.waitAfter(QStringLiteral("checkout"), QStringLiteral("charge")).isEmpty());
}

void TestWorkflowsPage::selectionStaysOnTheRunWhenAFilterHidesIt()
{
    // Issue 20 items 2 and 8: the pane follows the run, never the row, and never says "No run selected"
    // above a run's chart.
    QSignalSpy opened(m_page, &WorkflowsPage::runOpened);
    clickRunRow(0); // run 1, running
    QCOMPARE(currentRowId(), runId(1));
    QCOMPARE(opened.size(), 1);
    auto* title = m_page->findChild<QLabel*>(QStringLiteral("runTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(QStringLiteral("order-pipeline")));

    // Only failed runs listed: run 1 leaves, run 2 stays.
    QTest::mouseClick(stateFilter("failed"), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(WorkflowRunsModel::IdRole).toString(), runId(2));
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
    QCOMPARE(m_page->selectedRunId(), runId(1));
    QCOMPARE(currentRowId(), QString()); // no other row is marked as the selection
    QCOMPARE(opened.size(), 1);          // run 2 was not opened in its place
    QVERIFY(title->text().contains(QStringLiteral("order-pipeline")));
    QVERIFY(hiddenNotice());
    QVERIFY(hiddenNotice()->isVisible());
    QVERIFY2(hiddenNotice()->text().contains(runId(1)), qPrintable(hiddenNotice()->text()));
    // Watch acts on run 1, the run on screen.
    QSignalSpy watch(m_page->detailPanel(), &RunDetailPanel::watchToggled);
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("watchButton")), Qt::LeftButton);
    QCOMPARE(watch.size(), 1);
    QCOMPARE(watch.at(0).at(0).toString(), runId(1));

    // A search that matches nothing: the list is empty, the pane still shows run 1.
    guitest::retype(m_page->findChild<QLineEdit*>(QStringLiteral("runTextFilter")), QStringLiteral("zzz"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
    QVERIFY(title->text().contains(QStringLiteral("order-pipeline")));

    // Filters cleared: run 1 is listed and selected again, and the notice goes.
    guitest::retype(m_page->findChild<QLineEdit*>(QStringLiteral("runTextFilter")), QString());
    QTest::mouseClick(stateFilter("failed"), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QCOMPARE(currentRowId(), runId(1));
    QVERIFY(!hiddenNotice()->isVisible()); // the control: the same label is hidden while run 1 is listed
    QCOMPARE(opened.size(), 1);
}

void TestWorkflowsPage::selectionStaysWhenTheRunLeavesTheFilterLive()
{
    // Only running runs listed: 1 and 3. Run 1 is selected and completes: it leaves the list while run 3,
    // its neighbour, stays in it. The pane must not slide to run 3.
    apply({runEvent(Type::WorkflowStarted, runId(3), at(10))});
    QTest::mouseClick(stateFilter("running"), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    clickRunRow(0);
    QCOMPARE(currentRowId(), runId(1));
    QSignalSpy opened(m_page, &WorkflowsPage::runOpened);
    apply({runEvent(Type::WorkflowCompleted, runId(1), at(11), {}, {}, 0, QStringLiteral("order-pipeline"))});
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(WorkflowRunsModel::IdRole).toString(), runId(3));
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
    QCOMPARE(currentRowId(), QString());
    QCOMPARE(opened.size(), 0);
    QVERIFY(hiddenNotice());
    QVERIFY(hiddenNotice()->isVisible());
    // A person picks run 3: now the pane shows it (the control: a click still opens a run).
    clickRunRow(0);
    QCOMPARE(m_page->detailPanel()->runId(), runId(3));
    QCOMPARE(opened.size(), 1);
    QVERIFY(!hiddenNotice()->isVisible());
}

void TestWorkflowsPage::selectionFollowsTheRunWhenRowsReorder()
{
    clickRunRow(0); // run 1, order-pipeline
    QCOMPARE(currentRowId(), runId(1));
    // Sorted by workflow name: checkout (run 2) comes first, so run 1 moves down a row.
    guitest::clickHeader(m_page->table()->horizontalHeader(), WorkflowRunsModel::NameColumn);
    QCOMPARE(m_page->proxy()->index(0, 0).data(WorkflowRunsModel::IdRole).toString(), runId(2));
    QCOMPARE(m_page->table()->currentIndex().row(), 1); // moved with its run
    QCOMPARE(currentRowId(), runId(1));
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
}

// WorkflowRunsModel::moveFrontRowsToEnd (the journal's replay in two pages) is a move: a plain table over
// the proxy, with nothing that restores its selection by id, keeps its selected rows and current row.
void TestWorkflowsPage::aTableOverTheProxyKeepsItsSelectionWhenFrontRowsMove()
{
    WorkflowRunsModel model;
    QList<dwp::StreamEvent> batch;
    for (int n = 0; n < 6; ++n)
        batch << runEvent(Type::WorkflowStarted, runId(n), at(n));
    model.applyEvents(batch);
    WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto click = [&view, &proxy](int row, Qt::KeyboardModifiers modifiers) {
        const QRect rect = view.visualRect(proxy.index(row, WorkflowRunsModel::NameColumn));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers, rect.center());
    };
    click(1, {});
    click(4, Qt::ControlModifier);
    const auto selectedIds = [&view] {
        QStringList ids;
        for (const QModelIndex& row : view.selectionModel()->selectedRows())
            ids.append(row.data(WorkflowRunsModel::IdRole).toString());
        ids.sort();
        return ids;
    };
    QCOMPARE(selectedIds(), QStringList({runId(1), runId(4)}));
    QCOMPARE(view.currentIndex().data(WorkflowRunsModel::IdRole).toString(), runId(4));

    model.moveFrontRowsToEnd(2); // runs 0 and 1 go to the end: run 4 is row 2, run 1 row 5
    QCOMPARE(model.runId(0), runId(2));
    QCOMPARE(selectedIds(), QStringList({runId(1), runId(4)}));
    QCOMPARE(view.currentIndex().data(WorkflowRunsModel::IdRole).toString(), runId(4));
    QCOMPARE(view.currentIndex().row(), 2);
    QVERIFY(view.selectionModel()->isRowSelected(5, {}));
}

void TestWorkflowsPage::frontRowsMovedToTheEndKeepSelectionAndDetail()
{
    clickRunRow(0); // run 1, order-pipeline, of two (init)
    QCOMPARE(currentRowId(), runId(1));
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
    m_runs->moveFrontRowsToEnd(1);
    QCOMPARE(m_runs->runId(1), runId(1));
    QCOMPARE(m_page->table()->currentIndex().row(), 1); // moved with its run
    QCOMPARE(currentRowId(), runId(1));
    QCOMPARE(m_page->selectedRunId(), runId(1));
    QCOMPARE(m_page->detailPanel()->runId(), runId(1));
}

QTEST_MAIN(TestWorkflowsPage)
#include "tst_workflows_page.moc"
