// SPDX-License-Identifier: MIT
// Retry of a failed job from the Jobs page (issue 18 item 3): over REST (POST /v1/jobs/:id/retry,
// dwp-protocol.md §8), after which the job is fetched again, since the retry emits no event; the job is seen
// running again live. No confirmation except on Production, where a tick is needed; without REST the button
// is off and says why.
#include "GuiTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/window/MainWindow.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "protocol/EventType.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace dispatch;
using guitest::advanceUntil;

class TestJobRetry : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void retryRunsTheFailedJobAgain();
    void withoutRestRetryIsOffAndSaysWhy();
    void productionAsksForATickFirst();

private:
    void open(const devserver::DevServerConfig& config);
    QString buryOne();
    void clickJob(const QString& jobId);
    QString jobState(const QString& jobId);

    std::unique_ptr<testsupport::DevServerFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestJobRetry::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestJobRetry::open(const devserver::DevServerConfig& config)
{
    m_fixture = std::make_unique<testsupport::DevServerFixture>(config);
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->error()));
    m_window = std::make_unique<MainWindow>();
    ClientOptions options;
    options.connection.url = m_fixture->url();
    options.connection.token = QStringLiteral("demo-token");
    m_window->connectTo(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY2(advanceUntil(m_fixture->server(),
                          [this] {
                              return m_window->session() &&
                                     m_fixture->server().broker().subscriberCount() > 0 &&
                                     m_window->session()->adminApi().isDetected();
                          }),
             "the window subscribed and the REST admin API detected");
    guitest::pressShortcut(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the Jobs page
}

// A job that fails every attempt: failed after its retries, and a retry runs it again.
QString TestJobRetry::buryOne()
{
    devserver::WorkerPool::EnqueueOptions options;
    options.name = devserver::JobHandlerCatalog::kScripted;
    options.payload = QByteArrayLiteral("{\"fail_attempts\":-1,\"error\":\"disk full\"}");
    const QString id = m_fixture->server().engine().enqueue(options).id;
    const bool failed =
        advanceUntil(m_fixture->server(), [&] { return jobState(id) == QLatin1StringView("failed"); });
    return failed ? id : QString();
}

void TestJobRetry::clickJob(const QString& jobId)
{
    JobsPage* page = m_window->jobsPage();
    const QModelIndex source = m_window->session()->jobs().index(m_window->session()->jobs().rowOf(jobId), 1);
    const QModelIndex shown = page->proxy()->mapFromSource(source);
    page->table()->scrollTo(shown);
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                      page->table()->visualRect(shown).center());
}

QString TestJobRetry::jobState(const QString& jobId)
{
    JobsModel& jobs = m_window->session()->jobs();
    const int row = jobs.rowOf(jobId);
    return row < 0 ? QString() : jobs.index(row, 0).data(JobsModel::StateNameRole).toString();
}

void TestJobRetry::retryRunsTheFailedJobAgain()
{
    open(testsupport::DevServerFixture::defaultConfig());
    const QString jobId = buryOne();
    QVERIFY2(!jobId.isEmpty(), "the scripted job failing for good");
    clickJob(jobId);
    auto* retry = m_window->findChild<QPushButton*>(QStringLiteral("retryJobButton"));
    QTRY_VERIFY2(retry->isEnabled(), qPrintable(retry->toolTip()));
    QTest::mouseClick(retry, Qt::LeftButton); // not Production: no question
    QVERIFY(!QApplication::activeModalWidget());
    // Fetched again after the retry (no event says so): pending, before any worker took it.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server().engine().job(jobId)->state, QStringLiteral("pending"),
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(jobState(jobId), QStringLiteral("pending"), 5000);
    QVERIFY(!retry->isEnabled()); // only failed jobs are retried
    // Then a worker runs it again, seen live: one more job.started on the stream.
    EventLogModel& log = m_window->session()->eventLog();
    const auto startedCount = [&] {
        const QList<dwp::StreamEvent> events = log.eventsWithTopic(QStringLiteral("job:") + jobId);
        return std::count_if(events.cbegin(), events.cend(), [](const dwp::StreamEvent& event) {
            return event.type == dwp::EventType::JobStarted;
        });
    };
    const auto startedBefore = startedCount();
    QVERIFY(startedBefore >= 1);
    QVERIFY2(advanceUntil(m_fixture->server(), [&] { return startedCount() > startedBefore; }),
             "the retried job started again, seen over DWP");
}

void TestJobRetry::withoutRestRetryIsOffAndSaysWhy()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    open(config);
    const QString jobId = buryOne();
    QVERIFY(!jobId.isEmpty());
    clickJob(jobId);
    QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(),
                 QStringLiteral("Failed"));
    auto* retry = m_window->findChild<QPushButton*>(QStringLiteral("retryJobButton"));
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().startsWith(QStringLiteral("This server has no admin API at ")),
             qPrintable(retry->toolTip()));
    // Positive control in the same window: Cancel, over DWP, is there for a job that is not over.
    devserver::WorkerPool::EnqueueOptions parked;
    parked.name = QStringLiteral("devserver.noop");
    parked.queue = QStringLiteral("parked");
    const QString pendingId = m_fixture->server().engine().enqueue(parked).id;
    QVERIFY(advanceUntil(m_fixture->server(), [&] { return !jobState(pendingId).isEmpty(); }));
    clickJob(pendingId);
    QTRY_VERIFY(m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"))->isEnabled());
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
