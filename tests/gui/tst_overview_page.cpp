// SPDX-License-Identifier: MIT
// OverviewPage over real models: the cards and the health line follow the counts, connections and topics
// come from the server's stats, and clicking a recent failure asks for its detail.
#include "gui/pages/OverviewPage.h"
#include "gui/views/StatCard.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/StatsHistory.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "protocol/ServerStats.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dispatch;
namespace T = dwp::EventType;

namespace {

dwp::StreamEvent jobEvent(const QString& type, int n, qint64 second, const QString& error = {})
{
    dwp::JobEventData data;
    data.jobId = QStringLiteral("job_01jz00000000000000000000%1").arg(n, 2, 10, QLatin1Char('0'));
    data.jobName = QStringLiteral("resize-image");
    data.queue = QStringLiteral("default");
    data.error = error;
    return dwp::StreamEvent::forJob(type, data, dwp::Timestamp(1750000000 + second, 0));
}

dwp::StreamEvent runEvent(const QString& type, int n, qint64 second, const QString& error = {})
{
    dwp::WorkflowEventData data;
    data.runId = QStringLiteral("wfrun_01jz0000000000000000000%1").arg(n, 3, 10, QLatin1Char('0'));
    data.name = QStringLiteral("checkout");
    data.error = error;
    return dwp::StreamEvent::forWorkflow(type, data, dwp::Timestamp(1750000000 + second, 0));
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cardsFollowTheCounts();
    void healthLineNamesTheLevel();
    void serverStatsFillConnectionsAndTopics();
    void clickingAFailureAsksForIt();

private:
    QString value(const QString& key) const { return m_page->card(key)->value(); }

    std::unique_ptr<JobsModel> m_jobs;
    std::unique_ptr<WorkflowRunsModel> m_runs;
    std::unique_ptr<OverviewCounts> m_counts;
    std::unique_ptr<StatsHistory> m_stats;
    std::unique_ptr<OverviewPage> m_page;
};

void TestOverviewPage::init()
{
    m_jobs = std::make_unique<JobsModel>();
    m_runs = std::make_unique<WorkflowRunsModel>();
    m_counts = std::make_unique<OverviewCounts>(m_jobs.get(), m_runs.get());
    m_stats = std::make_unique<StatsHistory>();
    m_page = std::make_unique<OverviewPage>(m_counts.get(), m_stats.get());
    m_page->resize(1280, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOverviewPage::cleanup()
{
    m_page.reset();
    m_stats.reset();
    m_counts.reset();
    m_runs.reset();
    m_jobs.reset();
}

void TestOverviewPage::cardsFollowTheCounts()
{
    QCOMPARE(value(QStringLiteral("jobs/pending")), QStringLiteral("0"));
    m_jobs->applyEvents({jobEvent(T::JobEnqueued, 1, 1), jobEvent(T::JobEnqueued, 2, 1),
                         jobEvent(T::JobEnqueued, 3, 1), jobEvent(T::JobStarted, 3, 2)});
    m_runs->applyEvents({runEvent(T::WorkflowStarted, 1, 1)});
    // Repainted on the next tick, not per event.
    QCOMPARE(value(QStringLiteral("jobs/pending")), QStringLiteral("0"));
    QTRY_COMPARE(value(QStringLiteral("jobs/pending")), QStringLiteral("2"));
    QCOMPARE(value(QStringLiteral("jobs/running")), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("runs/running")), QStringLiteral("1"));
    QVERIFY(m_page->card(QStringLiteral("jobs/pending"))->caption().contains(QStringLiteral("66.7")));
    m_jobs->applyEvents({jobEvent(T::JobCompleted, 3, 3), jobEvent(T::JobFailed, 1, 4, QStringLiteral("no")),
                         jobEvent(T::JobDlq, 1, 4, QStringLiteral("no"))});
    m_runs->applyEvents({runEvent(T::WorkflowCompleted, 1, 5)});
    QTRY_COMPARE(value(QStringLiteral("jobs/completed")), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("jobs/failed")), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("jobs/pending")), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("dlq")), QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("runs/running")), QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("runs/completed")), QStringLiteral("1"));
    const QString since = m_jobs->trackingSince().toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("jobsSinceLabel"))->text().contains(since));
    m_page->setEventRate(1234.4);
    QCOMPARE(value(QStringLiteral("events")), QLocale().toString(1234));
}

void TestOverviewPage::healthLineNamesTheLevel()
{
    QVERIFY(m_page->healthLabel()->text().startsWith(QStringLiteral("Not enough data")));
    QList<dwp::StreamEvent> batch;
    for (int n = 1; n <= 19; ++n)
        batch.append(jobEvent(T::JobCompleted, n, 1));
    batch.append(jobEvent(T::JobFailed, 20, 2, QStringLiteral("x"))); // exactly 5 %
    m_jobs->applyEvents(batch);
    QTRY_VERIFY(m_page->healthLabel()->text().startsWith(QStringLiteral("Degraded")));
    QVERIFY(m_page->healthLabel()->text().contains(QStringLiteral("5.0 %")));
    m_jobs->applyEvents({jobEvent(T::JobFailed, 21, 3, QStringLiteral("x")),
                         jobEvent(T::JobFailed, 22, 3, QStringLiteral("x")),
                         jobEvent(T::JobFailed, 23, 3, QStringLiteral("x")),
                         jobEvent(T::JobFailed, 24, 3, QStringLiteral("x")),
                         jobEvent(T::JobFailed, 25, 3, QStringLiteral("x"))}); // 6 of 25 = 24 %
    QTRY_VERIFY(m_page->healthLabel()->text().startsWith(QStringLiteral("Unhealthy")));
}

void TestOverviewPage::serverStatsFillConnectionsAndTopics()
{
    QCOMPARE(value(QStringLiteral("connections")), QStringLiteral("—"));
    dwp::ServerStats stats;
    stats.broker.subscriberCount = 3;
    stats.broker.topicCount = 7;
    stats.connections = 0; // the server's hard-coded field must not be what the card shows
    m_stats->addStatsSample(QDateTime::currentDateTimeUtc(), stats);
    QCOMPARE(value(QStringLiteral("connections")), QStringLiteral("3"));
    QCOMPARE(value(QStringLiteral("topics")), QStringLiteral("7"));
}

void TestOverviewPage::clickingAFailureAsksForIt()
{
    // Nothing failed yet: said in words, not as an empty table.
    QVERIFY(m_page->noFailuresLabel()->isVisible());
    QVERIFY(!m_page->failuresTable()->isVisible());
    m_jobs->applyEvents({jobEvent(T::JobFailed, 1, 1, QStringLiteral("disk full"))});
    m_runs->applyEvents({runEvent(T::WorkflowFailed, 2, 2, QStringLiteral("step exploded"))});
    QTableView* table = m_page->failuresTable();
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!m_page->noFailuresLabel()->isVisible());
    QSignalSpy opened(m_page.get(), &OverviewPage::openRequested);
    // Newest first: the run, then the job.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, RecentFailuresModel::ErrorColumn)).center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_jobs->jobId(0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, RecentFailuresModel::NameColumn)).center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), m_runs->runId(0));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overview_page.moc"
