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
#include <QGraphicsRectItem>
#include <QLabel>
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

    // A hole in the history (a lost connection of an hour) between two bursts of jobs: the outcomes have no
    // point inside it, where before they had zeros; the quiet but recorded half hour after it keeps its zeros
    // (the control); every chart hatches the span with a tooltip saying why, the note counts it, and the live
    // windows have none.
    void aHoleBreaksTheCharts()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("hole.sqlite"));
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 holeFrom = nowMs - 150 * 60'000;
        const qint64 holeTo = nowMs - 90 * 60'000;
        {
            Journal journal(path);
            journal.start();
            journal.recordEvents(completedJobs(0, kCompletedPerDay),
                                 QDateTime::fromMSecsSinceEpoch(nowMs - 3 * kHourMs, Qt::UTC));
            journal.recordGap(QDateTime::fromMSecsSinceEpoch(holeFrom, Qt::UTC),
                              QDateTime::fromMSecsSinceEpoch(holeTo, Qt::UTC));
            journal.recordEvents(completedJobs(1, kCompletedPerDay),
                                 QDateTime::fromMSecsSinceEpoch(nowMs - kHourMs, Qt::UTC));
        } // waits for the writer
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
        QTest::keyClick(selector, Qt::Key_Up);
        QVERIFY2(selector->currentText().contains(u"24 hours"), qPrintable(selector->currentText()));

        StatsChart* outcomes = page.outcomesChart();
        QTRY_VERIFY2_WITH_TIMEOUT(outcomes->series(StatsHistory::JobsCompleted) &&
                                      sumOf(outcomes->series(StatsHistory::JobsCompleted)) ==
                                          2 * kCompletedPerDay,
                                  "waiting for both bursts on the outcomes chart", kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(outcomes->holeItems().size() == 1, "waiting for the hole on the chart",
                                  kWaitMs);
        const qint64 bucketMs = 24 * kHourMs / StatsPage::kJournalPoints;
        int inHole = 0;
        int quietAfter = 0;
        for (const QPointF& point : outcomes->series(StatsHistory::JobsCompleted)->points()) {
            const auto x = qint64(point.x());
            if (x >= holeFrom && x + bucketMs <= holeTo)
                ++inHole;
            else if (x >= holeTo && x + bucketMs <= nowMs - kHourMs && point.y() == 0)
                ++quietAfter;
        }
        QCOMPARE(inHole, 0);
        QVERIFY2(quietAfter > 0, "the control: recorded quiet buckets stay zeros");

        for (StatsChart* chart : page.charts()) {
            QCOMPARE(chart->holeItems().size(), 1);
            const QGraphicsRectItem* curtain = chart->holeItems().constFirst();
            QVERIFY(curtain->isVisible());
            QVERIFY2(curtain->toolTip().contains(u"not connected to the server"),
                     qPrintable(curtain->toolTip()));
            // A twelfth of the plot's width or so: an hour of 24, inside the plot.
            const QRectF plot = chart->chart()->plotArea();
            QVERIFY(plot.contains(curtain->rect()));
            const double share = curtain->rect().width() / plot.width();
            QVERIFY2(share > 0.03 && share < 0.06, qPrintable(QString::number(share)));
        }
        bool noted = false;
        for (const QLabel* label : page.findChildren<QLabel*>())
            noted = noted || label->text().contains(u"1 hole(s) in this window, hatched on the charts");
        QVERIFY(noted);

        // The live windows: no holes.
        QTest::keyClick(selector, Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(outcomes->holeItems().isEmpty(), kWaitMs);
    }
};

QTEST_MAIN(TestStatsJournalWindows)
#include "tst_stats_journal_windows.moc"
