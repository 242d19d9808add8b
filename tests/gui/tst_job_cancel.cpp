// SPDX-License-Identifier: MIT
// Cancel on the Jobs page (issue 18 item 3) against the devserver, which guards REST cancel as the real
// server does (dwp-protocol.md §8): a job not started is cancelled over REST (it gets its completed_at); a
// running job is said to be beyond stopping and only DWP's relabel is offered, as what it is; a job that
// started between the question and the answer is refused with the server's own message; without REST the
// relabel is offered with the reason.
#include "JobActionsWindow.h"
#include "gui/pages/JobDetailPanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

using namespace dispatch;
using guitest::buttonWithText;
using guitest::JobActionsWindow;

namespace {

const QString kCancelJob = QStringLiteral("Cancel Job");
const QString kMarkCancelled = QStringLiteral("Mark cancelled (the handler keeps running)");
const QString kRelabel = QStringLiteral("Relabel as Cancelled");

} // namespace

class TestJobCancel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_monitor.reset(); }
    void aPendingJobIsCancelledOverRest();
    void aRunningJobIsOfferedOnlyTheRelabel();
    void theServerRefusesAJobThatStartedMeanwhile();
    void withoutRestTheRelabelIsOfferedWithTheReason();

private:
    bool open(const devserver::DevServerConfig& config);
    QMessageBox* askToCancel(const QString& jobId);

    std::unique_ptr<JobActionsWindow> m_monitor;
};

bool TestJobCancel::open(const devserver::DevServerConfig& config)
{
    m_monitor = std::make_unique<JobActionsWindow>(config);
    return m_monitor->ok();
}

QMessageBox* TestJobCancel::askToCancel(const QString& jobId)
{
    m_monitor->clickJob(jobId);
    auto* cancel = m_monitor->window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    if (!QTest::qWaitFor([&] {
            return m_monitor->window->jobsPage()->detailPanel()->jobId() == jobId && cancel->isEnabled();
        }))
        return nullptr;
    QTest::mouseClick(cancel, Qt::LeftButton);
    return m_monitor->openBox(QStringLiteral("cancelConfirmation"));
}

void TestJobCancel::aPendingJobIsCancelledOverRest()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    const QString jobId = m_monitor->parkedJob();
    QVERIFY2(!jobId.isEmpty(), "a parked job seen pending");
    QMessageBox* box = askToCancel(jobId);
    QVERIFY2(box, "the cancel question, opened with open()");
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY2(box->informativeText().contains(QStringLiteral("it will not run")),
             qPrintable(box->informativeText()));
    QVERIFY(!buttonWithText(box, kMarkCancelled)); // not offered for a job that has not started
    QPushButton* cancel = buttonWithText(box, kCancelJob);
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    // REST's guarded cancel: cancelled on the server with its completed_at (DWP's relabel leaves it unset),
    // and fetched again, since no event says so.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->stateOnServer(jobId), QStringLiteral("cancelled"), 5000);
    QVERIFY(m_monitor->server().engine().job(jobId)->completedAt.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->jobState(jobId), QStringLiteral("cancelled"), 5000);
    QTRY_VERIFY(!m_monitor->window->findChild<QLabel*>(QStringLiteral("jobFinishedField"))->text().isEmpty());
    QVERIFY(!QApplication::activeModalWidget()); // no error box
}

void TestJobCancel::aRunningJobIsOfferedOnlyTheRelabel()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    const QString jobId = m_monitor->runningJob();
    QVERIFY2(!jobId.isEmpty(), "a slow job seen running");
    QMessageBox* box = askToCancel(jobId);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Dispatch cannot stop running work")),
             qPrintable(box->text()));
    QVERIFY(!buttonWithText(box, kCancelJob)); // REST would refuse it: not offered
    QPushButton* relabel = buttonWithText(box, kMarkCancelled);
    QVERIFY(relabel);
    QTest::mouseClick(relabel, Qt::LeftButton);
    // DWP's relabel: the label only, no completed_at; the handler runs on.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->stateOnServer(jobId), QStringLiteral("cancelled"), 5000);
    QVERIFY(!m_monitor->server().engine().job(jobId)->completedAt.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->jobState(jobId), QStringLiteral("cancelled"), 5000);
}

void TestJobCancel::theServerRefusesAJobThatStartedMeanwhile()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    devserver::WorkerPool::EnqueueOptions slow;
    slow.name = devserver::JobHandlerCatalog::kScripted;
    slow.payload = QByteArrayLiteral("{\"duration_ms\":600000}");
    const QString jobId = m_monitor->server().engine().enqueue(slow).id;
    // Seen pending: the clock stands still until the test moves it.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->jobState(jobId), QStringLiteral("pending"), 5000);
    QMessageBox* box = askToCancel(jobId);
    QVERIFY(box);
    QPushButton* cancel = buttonWithText(box, kCancelJob);
    QVERIFY(cancel);
    // A worker takes the job while the question is open; the answer is still about that job.
    QVERIFY2(guitest::advanceUntil(
                 m_monitor->server(),
                 [&] { return m_monitor->stateOnServer(jobId) == QLatin1StringView("running"); }),
             "the job started on the server");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox* error = nullptr;
    QVERIFY2(QTest::qWaitFor([&] { return (error = m_monitor->openBox(QStringLiteral("errorMessage"))); }),
             "the refusal shown in an error box");
    const QString said = error->text() + QLatin1Char('\n') + error->informativeText();
    QVERIFY2(
        said.contains(QStringLiteral("can only cancel pending or retrying jobs, current state: running")),
        qPrintable(said));
    QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("running"));
    error->close();
}

void TestJobCancel::withoutRestTheRelabelIsOfferedWithTheReason()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    QVERIFY2(open(config), JobActionsWindow::readiness());
    const QString jobId = m_monitor->parkedJob();
    QVERIFY(!jobId.isEmpty());
    QMessageBox* box = askToCancel(jobId);
    QVERIFY(box);
    QVERIFY2(box->informativeText().startsWith(QStringLiteral("This server has no admin API at ")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("only relabels")));
    QVERIFY(!buttonWithText(box, kCancelJob));
    QPushButton* relabel = buttonWithText(box, kRelabel);
    QVERIFY(relabel);
    QTest::mouseClick(relabel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->stateOnServer(jobId), QStringLiteral("cancelled"), 5000);
    QVERIFY(!m_monitor->server().engine().job(jobId)->completedAt.has_value()); // DWP's label only
}

QTEST_MAIN(TestJobCancel)
#include "tst_job_cancel.moc"
