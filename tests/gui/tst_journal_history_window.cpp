// SPDX-License-Identifier: MIT
// Issue 19 item 3 in the window, with QTest input against the in-process devserver: a session of a profile
// whose journal holds a run opens with the journal's rows and a banner saying they are history as of when;
// the server, restarted, has forgotten the run, and clicking it still shows its steps and Gantt, marked as
// coming from the history. The monitor did not run for a while in between: the banner says so (item 2), and
// the run's panel and Gantt mark that hole in the run's time.
#include "../models/ModelEventFactory.h"
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/HistoryBanner.h"
#include "gui/window/MainWindow.h"
#include "models/JobsModel.h"
#include "models/JournalGap.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/Journal.h"
#include "session/JournalLocation.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"
#include "session/SessionHost.h"
#include "support/StartedSession.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>

using namespace dispatch;
using testsupport::advanceUntil;
using testsupport::awaitTask;

namespace {

constexpr int kWaitMs = 10000;

// A run of order-pipeline journaled up to its wait for payment-received: its id, and its steps as shown.
QString journalARun(const QString& journalPath, QStringList* steps)
{
    testsupport::DevServerFixture before(testsupport::DevServerFixture::realTimeConfig());
    if (!before.isRunning())
        return {};
    auto session = testsupport::startedSession(
        before, [&](MonitorSession& made) { made.setJournal(std::make_unique<Journal>(journalPath)); });
    QString runId;
    auto start = [&]() -> QCoro::Task<void> {
        const QString workflow = QStringLiteral("order-pipeline");
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-3\",\"items\":[\"a\"]}");
        co_await session->client().startWorkflow(workflow, input,
                                                 [&runId](const QString& id) { runId = id; });
    };
    auto running = start(); // waits for its event until the server goes
    if (!advanceUntil(before.server(), [&] { return !runId.isEmpty(); }))
        return {};
    awaitTask(session->openRun(runId));
    if (!advanceUntil(before.server(),
                      [&] { return session->timeline().rowOf(QStringLiteral("charge")) >= 0; }))
        return {};
    awaitTask(session->fetchTimeline(runId));
    for (int row = 0; row < session->timeline().rowCount(); ++row) {
        const QString step = session->timeline().index(row, 0).data(TimelineModel::StepNameRole).toString();
        if (!step.isEmpty())
            steps->append(step);
    }
    session->stop();
    return runId;
}

ClientOptions optionsFor(const QUrl& url)
{
    ClientOptions options = clienttest::optionsFor(url);
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    return options;
}

} // namespace

class TestJournalHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    // While the older rows are read after the newest were shown, the banner says so; once they are in, it
    // no longer does (the control, in the same banner).
    void theBannerSaysWhileOlderRowsAreRead()
    {
        using namespace modeltest;
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("older.sqlite"));
        {
            Journal journal(path);
            journal.start();
            for (int n = 1; n <= 12; ++n)
                journal.recordEvents({jobEvent(dwp::EventType::JobEnqueued, jobId(n), at(n))},
                                     QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
        } // the destructor waits for the writer
        JobsModel jobs;
        WorkflowRunsModel runs;
        SessionHistory history(&jobs, &runs);
        history.setLimit(10);
        history.setFirstPage(3);
        HistoryBanner banner;
        banner.setHistory(&history);
        QString whileOlder;
        connect(&history, &SessionHistory::changed, this, [&] {
            if (history.stage() == SessionHistory::Stage::Shown && history.isReadingOlder() &&
                whileOlder.isEmpty())
                whileOlder = banner.text();
        });
        history.load(path);
        QTRY_VERIFY2_WITH_TIMEOUT(!whileOlder.isEmpty() && !history.isReadingOlder(),
                                  "waiting for the newest rows, then the older ones", kWaitMs);
        const QString sentence = QStringLiteral("Older jobs and runs are still being read from the history.");
        QVERIFY2(whileOlder.contains(sentence), qPrintable(whileOlder));
        QVERIFY2(banner.text().contains(u"come from this profile's history") &&
                     !banner.text().contains(sentence),
                 qPrintable(banner.text()));
        QCOMPARE(jobs.rowCount(), 10);
    }

    void aForgottenRunOpensFromTheJournal()
    {
        // The server after a restart without persistence: it knows no run.
        testsupport::DevServerFixture restarted(testsupport::DevServerFixture::realTimeConfig());
        QVERIFY2(restarted.isRunning(), qPrintable(restarted.error()));
        QTemporaryDir folder;
        // The file the window's session will use: an ad-hoc connection's is named after the address.
        const QString path = JournalLocation::fileFor(folder.path(), QString(), restarted.url());
        QStringList steps;
        const QString runId = journalARun(path, &steps);
        QVERIFY2(!runId.isEmpty(), "the first session journaled a run");
        QVERIFY2(steps.contains(QStringLiteral("charge")), qPrintable(steps.join(u", ")));
        // No monitor runs for longer than the shortest hole recorded: the history has a hole from the first
        // session's close to the next one's start, across the run, which is still waiting.
        QTest::qWait(int(JournalGap::kShortestRecordedMs) + 200);

        SessionHost host;
        host.setJournalFolder(folder.path());
        MainWindow window(&host);
        window.connectTo(optionsFor(restarted.url()));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<HistoryBanner*>(QStringLiteral("historyBanner"));
        QVERIFY(banner);
        QTRY_VERIFY2_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"history"),
                                  "the banner saying the rows come from the history", kWaitMs);
        // Issue 19 item 2: and that nothing was recorded after them, and why.
        QVERIFY2(banner->text().contains(u"the monitor was not running") &&
                     banner->text().contains(u"may have changed then"),
                 qPrintable(banner->text()));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);

        window.setCurrentPage(MonitorController::WorkflowsPageIndex);
        auto* table = window.findChild<QTableView*>(QStringLiteral("runsTable"));
        QVERIFY(table);
        QModelIndex cell;
        QTRY_VERIFY_WITH_TIMEOUT((cell = table->model()->index(0, 1)).isValid(), kWaitMs);
        QCOMPARE(cell.siblingAtColumn(0).data(WorkflowRunsModel::IdRole).toString(), runId);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());

        RunDetailPanel* panel = window.workflowsPage()->detailPanel();
        auto* notice = panel->findChild<QLabel*>(QStringLiteral("runHiddenNotice"));
        QVERIFY(notice);
        QTRY_VERIFY2_WITH_TIMEOUT(notice->isVisible() && notice->text().contains(u"come from this profile's "
                                                                                 u"history"),
                                  "the panel's note that the steps are from the history", kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(notice->text().contains(u"no longer knows"),
                                  "the panel's note that the server has forgotten the run", kWaitMs);
        QAbstractItemModel* shown = panel->stepTable()->model();
        QStringList shownSteps;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString step = shown->index(row, 0).data(TimelineModel::StepNameRole).toString();
            if (!step.isEmpty())
                shownSteps.append(step);
        }
        QCOMPARE(shownSteps, steps);
        const int charge = steps.indexOf(QStringLiteral("charge"));
        QVERIFY2(panel->gantt()->barRect(charge).isValid(), "the Gantt draws the journaled charge step");

        // The hole in the run's time: a line under the title and a hatched band in the Gantt, saying why
        // when pointed at.
        QLabel* holeNotice = panel->holeNotice();
        QTRY_VERIFY2_WITH_TIMEOUT(holeNotice->isVisible(), "the panel's line about the hole", kWaitMs);
        QVERIFY2(holeNotice->text().contains(u"the monitor was not running") &&
                     holeNotice->text().contains(u"may be missing"),
                 qPrintable(holeNotice->text()));
        TimelineGanttView* gantt = panel->gantt();
        QCOMPARE(gantt->holes().size(), 1);
        const QRect band = gantt->holeRect(0);
        // After the steps the first session saw.
        QVERIFY2(!band.isEmpty() && band.left() >= gantt->barRect(charge).right(),
                 qPrintable(QStringLiteral("band %1–%2, charge ends at %3")
                                .arg(band.left())
                                .arg(band.right())
                                .arg(gantt->barRect(charge).right())));
        const QPoint inBand = band.center();
        QTest::mouseMove(gantt->viewport(), inBand);
        QHelpEvent help(QEvent::ToolTip, inBand, gantt->viewport()->mapToGlobal(inBand));
        QApplication::sendEvent(gantt->viewport(), &help);
        QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::text().contains(u"the monitor was not running"),
                                  "the band's tooltip", kWaitMs);
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestJournalHistoryWindow)
#include "tst_journal_history_window.moc"
