// SPDX-License-Identifier: MIT
// Issue 19 item 8 in the window, with QTest input against the in-process devserver: a run on screen is saved
// with the run panel's Save Run… and opened again with File → Open Saved Run…, offline in a window of its
// own that shows the same steps and Gantt, marked as coming from that file; a file that is not a saved run
// is named with what is wrong, and no window opens. The holes in what the monitor heard go with the run: a
// run saved across a reconnect, or while the connection is down, opens with the hatched bands and the
// panel's line that the live run had (README "Journal", Holes).
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SavedRunWindow.h"
#include "models/ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "session/MonitorSession.h"
#include "session/SavedRun.h"
#include "support/DevServerFixture.h"
#include "support/StartedSession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>

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
    void aSavedHoleIsHatchedOffline();
    void aRunSavedAcrossHolesKeepsThem();
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

void TestSavedRunWindow::aSavedHoleIsHatchedOffline()
{
    // A run of two steps with a span the monitor that saved it did not hear, between them.
    namespace T = dwp::EventType;
    using modeltest::at;
    SavedRun run;
    run.runId = modeltest::runId(3);
    run.savedAt = QDateTime::fromMSecsSinceEpoch(modeltest::kBaseSeconds * 1000 + 60'000, Qt::UTC);
    run.history.events = {
        modeltest::runEvent(T::WorkflowStarted, run.runId, at(1)),
        modeltest::runEvent(T::WorkflowStepCompleted, run.runId, at(3), QStringLiteral("reserve"), {}, 2000),
        modeltest::runEvent(T::WorkflowStepCompleted, run.runId, at(9), QStringLiteral("ship"), {}, 1000),
        modeltest::runEvent(T::WorkflowCompleted, run.runId, at(10)),
    };
    const qint64 base = modeltest::kBaseSeconds * 1000;
    run.holes = {{base + 4'000, base + 7'000, JournalGap::Reason::FellBehind, 1234}};
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("with-hole.json"));
    QVERIFY(run.writeTo(path).isEmpty());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("openSavedRunAction"))->trigger();
    QVERIFY(choose(window.findChild<QFileDialog*>(QStringLiteral("openSavedRunDialog")), path,
                   QDialogButtonBox::Open));
    SavedRunWindow* saved = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((saved = window.findChild<SavedRunWindow*>()) && saved->isVisible(), kWaitMs);
    QVERIFY(QTest::qWaitForWindowExposed(saved));
    RunDetailPanel* panel = saved->panel();
    QCOMPARE(stepsShown(panel), QStringList({QStringLiteral("reserve"), QStringLiteral("ship")}));
    QVERIFY2(panel->holeNotice()->isVisible() && panel->holeNotice()->text().contains(u"fell behind") &&
                 panel->holeNotice()->text().contains(u"may be missing"),
             qPrintable(panel->holeNotice()->text()));
    TimelineGanttView* gantt = panel->gantt();
    QCOMPARE(gantt->holes().size(), 1);
    QCOMPARE(gantt->holes().first().fromMs, base + 4'000);
    QCOMPARE(gantt->holes().first().toMs, base + 7'000);
    const QRect band = gantt->holeRect(0);
    // Between the two steps' bars: reserve 1–3 s, the hole 4–7 s, ship 8–9 s.
    QVERIFY2(!band.isEmpty() && band.left() > gantt->barRect(0).center().x() &&
                 band.right() < gantt->barRect(1).center().x(),
             qPrintable(QStringLiteral("band %1–%2").arg(band.left()).arg(band.right())));
    const QPoint onBand(band.center().x(), gantt->barRect(0).center().y());
    QTest::mouseMove(gantt->viewport(), onBand);
    QHelpEvent help(QEvent::ToolTip, onBand, gantt->viewport()->mapToGlobal(onBand));
    QApplication::sendEvent(gantt->viewport(), &help);
    QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::text().contains(u"fell behind"), "the band's tooltip", kWaitMs);
    QToolTip::hideText();
    saved->close();
}

void TestSavedRunWindow::aRunSavedAcrossHolesKeepsThem()
{
    // Real time: holes are placed by the monitor's clock, the run by the server's.
    testsupport::DevServerFixture server(testsupport::DevServerFixture::realTimeConfig());
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QTemporaryDir folder;
    ClientOptions options = clienttest::optionsFor(server.url());
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    std::unique_ptr<MainWindow> window = guitest::showWindowConnectingTo(options);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);

    // A run that waits for payment-received, open in the Workflows page.
    QString runId;
    auto start = [&]() -> QCoro::Task<void> {
        const QString workflow = QStringLiteral("order-pipeline");
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-11\",\"items\":[\"a\"]}");
        co_await window->session()->client().startWorkflow(workflow, input,
                                                           [&runId](const QString& id) { runId = id; });
    };
    auto running = start(); // fails when the connection drops, unread
    QVERIFY(advanceUntil(server.server(), [&] { return !runId.isEmpty(); }));
    window->setCurrentPage(MonitorController::WorkflowsPageIndex);
    auto* table = window->findChild<QTableView*>(QStringLiteral("runsTable"));
    QVERIFY(table);
    QModelIndex cell;
    QTRY_VERIFY_WITH_TIMEOUT((cell = table->model()->index(0, 1)).isValid(), kWaitMs);
    QCOMPARE(cell.siblingAtColumn(0).data(WorkflowRunsModel::IdRole).toString(), runId);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    RunDetailPanel* live = window->workflowsPage()->detailPanel();
    QVERIFY2(advanceUntil(server.server(), [&] { return live->gantt()->bars().size() >= 3; }),
             "the run's steps up to its wait in the Gantt");
    auto saveTo = [&](const QString& path) {
        QTest::mouseClick(live->findChild<QToolButton*>(QStringLiteral("exportRunButton")), Qt::LeftButton);
        return choose(window->findChild<QFileDialog*>(QStringLiteral("saveRunDialog")), path,
                      QDialogButtonBox::Save);
    };
    auto holesIn = [](const QString& path) {
        const dwp::Parsed<SavedRun> read = SavedRun::readFrom(path);
        return read ? read->holes : QList<JournalGap>();
    };

    // Heard all along: saved without holes (the control for what follows).
    const QString whole = folder.filePath(QStringLiteral("whole.json"));
    QVERIFY(saveTo(whole));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(whole), "waiting for the first file", kWaitMs);
    QVERIFY(holesIn(whole).isEmpty());

    // File → Disconnect, a while, Reconnect Now: a hole in the run's time, saved with it.
    guitest::pressShortcut(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
    QTest::qWait(300); // a span long enough to be seen in the chart
    guitest::pressShortcut(window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(live->holeNotice()->isVisible(), "the live panel's line about the hole",
                              kWaitMs);
    const QString once = folder.filePath(QStringLiteral("once.json"));
    QVERIFY(saveTo(once));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(once), "waiting for the second file", kWaitMs);
    const QList<JournalGap> first = holesIn(once);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().reason, JournalGap::Reason::ConnectionLost);
    QVERIFY2(first.first().toMs - first.first().fromMs >= 300, qPrintable(first.first().span()));

    // Disconnected again and saved while still down: heard nothing from then to the save, and the file says
    // so.
    guitest::pressShortcut(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
    const qint64 wentMs = QDateTime::currentMSecsSinceEpoch();
    QTest::qWait(100);
    const QString offline = folder.filePath(QStringLiteral("offline.json"));
    QVERIFY(saveTo(offline));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(offline), "waiting for the third file", kWaitMs);
    const QList<JournalGap> both = holesIn(offline);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.first(), first.first());
    QCOMPARE(both.last().reason, JournalGap::Reason::ConnectionLost);
    QVERIFY2(both.last().fromMs <= wentMs && both.last().toMs >= wentMs + 100,
             qPrintable(both.last().span()));

    // Opened offline: both hatched, and the panel's line counts them.
    window->findChild<QAction*>(QStringLiteral("openSavedRunAction"))->trigger();
    QVERIFY(choose(window->findChild<QFileDialog*>(QStringLiteral("openSavedRunDialog")), offline,
                   QDialogButtonBox::Open));
    SavedRunWindow* saved = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((saved = window->findChild<SavedRunWindow*>()) && saved->isVisible(), kWaitMs);
    RunDetailPanel* panel = saved->panel();
    QCOMPARE(panel->runId(), runId);
    QCOMPARE(panel->gantt()->holes().size(), 2);
    QVERIFY2(panel->holeNotice()->isVisible() && panel->holeNotice()->text().contains(u"recorded in 2 span"),
             qPrintable(panel->holeNotice()->text()));
    saved->close();
}

QTEST_MAIN(TestSavedRunWindow)
#include "tst_saved_run_window.moc"
