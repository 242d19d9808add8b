// SPDX-License-Identifier: MIT
// The monitor as a person uses it, against the in-process devserver: dialogs driven by keyboard and mouse,
// results read off the pages.
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/dialogs/PublishEventDialog.h"
#include "gui/dialogs/StartWorkflowDialog.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonViewer.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "models/JobFilterProxy.h"
#include "models/WorkflowRunFilterProxy.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <memory>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::retype;

namespace {

devserver::DevServerConfig serverConfig()
{
    devserver::DevServerConfig config = testsupport::DevServerFixture::defaultConfig();
    // The window's clock is the wall clock ("now" in the Gantt view); start the server's there too.
    config.clockStartNanos = QDateTime::currentMSecsSinceEpoch() * 1000000;
    return config;
}

void withoutRandomFailures(devserver::SimEngine& engine)
{
    for (const QString& name : engine.workflows().names()) {
        devserver::WorkflowDefinition definition = *engine.workflows().find(name);
        for (devserver::WorkflowStep& step : definition.steps)
            step.failureRate = 0;
        engine.workflows().add(definition);
    }
}

} // namespace

class TestMonitorWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enqueueThroughTheDialogReachesCompleted();
    void theEnqueuedJobIsSelectedAndItsIdIsALink();
    void workflowWaitsUntilItsEventIsPublished();
    void cancelFromTheJobsPage();
    void cancelActsOnTheJobShownWhenTheListHidesIt();
    void sessionReplacedWhileTheCancelQuestionIsOpen();
    void shortcutsAndOpenById();
    void serverRestartReconnectsWithThePageIntact();

private:
    QString enqueueThroughDialog(const QString& name, const QString& payload);
    QString startWorkflowThroughDialog(const QString& name);
    void clickJob(const QString& jobId);
    QString jobState(const QString& jobId);
    QString runState(const QString& runId);

    std::unique_ptr<testsupport::DevServerFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestMonitorWindow::init()
{
    m_fixture = std::make_unique<testsupport::DevServerFixture>(serverConfig());
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->error()));
    withoutRandomFailures(m_fixture->server().engine());
    m_window = std::make_unique<MainWindow>();
    ClientOptions options;
    options.connection.url = m_fixture->url();
    options.connection.token = QStringLiteral("demo-token");
    options.backoffBase = std::chrono::milliseconds(300);
    options.backoffCap = std::chrono::milliseconds(1000);
    m_window->connectTo(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
    // Connected is not yet subscribed: wait until the firehose delivers.
    QVERIFY(advanceUntil(m_fixture->server(), [this] {
        return m_fixture->server().broker().subscriberCount() > 0 &&
               m_fixture->server().broker().stats().topicCount > 0;
    }));
}

void TestMonitorWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

QString TestMonitorWindow::jobState(const QString& jobId)
{
    JobsModel& jobs = m_window->session()->jobs();
    const int row = jobs.rowOf(jobId);
    return row < 0 ? QString() : jobs.index(row, 0).data(JobsModel::StateNameRole).toString();
}

QString TestMonitorWindow::runState(const QString& runId)
{
    WorkflowRunsModel& runs = m_window->session()->runs();
    const int row = runs.rowOf(runId);
    return row < 0 ? QString() : runs.index(row, 0).data(WorkflowRunsModel::StateNameRole).toString();
}

QString TestMonitorWindow::enqueueThroughDialog(const QString& name, const QString& payload)
{
    guitest::pressShortcut(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QPointer<EnqueueJobDialog> dialog = guitest::openDialog<EnqueueJobDialog>(m_window.get());
    if (!dialog)
        return {};
    QSignalSpy enqueued(dialog.data(), &EnqueueJobDialog::jobEnqueued); // outlives the dialog, which closes
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    retype(dialog->findChild<JsonEditor*>(QStringLiteral("payloadEditor")), payload);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 10000) || enqueued.isEmpty())
        return {};
    return enqueued.constLast().at(0).toString();
}

void TestMonitorWindow::clickJob(const QString& jobId)
{
    JobsPage* page = m_window->jobsPage();
    const QModelIndex source = m_window->session()->jobs().index(m_window->session()->jobs().rowOf(jobId), 1);
    const QModelIndex shown = page->proxy()->mapFromSource(source);
    page->table()->scrollTo(shown);
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                      page->table()->visualRect(shown).center());
}

void TestMonitorWindow::enqueueThroughTheDialogReachesCompleted()
{
    guitest::pressShortcut(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QPointer<EnqueueJobDialog> dialog = guitest::openDialog<EnqueueJobDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("devserver.noop"));
    auto* payload = dialog->findChild<JsonEditor*>(QStringLiteral("payloadEditor"));
    auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendButton"));
    // Invalid JSON keeps Send disabled and says where the mistake is.
    retype(payload, QStringLiteral("{\"to\": \"ops\" \"n\": 1}"));
    QVERIFY(!send->isEnabled());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("payloadError"))->text(),
             QStringLiteral("line 1, column 14: expected ',' or '}'"));
    retype(payload, QStringLiteral("{\"to\": \"ops\", \"n\": 1}"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    // The row appears and reaches completed as the server runs the job.
    JobsModel& jobs = m_window->session()->jobs();
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 1, 5000);
    const QString jobId = jobs.jobId(0);
    QVERIFY(
        advanceUntil(m_fixture->server(), [&] { return jobState(jobId) == QStringLiteral("completed"); }));
    QCOMPARE(m_window->jobsPage()->proxy()->rowCount(), 1);
    clickJob(jobId);
    QCOMPARE(m_window->jobsPage()->selectedJobId(), jobId);
    QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(),
                 QStringLiteral("Completed"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<JsonViewer*>(QStringLiteral("payloadViewer"))
                                 ->toPlainText()
                                 .contains(QStringLiteral("\"to\": \"ops\"")),
                             5000);
}

QString TestMonitorWindow::startWorkflowThroughDialog(const QString& name)
{
    guitest::pressShortcut(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<StartWorkflowDialog> dialog = guitest::openDialog<StartWorkflowDialog>(m_window.get());
    if (!dialog) {
        qWarning("no Start Workflow dialog");
        return {};
    }
    QSignalSpy started(dialog.data(), &StartWorkflowDialog::runStarted);
    QTest::keyClicks(dialog->findChild<QComboBox*>(QStringLiteral("nameCombo"))->lineEdit(), name);
    retype(dialog->findChild<JsonEditor*>(QStringLiteral("inputEditor")),
           QStringLiteral("{\"order_id\": \"ORD-1\", \"items\": [\"book\"]}"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    // The run id comes with workflow.started; the server only answers workflow.start when the run ends.
    if (!advanceUntil(
            m_fixture->server(), [&] { return !dialog || !dialog->isVisible(); }, 20) ||
        started.isEmpty()) {
        if (dialog)
            qWarning("Start Workflow says: %s",
                     qPrintable(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        return {};
    }
    return started.constLast().at(0).toString();
}

// Issue 20 item 21: after Send the new job is selected on the Jobs page, and the id in the status bar is a
// link that brings it back after the operator has looked elsewhere.
void TestMonitorWindow::theEnqueuedJobIsSelectedAndItsIdIsALink()
{
    const QString payload = QStringLiteral("{\"duration_ms\": 600000}");
    const QString first = enqueueThroughDialog(QStringLiteral("devserver.scripted"), payload);
    QVERIFY2(first.startsWith(QStringLiteral("job_")), qPrintable(first));
    QCOMPARE(m_window->currentPage(), int(MonitorController::JobsPageIndex));
    QCOMPARE(m_window->jobsPage()->selectedJobId(), first);
    m_window->setCurrentPage(MonitorController::OverviewPageIndex);
    const QString second = enqueueThroughDialog(QStringLiteral("devserver.scripted"), payload);
    QVERIFY2(second.startsWith(QStringLiteral("job_")) && second != first, qPrintable(second));
    QCOMPARE(m_window->currentPage(), int(MonitorController::JobsPageIndex));
    QCOMPARE(m_window->jobsPage()->selectedJobId(), second);
    auto* link = m_window->findChild<QLabel*>(QStringLiteral("statusLink"));
    QVERIFY(link);
    QVERIFY(link->isVisible());
    QVERIFY2(link->text().contains(QStringLiteral("<a href=\"%1\">%1</a>").arg(second)),
             qPrintable(link->text()));

    // Elsewhere: the first job selected, another page. A click on the id opens the second job again.
    QTRY_VERIFY(m_window->session()->jobs().rowOf(first) >= 0);
    clickJob(first);
    QCOMPARE(m_window->jobsPage()->selectedJobId(), first);
    m_window->setCurrentPage(MonitorController::OverviewPageIndex);
    const QFontMetrics metrics(link->font());
    const QPoint onTheId(link->contentsRect().left() +
                             metrics.horizontalAdvance(QStringLiteral("Enqueued ")) +
                             metrics.horizontalAdvance(second) / 2,
                         link->height() / 2);
    QTest::mouseClick(link, Qt::LeftButton, {}, onTheId);
    QCOMPARE(m_window->currentPage(), int(MonitorController::JobsPageIndex));
    QCOMPARE(m_window->jobsPage()->selectedJobId(), second);
    // A plain status message replaces the link.
    emit m_window->controller()->statusMessage(QStringLiteral("Something else"), 1000);
    QVERIFY(!link->isVisible());
}

void TestMonitorWindow::workflowWaitsUntilItsEventIsPublished()
{
    const QString order = QStringLiteral("order-pipeline");
    TimelineModel& timeline = m_window->session()->timeline();
    RunDetailPanel* detail = m_window->workflowsPage()->detailPanel();

    // A first run: it stops after "charge" (the server does not say why) until payment-received is published.
    const QString first = startWorkflowThroughDialog(order);
    QVERIFY2(first.startsWith(QStringLiteral("wfrun_")), qPrintable(first));
    QCOMPARE(m_window->currentPage(), int(MonitorController::WorkflowsPageIndex));
    QTRY_COMPARE(m_window->workflowsPage()->selectedRunId(), first);
    QVERIFY(advanceUntil(m_fixture->server(), [&] { return timeline.rowOf(QStringLiteral("charge")) >= 0; }));
    m_fixture->server().clock().advanceMs(60000);
    QTest::qWait(50);
    QCOMPARE(runState(first), QStringLiteral("running"));
    guitest::pressShortcut(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<PublishEventDialog> publish = guitest::openDialog<PublishEventDialog>(m_window.get());
    QVERIFY(publish);
    QTest::keyClicks(publish->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("payment-received"));
    QTest::mouseClick(publish->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!publish || !publish->isVisible(), 5000);
    QVERIFY(advanceUntil(m_fixture->server(), [&] {
        return runState(first) == QStringLiteral("completed") &&
               timeline.rowOf(QStringLiteral("wait:payment-received")) >= 0;
    }));

    // A second run of the same workflow: now the monitor knows what "stopped after charge" means.
    const QString second = startWorkflowThroughDialog(order);
    QVERIFY(second.startsWith(QStringLiteral("wfrun_")));
    QTRY_COMPARE(detail->runId(), second);
    QVERIFY(advanceUntil(m_fixture->server(), [&] { return timeline.rowOf(QStringLiteral("charge")) >= 0; }));
    QTRY_COMPARE_WITH_TIMEOUT(detail->awaitedEvent(), QStringLiteral("payment-received"), 5000);
    const QList<GanttBar> bars = detail->gantt()->bars();
    const auto waiting = std::find_if(bars.cbegin(), bars.cend(), [](const GanttBar& bar) {
        return bar.label == QStringLiteral("wait:payment-received");
    });
    QVERIFY(waiting != bars.cend());
    QVERIFY(waiting->open);
    QCOMPARE(waiting->state, QStringLiteral("waiting"));

    // "Publish event…" comes pre-filled with what the run waits for.
    auto* publishButton = m_window->findChild<QToolButton*>(QStringLiteral("publishEventButton"));
    QVERIFY(publishButton->isEnabled());
    QTest::mouseClick(publishButton, Qt::LeftButton);
    publish = guitest::openDialog<PublishEventDialog>(m_window.get());
    QVERIFY(publish);
    QCOMPARE(publish->eventName(), QStringLiteral("payment-received"));
    // The first run has completed: this one is the only run seen waiting (issue 20 item 1).
    const QString waitingRuns = publish->findChild<QLabel*>(QStringLiteral("waitingRunsLabel"))->text();
    QVERIFY2(waitingRuns.startsWith(QStringLiteral("Only run %1 is seen waiting").arg(second)),
             qPrintable(waitingRuns));
    QTest::keyClicks(publish->findChild<JsonEditor*>(QStringLiteral("payloadEditor")),
                     QStringLiteral("{\"order_id\": \"ORD-1\"}"));
    QTest::mouseClick(publish->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!publish || !publish->isVisible(), 5000);

    // The run completes and its timeline shows every step, none left open.
    QVERIFY(advanceUntil(m_fixture->server(), [&] {
        return runState(second) == QStringLiteral("completed") && timeline.runId() == second &&
               timeline.rowOf(QStringLiteral("notify")) >= 0 &&
               timeline.rowOf(QStringLiteral("wait:payment-received")) >= 0;
    }));
    for (const QString& step :
         {QStringLiteral("validate"), QStringLiteral("reserve-inventory"), QStringLiteral("charge"),
          QStringLiteral("wait:payment-received"), QStringLiteral("ship"), QStringLiteral("notify")}) {
        QVERIFY2(timeline.rowOf(step) >= 0, qPrintable(step));
    }
    const auto noneOpen = [&] {
        const QList<GanttBar> shown = detail->gantt()->bars(); // one list: begin and end of the same
        return std::none_of(shown.cbegin(), shown.cend(), [](const GanttBar& bar) { return bar.open; });
    };
    QTRY_VERIFY(noneOpen());
    QCOMPARE(detail->gantt()->bars().size(), timeline.rowCount());
}

void TestMonitorWindow::cancelFromTheJobsPage()
{
    // A long job that is not started yet (the clock stands still): REST's guarded cancel (issue 18 item 3)
    // keeps it from ever running.
    const QString jobId = enqueueThroughDialog(QStringLiteral("devserver.scripted"),
                                               QStringLiteral("{\"duration_ms\": 600000}"));
    QVERIFY(jobId.startsWith(QStringLiteral("job_")));
    QTRY_VERIFY(m_window->session()->jobs().rowOf(jobId) >= 0);
    clickJob(jobId);
    auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QTRY_VERIFY(cancel->isEnabled());
    QString informative;
    guitest::answerNextMessageBox(this, QStringLiteral("Cancel Job"), &informative);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2(informative.contains(QStringLiteral("it will not run")), qPrintable(informative));
    QTRY_COMPARE_WITH_TIMEOUT(jobState(jobId), QStringLiteral("cancelled"), 5000);
    QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(),
                 QStringLiteral("Cancelled"));
    QVERIFY(!cancel->isEnabled());
    // The server agrees: job.get reads it back as cancelled, and it never starts.
    m_fixture->server().clock().advanceMs(5000);
    QTest::qWait(50);
    QCOMPARE(jobState(jobId), QStringLiteral("cancelled"));
}

void TestMonitorWindow::cancelActsOnTheJobShownWhenTheListHidesIt()
{
    // Issue 20 item 2 through the controller and the server: the search hides job A and lists job B; the
    // pane keeps A, and Cancel cancels A on the server, never B.
    const QString payload = QStringLiteral("{\"duration_ms\": 600000}");
    const QString jobA = enqueueThroughDialog(QStringLiteral("devserver.scripted"), payload);
    const QString jobB = enqueueThroughDialog(QStringLiteral("devserver.scripted"), payload);
    QVERIFY(jobA.startsWith(QStringLiteral("job_")) && jobB.startsWith(QStringLiteral("job_")));
    QTRY_VERIFY(m_window->session()->jobs().rowOf(jobA) >= 0 && m_window->session()->jobs().rowOf(jobB) >= 0);
    guitest::pressShortcut(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the Jobs page
    QCOMPARE(m_window->currentPage(), int(MonitorController::JobsPageIndex));
    clickJob(jobA);
    QCOMPARE(m_window->jobsPage()->detailPanel()->jobId(), jobA);
    retype(m_window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter")), jobB);
    QCOMPARE(m_window->jobsPage()->proxy()->rowCount(), 1); // B is listed, A is not
    QCOMPARE(m_window->jobsPage()->detailPanel()->jobId(), jobA);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("jobHiddenNotice"))->isVisible());
    auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled());
    guitest::answerNextMessageBox(this, QStringLiteral("Cancel Job"), nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(jobState(jobA), QStringLiteral("cancelled"), 5000); // fetched after the cancel
    QCOMPARE(jobState(jobB), QStringLiteral("pending"));
    // The server agrees.
    const std::optional<dwp::Job> onServerA = m_fixture->server().engine().job(jobA);
    const std::optional<dwp::Job> onServerB = m_fixture->server().engine().job(jobB);
    QVERIFY(onServerA && onServerB);
    QCOMPARE(onServerA->state, QStringLiteral("cancelled")); // the control: the cancel did reach the server
    QCOMPARE(onServerB->state, QStringLiteral("pending"));
}

void TestMonitorWindow::sessionReplacedWhileTheCancelQuestionIsOpen()
{
    const QString jobId = enqueueThroughDialog(QStringLiteral("devserver.scripted"),
                                               QStringLiteral("{\"duration_ms\": 600000}"));
    QTRY_VERIFY(m_window->session()->jobs().rowOf(jobId) >= 0);
    clickJob(jobId);
    auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled());
    // A QPointer, not the address: the new session is allocated right after the old one is freed and often
    // gets its address.
    const QPointer<MonitorSession> before = m_window->session();
    // While the question is open, the window connects again (as Connect… or a profile switch does). With a
    // nested event loop this ran inside the box's exec(), under a page that it deleted (issue 15 item 11).
    const auto replaced = std::make_shared<bool>(false);
    QTimer::singleShot(100, this, [this, replaced] {
        m_window->connectTo(m_window->options());
        *replaced = true;
    });
    QTest::mouseClick(cancel, Qt::LeftButton);
    QPointer<QMessageBox> box = m_window->findChild<QMessageBox*>(QStringLiteral("cancelConfirmation"));
    QVERIFY(box && box->isVisible()); // open, and the click has returned
    QTRY_VERIFY(*replaced);
    QVERIFY(before.isNull());
    QVERIFY(m_window->session());
    QTRY_VERIFY(!box || !box->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
}

void TestMonitorWindow::shortcutsAndOpenById()
{
    const QString jobId = enqueueThroughDialog(QStringLiteral("devserver.noop"), QStringLiteral("{}"));
    QVERIFY(!jobId.isEmpty());
    // Ctrl+N is the N-th tab: Overview, Jobs, Workflows, Events, Stats.
    guitest::pressShortcut(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MonitorController::EventsPageIndex));
    guitest::pressShortcut(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MonitorController::StatsPageIndex));
    guitest::pressShortcut(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MonitorController::OverviewPageIndex));
    guitest::pressShortcut(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MonitorController::WorkflowsPageIndex));

    guitest::pressShortcut(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QPointer<OpenByIdDialog> dialog = guitest::openDialog<OpenByIdDialog>(m_window.get());
    QVERIFY(dialog);
    auto* idEdit = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
    QTest::keyClicks(idEdit, QStringLiteral("not-an-id"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("job_")));
    retype(idEdit, QStringLiteral("\"") + jobId + QStringLiteral("\""));
    QTest::keyClick(idEdit, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), int(MonitorController::JobsPageIndex));
    QTRY_COMPARE(m_window->jobsPage()->selectedJobId(), jobId); // its first event may still be on the way

    // An id never seen: fetched from the server and shown.
    const QString unseen = QStringLiteral("job_01kb0000000000000000000000");
    guitest::pressShortcut(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    dialog = guitest::openDialog<OpenByIdDialog>(m_window.get());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("idEdit")), unseen);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("idEdit")), Qt::Key_Return);
    // The server has no such job: the error is said in words.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage")), 5000);
    auto* error = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    QCOMPARE(error->text(), QStringLiteral("No such job."));
    error->close();
}

void TestMonitorWindow::serverRestartReconnectsWithThePageIntact()
{
    const QString first =
        enqueueThroughDialog(QStringLiteral("devserver.noop"), QStringLiteral("{\"n\": 1}"));
    const QString second =
        enqueueThroughDialog(QStringLiteral("devserver.noop"), QStringLiteral("{\"n\": 2}"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE(m_window->session()->jobs().rowCount(), 2);
    QTest::mouseClick(m_window->findChild<QToolButton*>(QStringLiteral("stateFilter_pending")),
                      Qt::LeftButton);
    clickJob(first);
    QCOMPARE(m_window->jobsPage()->selectedJobId(), first);

    m_fixture->server().restart(1500);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->connectionBar()->stateText().startsWith(QStringLiteral("Reconnecting")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->stateText(), QStringLiteral("Connected"), 20000);
    // What was on screen is still there: the rows, the filter, the selection.
    QCOMPARE(m_window->session()->jobs().rowCount(), 2);
    QVERIFY(m_window->findChild<QToolButton*>(QStringLiteral("stateFilter_pending"))->isChecked());
    QCOMPARE(m_window->jobsPage()->selectedJobId(), first);
    // And it is live again: a job run after the reconnect completes on screen.
    QVERIFY(advanceUntil(m_fixture->server(),
                         [&] { return m_fixture->server().broker().stats().topicCount > 0; }));
    QVERIFY(advanceUntil(m_fixture->server(), [&] {
        return jobState(first) == QStringLiteral("completed") &&
               jobState(second) == QStringLiteral("completed");
    }));
    QCOMPARE(m_window->jobsPage()->proxy()->rowCount(), 0); // filtered to pending, and none are any more
}

QTEST_MAIN(TestMonitorWindow)
#include "tst_monitor_window.moc"
