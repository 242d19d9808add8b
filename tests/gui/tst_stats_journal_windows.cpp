// SPDX-License-Identifier: MIT
// The Stats page's windows read from the journal (issue 19 item 6), chosen with the keyboard: six days of
// journaled events and stats samples come back downsampled in SQL to a few hundred points per series, the
// counts per window add up to what was journaled in it, and the live windows show none of it.
#include "gui/charts/StatsChart.h"
#include "gui/pages/StatsPage.h"
#include "models/JobsModel.h"
#include "models/StatsHistory.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "protocol/ServerStats.h"
#include "session/Journal.h"
#include "session/SessionHistory.h"

#include <QComboBox>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kDays = 6;
constexpr int kCompletedPerDay = 10;
constexpr qint64 kHourMs = 3600 * 1000;

QList<dwp::StreamEvent> completedJobs(int day, int count)
{
    QList<dwp::StreamEvent> events;
    dwp::JobEventData data;
    data.jobName = QStringLiteral("send-email");
    data.queue = QStringLiteral("default");
    for (int i = 0; i < count; ++i) {
        data.jobId = QStringLiteral("job_01jz0000000000000000%1%2")
                         .arg(day, 2, 10, QLatin1Char('0'))
                         .arg(i, 2, 10, QLatin1Char('0'));
        events.append(dwp::StreamEvent::forJob(dwp::EventType::JobCompleted, data));
    }
    return events;
}

// Each day's jobs completed an hour before the same time of day as now; a stats sample every 30 minutes with
// 3 connections, 5 topics and one delivery per second.
void journalSixDays(const QString& path, qint64 nowMs)
{
    Journal journal(path);
    journal.start();
    for (int day = 0; day < kDays; ++day)
        journal.recordEvents(completedJobs(day, kCompletedPerDay),
                             QDateTime::fromMSecsSinceEpoch(nowMs - day * 24 * kHourMs - kHourMs, Qt::UTC));
    dwp::ServerStats stats;
    stats.broker.subscriberCount = 3;
    stats.broker.topicCount = 5;
    for (qint64 at = nowMs - kDays * 24 * kHourMs; at < nowMs; at += kHourMs / 2) {
        journal.recordStats(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), QStringLiteral("dwp.stats"),
                            stats.toJson());
        stats.broker.totalPublished += 1800; // one per second
    }
} // waits for the writer

double sumOf(QLineSeries* series)
{
    double sum = 0;
    for (const QPointF& point : series->points())
        sum += point.y();
    return sum;
}

} // namespace

class TestStatsJournalWindows : public QObject
{
    Q_OBJECT

private slots:
    void aWeekComesFromTheJournal()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("stats.sqlite"));
        journalSixDays(path, QDateTime::currentMSecsSinceEpoch());
        JobsModel jobs;
        WorkflowRunsModel runs;
        SessionHistory journal(&jobs, &runs);
        journal.load(path);
        StatsHistory live;
        StatsPage page(&live);
        page.setJournal(&journal);
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QComboBox* selector = page.windowSelector();
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_End);
        QVERIFY2(selector->currentText().contains(u"7 days"), qPrintable(selector->currentText()));

        StatsChart* outcomes = page.outcomesChart();
        QTRY_VERIFY2_WITH_TIMEOUT(outcomes->series(StatsHistory::JobsCompleted) &&
                                      sumOf(outcomes->series(StatsHistory::JobsCompleted)) ==
                                          kDays * kCompletedPerDay,
                                  "waiting for the week's completed jobs on the outcomes chart", kWaitMs);
        QVERIFY(outcomes->series(StatsHistory::JobsCompleted)->count() <= StatsPage::kJournalPoints + 1);
        QVERIFY(page.eventsChart()->series(StatsHistory::eventRateKey(dwp::EventType::JobCompleted)));
        QLineSeries* connections = page.brokerChart()->series(StatsHistory::SubscriberCount);
        QVERIFY(connections);
        // 288 samples over six days in 30-minute buckets of a 7-day window (1680 s): about one per bucket.
        QVERIFY2(connections->count() >= 200 && connections->count() <= StatsPage::kJournalPoints + 1,
                 qPrintable(QString::number(connections->count())));
        for (const QPointF& point : connections->points())
            QCOMPARE(point.y(), 3.0);

        // A day: only the last day's jobs.
        QTest::keyClick(selector, Qt::Key_Up);
        QVERIFY2(selector->currentText().contains(u"24 hours"), qPrintable(selector->currentText()));
        QTRY_COMPARE_WITH_TIMEOUT(sumOf(outcomes->series(StatsHistory::JobsCompleted)),
                                  double(kCompletedPerDay), kWaitMs);
        // The live windows draw the session's own counts: none of the journal's.
        QTest::keyClick(selector, Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes->series(StatsHistory::JobsCompleted) ||
                                     outcomes->series(StatsHistory::JobsCompleted)->count() == 0,
                                 kWaitMs);
    }
};

QTEST_MAIN(TestStatsJournalWindows)
#include "tst_stats_journal_windows.moc"
