// SPDX-License-Identifier: MIT
// Issue 19 item 8 in the window, with QTest input against the in-process devserver: a run on screen is saved
// with the run panel's Save Run… and opened again with File → Open Saved Run…, offline in a window of its
// own that shows the same steps and Gantt, marked as coming from that file; a file that is not a saved run
// is named with what is wrong, and no window opens.
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SavedRunWindow.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"
#include "support/StartedSession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace dispatch;
using testsupport::advanceUntil;

namespace {

constexpr int kWaitMs = 10000;

QStringList stepsShown(const RunDetailPanel* panel)
{
    QStringList steps;
    const QAbstractItemModel* shown = panel->stepTable()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString step = shown->index(row, 0).data(TimelineModel::StepNameRole).toString();
        if (!step.isEmpty())
            steps.append(step);
    }
    return steps;
}

// Types `path` into an open file dialog and clicks its accept button (Save or Open).
bool choose(QFileDialog* dialog, const QString& path, QDialogButtonBox::StandardButton accept)
{
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    if (!name || !buttons || !buttons->button(accept))
        return false;
    name->selectAll();
    QTest::keyClicks(name, path);
    QTest::mouseClick(buttons->button(accept), Qt::LeftButton); // not Return: it may go to the completer
    return true;
}

} // namespace

class TestSavedRunWindow : public QObject
{
    Q_OBJECT

private slots:
    void aSavedRunOpensOfflineWithTheSameSteps();
    void aBadFileIsNamedAndOpensNothing();
};

void TestSavedRunWindow::aSavedRunOpensOfflineWithTheSameSteps()
{
    testsupport::DevServerFixture server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("order.json"));
    ClientOptions options = clienttest::optionsFor(server.url());
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    std::unique_ptr<MainWindow> window = guitest::showWindowConnectingTo(options);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);

    // A run that reaches its wait for payment-received, its steps on screen.
    QString runId;
    auto start = [&]() -> QCoro::Task<void> {
        const QString workflow = QStringLiteral("order-pipeline");
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-8\",\"items\":[\"a\"]}");
        co_await window->session()->client().startWorkflow(workflow, input,
                                                           [&runId](const QString& id) { runId = id; });
    };
    auto running = start();
    QVERIFY(advanceUntil(server.server(), [&] { return !runId.isEmpty(); }));
    window->setCurrentPage(MonitorController::WorkflowsPageIndex);
    auto* table = window->findChild<QTableView*>(QStringLiteral("runsTable"));
    QVERIFY(table);
    QModelIndex cell;
    QTRY_VERIFY_WITH_TIMEOUT((cell = table->model()->index(0, 1)).isValid(), kWaitMs);
    QCOMPARE(cell.siblingAtColumn(0).data(WorkflowRunsModel::IdRole).toString(), runId);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    RunDetailPanel* live = window->workflowsPage()->detailPanel();
    QVERIFY(
        advanceUntil(server.server(), [&] { return stepsShown(live).contains(QStringLiteral("charge")); }));
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->cachedTimeline(runId).has_value(), kWaitMs);
    const QStringList steps = stepsShown(live);

    // Save Run… → the file dialog → the file.
    QTest::mouseClick(live->findChild<QToolButton*>(QStringLiteral("exportRunButton")), Qt::LeftButton);
    QVERIFY(choose(window->findChild<QFileDialog*>(QStringLiteral("saveRunDialog")), path,
                   QDialogButtonBox::Save));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(path), "waiting for the saved run's file", kWaitMs);

    // File → Open Saved Run… → the same steps, offline, marked as the file's.
    window->findChild<QAction*>(QStringLiteral("openSavedRunAction"))->trigger();
    QVERIFY(choose(window->findChild<QFileDialog*>(QStringLiteral("openSavedRunDialog")), path,
                   QDialogButtonBox::Open));
    SavedRunWindow* saved = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((saved = window->findChild<SavedRunWindow*>()) && saved->isVisible(), kWaitMs);
    RunDetailPanel* panel = saved->panel();
    QCOMPARE(panel->runId(), runId);
    QCOMPARE(stepsShown(panel), steps);
    const int charge = steps.indexOf(QStringLiteral("charge"));
    QVERIFY2(panel->gantt()->barRect(charge).isValid(), "the Gantt draws the saved charge step");
    auto* note = panel->findChild<QLabel*>(QStringLiteral("runHiddenNotice"));
    QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("saved file")) &&
                 note->text().contains(path),
             qPrintable(note->text()));
    for (const char* button : {"watchButton", "publishEventButton", "exportRunButton"})
        QVERIFY2(panel->findChild<QToolButton*>(QLatin1String(button))->isHidden(), button);
    QVERIFY2(panel->findChild<QLabel*>(QStringLiteral("runTitle"))->text().contains(u"order-pipeline"),
             qPrintable(panel->findChild<QLabel*>(QStringLiteral("runTitle"))->text()));
    saved->close();
}

void TestSavedRunWindow::aBadFileIsNamedAndOpensNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("garbage.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"format\":\"dispatch-monitor.run\",\"version\":1,\"run_id\":\"wfrun_1\",\"events\":[{\"ty");
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("openSavedRunAction"))->trigger();
    QVERIFY(choose(window.findChild<QFileDialog*>(QStringLiteral("openSavedRunDialog")), path,
                   QDialogButtonBox::Open));
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = guitest::openDialog<QMessageBox>(&window)) != nullptr, kWaitMs);
    QCOMPARE(box->objectName(), QStringLiteral("savedRunProblem"));
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("not valid JSON")),
             qPrintable(box->informativeText()));
    QVERIFY(!window.findChild<SavedRunWindow*>());
    box->close();
}

QTEST_MAIN(TestSavedRunWindow)
#include "tst_saved_run_window.moc"
