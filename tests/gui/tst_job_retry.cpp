// SPDX-License-Identifier: MIT
// Retry of a failed job from the Jobs page (issue 18 item 3): over REST (POST /v1/jobs/:id/retry,
// dwp-protocol.md §8), after which the job is fetched again, since the retry emits no event; the job is seen
// running again live. No confirmation except on Production, where a tick is needed; without REST the button
// is off and says why.
#include "JobActionsWindow.h"
#include "gui/pages/JobDetailPanel.h"
#include "models/EventLogModel.h"
#include "protocol/EventType.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::JobActionsWindow;

class TestJobRetry : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_monitor.reset(); }
    void retryRunsTheFailedJobAgain();
    void withoutRestRetryIsOffAndSaysWhy();
    void productionAsksForATickFirst();

private:
    std::unique_ptr<JobActionsWindow> m_monitor;
};

void TestJobRetry::retryRunsTheFailedJobAgain()
{
    m_monitor = std::make_unique<JobActionsWindow>(testsupport::DevServerFixture::defaultConfig());
    QVERIFY2(m_monitor->ok(), JobActionsWindow::readiness());
    const QString jobId = m_monitor->failedJob();
    QVERIFY2(!jobId.isEmpty(), "the scripted job failing for good");
    m_monitor->clickJob(jobId);
    auto* retry = m_monitor->window->findChild<QPushButton*>(QStringLiteral("retryJobButton"));
    QTRY_VERIFY2(retry->isEnabled(), qPrintable(retry->toolTip()));
    QTest::mouseClick(retry, Qt::LeftButton); // not Production: no question
    QVERIFY(!QApplication::activeModalWidget());
    // Fetched again after the retry (no event says so): pending, before any worker took it.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->stateOnServer(jobId), QStringLiteral("pending"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->jobState(jobId), QStringLiteral("pending"), 5000);
    QVERIFY(!retry->isEnabled()); // only failed jobs are retried
    // Then a worker runs it again, seen live: one more job.started on the stream.
    EventLogModel& log = m_monitor->session().eventLog();
    const auto startedCount = [&] {
        const QList<dwp::StreamEvent> events = log.eventsWithTopic(QStringLiteral("job:") + jobId);
        return std::count_if(events.cbegin(), events.cend(), [](const dwp::StreamEvent& event) {
            return event.type == dwp::EventType::JobStarted;
        });
    };
    const auto startedBefore = startedCount();
    QVERIFY(startedBefore >= 1);
    QVERIFY2(advanceUntil(m_monitor->server(), [&] { return startedCount() > startedBefore; }),
             "the retried job started again, seen over DWP");
}

void TestJobRetry::withoutRestRetryIsOffAndSaysWhy()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    m_monitor = std::make_unique<JobActionsWindow>(config);
    QVERIFY2(m_monitor->ok(), JobActionsWindow::readiness());
    const QString jobId = m_monitor->failedJob();
    QVERIFY(!jobId.isEmpty());
    m_monitor->clickJob(jobId);
    QTRY_COMPARE(m_monitor->window->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(),
                 QStringLiteral("Failed"));
    auto* retry = m_monitor->window->findChild<QPushButton*>(QStringLiteral("retryJobButton"));
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().startsWith(QStringLiteral("This server has no admin API at ")),
             qPrintable(retry->toolTip()));
    // Positive control in the same window: Cancel, over DWP, is there for a job that is not over.
    const QString pendingId = m_monitor->parkedJob();
    QVERIFY(!pendingId.isEmpty());
    m_monitor->clickJob(pendingId);
    QTRY_VERIFY(m_monitor->window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"))->isEnabled());
}

void TestJobRetry::productionAsksForATickFirst()
{
    JobsModel jobs;
    EventLogModel log;
    dwp::Job failed;
    failed.id = QStringLiteral("job_01jz0000000000000000000001");
    failed.name = QStringLiteral("resize-image");
    failed.state = QStringLiteral("failed");
    jobs.upsertJob(failed);
    JobDetailPanel panel(&jobs, &log);
    panel.setServerEnvironment(ServerEnvironment::Production);
    panel.setRestAvailable(true, QString());
    panel.setJob(failed.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy confirmed(&panel, &JobDetailPanel::retryConfirmed);
    auto* retry = panel.findChild<QPushButton*>(QStringLiteral("retryJobButton"));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    auto* box = panel.findChild<QMessageBox*>(QStringLiteral("retryConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QPushButton* go = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (button->text() == QStringLiteral("Retry Job"))
            go = qobject_cast<QPushButton*>(button);
    QVERIFY(go);
    QVERIFY(!go->isEnabled());
    QPointer<QMessageBox> first(box);
    QTest::keyClick(box, Qt::Key_Return); // Return is the safe answer
    QTRY_VERIFY2(!first, "the first question closed by Return");
    QCOMPARE(confirmed.size(), 0);
    QTest::mouseClick(retry, Qt::LeftButton);
    box = panel.findChild<QMessageBox*>(QStringLiteral("retryConfirmation"));
    QTRY_VERIFY(box && box->isVisible());
    for (QAbstractButton* button : box->buttons())
        if (button->text() == QStringLiteral("Retry Job"))
            go = qobject_cast<QPushButton*>(button);
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    QVERIFY(go->isEnabled());
    QTest::mouseClick(go, Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().toString(), failed.id);
}

QTEST_MAIN(TestJobRetry)
#include "tst_job_retry.moc"
