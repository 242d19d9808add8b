// SPDX-License-Identifier: MIT
// A run open in the Workflows page while the monitor loses the server (issue 19 item 2, "what was unreachable
// when"), with QTest input against the in-process devserver: File → Disconnect and Reconnect Now leave a span
// the monitor did not hear inside the waiting run's time, and the run's panel says so under its title and
// hatches that span across its Gantt chart, with the reason as tooltip.
//
// DISPATCH_MONITOR_TEST_SCREENSHOTS=<folder> saves the panel as shown, in the light and the dark palette
// (run-hole-light.png, run-hole-dark.png), to look at.
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ThemeSwitcher.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"

#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>

using namespace dispatch;

namespace {

constexpr int kWaitMs = 10000;

} // namespace

class TestRunHolesWindow : public QObject
{
    Q_OBJECT

private slots:
    void aReconnectIsMarkedInTheOpenRun()
    {
        testsupport::DevServerFixture fixture(testsupport::DevServerFixture::realTimeConfig());
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        ClientOptions options;
        options.connection.url = fixture.url();
        options.connection.token = QStringLiteral("demo-token");
        options.connection.heartbeatInterval = std::chrono::milliseconds(0);
        auto window = guitest::showWindowConnectingTo(options);
        QVERIFY(window);
        window->resize(1200, 800);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);

        // A run that waits for payment-received after its charge step.
        QString runId;
        auto start = [&]() -> QCoro::Task<void> {
            const QString workflow = QStringLiteral("order-pipeline");
            const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-9\",\"items\":[\"a\"]}");
            co_await window->session()->client().startWorkflow(workflow, input,
                                                               [&runId](const QString& id) { runId = id; });
        };
        auto running = start(); // fails when the connection drops, unread
        QVERIFY2(testsupport::advanceUntil(fixture.server(), [&] { return !runId.isEmpty(); }),
                 "the run started");

        window->setCurrentPage(MonitorController::WorkflowsPageIndex);
        auto* table = window->findChild<QTableView*>(QStringLiteral("runsTable"));
        QVERIFY(table);
        QModelIndex cell;
        QTRY_VERIFY_WITH_TIMEOUT((cell = table->model()->index(0, 1)).isValid(), kWaitMs);
        QCOMPARE(cell.siblingAtColumn(0).data(WorkflowRunsModel::IdRole).toString(), runId);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        RunDetailPanel* panel = window->workflowsPage()->detailPanel();
        QVERIFY2(
            testsupport::advanceUntil(fixture.server(), [&] { return panel->gantt()->bars().size() >= 3; }),
            "the run's steps up to its wait in the Gantt");
        QLabel* notice = panel->holeNotice();
        QVERIFY(!notice->isVisible()); // heard all along (the control for the hole below)
        QVERIFY(panel->gantt()->holes().isEmpty());

        guitest::pressShortcut(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
        QTest::qWait(300); // a span long enough to be seen in the chart
        guitest::pressShortcut(window.get(), Qt::Key_R, Qt::ControlModifier); // File → Reconnect Now
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);

        QTRY_VERIFY2_WITH_TIMEOUT(notice->isVisible(), "the panel's line about the hole", kWaitMs);
        QVERIFY2(notice->text().contains(u"the monitor was not connected to the server") &&
                     notice->text().contains(u"may be missing"),
                 qPrintable(notice->text()));
        TimelineGanttView* gantt = panel->gantt();
        QCOMPARE(gantt->holes().size(), 1);
        const QRect band = gantt->holeRect(0);
        const int lastStep = int(gantt->bars().size()) - 1; // the wait, open across the hole
        QVERIFY2(!band.isEmpty() && band.left() > gantt->barRect(0).left(),
                 qPrintable(QStringLiteral("band %1–%2").arg(band.left()).arg(band.right())));
        const QPoint onWait(band.center().x(), gantt->barRect(lastStep).center().y());
        QTest::mouseMove(gantt->viewport(), onWait);
        QHelpEvent help(QEvent::ToolTip, onWait, gantt->viewport()->mapToGlobal(onWait));
        QApplication::sendEvent(gantt->viewport(), &help);
        QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::text().contains(u"the monitor was not connected"),
                                  "the band's tooltip", kWaitMs);
        QToolTip::hideText();

        const QString folder = qEnvironmentVariable("DISPATCH_MONITOR_TEST_SCREENSHOTS");
        if (!folder.isEmpty()) {
            panel->setPalette(ThemeSwitcher::lightPalette());
            QVERIFY(panel->grab().save(QDir(folder).filePath(QStringLiteral("run-hole-light.png"))));
            panel->setPalette(ThemeSwitcher::darkPalette());
            QVERIFY(panel->grab().save(QDir(folder).filePath(QStringLiteral("run-hole-dark.png"))));
        }
    }
};

QTEST_MAIN(TestRunHolesWindow)
#include "tst_run_holes_window.moc"
