// SPDX-License-Identifier: MIT
// StatsPage and StatsChart: the chart series follow StatsHistory, the time axis follows the newest point and
// the window chosen with the selector (driven by keyboard), repaints are coalesced, and the charts follow
// the palette.
#include "gui/charts/StatsChart.h"
#include "gui/pages/StatsPage.h"
#include "models/StatsHistory.h"
#include "protocol/EventType.h"
#include "protocol/ServerStats.h"

#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

using namespace dispatch;
using namespace std::chrono_literals;
namespace T = dwp::EventType;

namespace {

// A multiple of every interval used here, so the expected points are exact.
constexpr qint64 kBaseMs = 1749999600000; // 2025-06-15 14:20:00 UTC

QDateTime atMs(qint64 offsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(kBaseMs + offsetMs, Qt::UTC);
}

QList<dwp::StreamEvent> events(const QString& type, int count)
{
    QList<dwp::StreamEvent> list;
    dwp::JobEventData data;
    data.jobName = QStringLiteral("send-email");
    data.queue = QStringLiteral("default");
    for (int i = 0; i < count; ++i) {
        data.jobId = QStringLiteral("job_%1").arg(i);
        list.append(dwp::StreamEvent::forJob(type, data, dwp::Timestamp(kBaseMs / 1000, 0)));
    }
    return list;
}

// Pixels in the band under the plot area that differ from the chart's background: the time labels.
int inkBelowPlot(StatsChart* chart)
{
    const QImage image = chart->grab().toImage();
    const QRectF plot = chart->chart()->plotArea();
    const QColor background = chart->chart()->backgroundBrush().color();
    int ink = 0;
    for (int y = int(plot.bottom()) + 4; y < int(plot.bottom()) + 20 && y < image.height(); ++y) {
        for (int x = int(plot.left()) + 20; x < int(plot.right()) - 20; ++x) {
            if (QColor(image.pixel(x, y)) != background)
                ++ink;
        }
    }
    return ink;
}

// The texts the chart draws: axis labels, title, legend (Qt Charts draws axis labels as text items).
QStringList drawnTexts(StatsChart* chart)
{
    QStringList texts;
    for (const QGraphicsItem* item : chart->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item))
            texts << text->toPlainText();
    }
    return texts;
}

qint64 spanMs(const QDateTimeAxis* axis)
{
    return axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
}

} // namespace

class TestStatsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventRatesFollowTheHistory();
    void outcomesAndServerStatsOnTheirAxes();
    void windowSelectorChangesRangeAndRetention();
    void timeLabelsUnderAChartOfManyTypes();
    void legendsMoveBesideANarrowChart();
    void burstsAreCoalescedIntoFewRepaints();
    void expiredPointsLeaveTheChart();
    void thinningKeepsSpikes();
    void chartsFollowThePalette();
    void everySeriesHasItsOwnColour();
    void aLonePointIsMarked();
    void valueLabelsFollowTheLocale();
    void chartsAreMadeWhenThePageIsFirstShown();

private:
    std::unique_ptr<StatsHistory> m_history;
    std::unique_ptr<StatsPage> m_page;
};

void TestStatsPage::init()
{
    m_history = std::make_unique<StatsHistory>();
    m_page = std::make_unique<StatsPage>(m_history.get());
    m_page->resize(1280, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestStatsPage::cleanup()
{
    m_page.reset();
    m_history.reset();
}

void TestStatsPage::eventRatesFollowTheHistory()
{
    StatsChart* chart = m_page->eventsChart();
    m_history->applyEvents(events(T::JobCompleted, 5) + events(T::JobStarted, 2), atMs(100));
    m_history->applyEvents(events(T::JobCompleted, 3), atMs(1200));
    m_history->advanceTo(atMs(2500)); // closes [0, 1 s) and [1 s, 2 s)
    const QString completed = StatsHistory::eventRateKey(T::JobCompleted);
    QTRY_VERIFY(chart->series(completed) && chart->series(completed)->count() == 2);
    QCOMPARE(chart->series(completed)->points(),
             QList<QPointF>({QPointF(double(kBaseMs), 5), QPointF(double(kBaseMs + 1000), 3)}));
    QCOMPARE(chart->series(completed)->name(), StatsHistory::titleFor(completed));
    QVERIFY(chart->series(StatsHistory::eventRateKey(T::JobStarted)));
    QCOMPARE(chart->series(StatsHistory::eventRateKey(T::JobStarted))->at(0).y(), 2.0);
    // The window ends at the newest point and spans 5 min.
    QCOMPARE(spanMs(chart->timeAxis()), qint64(5 * 60 * 1000));
    QCOMPARE(chart->timeAxis()->max().toMSecsSinceEpoch(), kBaseMs + 1000);
    QVERIFY(chart->valueAxis(StatsChart::Axis::Left)->max() >= 5);
    // Time labels are drawn under the plot, although this chart had no series when it was first laid out.
    QTRY_VERIFY2(inkBelowPlot(chart) > 50, "no time labels under the events chart");

    // More time: the axis moves with the data.
    m_history->applyEvents(events(T::JobCompleted, 40), atMs(90 * 1000));
    m_history->advanceTo(atMs(91 * 1000 + 10));
    QTRY_COMPARE(chart->timeAxis()->max().toMSecsSinceEpoch(), kBaseMs + 90 * 1000);
    QTRY_VERIFY(chart->valueAxis(StatsChart::Axis::Left)->max() >= 40);
    QCOMPARE(chart->series(completed)->points(), m_history->series(completed));
}

void TestStatsPage::outcomesAndServerStatsOnTheirAxes()
{
    m_history->applyEvents(events(T::JobCompleted, 8) + events(T::JobFailed, 2), atMs(500));
    m_history->advanceTo(atMs(10500));
    dwp::ServerStats stats;
    stats.broker.subscriberCount = 3;
    stats.broker.topicCount = 5;
    stats.broker.totalPublished = 1000;
    m_history->addStatsSample(atMs(5000), stats);
    stats.broker.totalPublished = 3000; // 2000 deliveries in 5 s
    m_history->addStatsSample(atMs(10000), stats);

    StatsChart* outcomes = m_page->outcomesChart();
    QTRY_COMPARE(outcomes->series(StatsHistory::JobsFailed)->count(), 1);
    QCOMPARE(outcomes->series(StatsHistory::JobsFailed)->at(0), QPointF(double(kBaseMs), 2));
    QCOMPARE(outcomes->series(StatsHistory::JobsCompleted)->at(0).y(), 8.0);
    QCOMPARE(outcomes->series(StatsHistory::JobsDeadLettered)->at(0).y(), 0.0);

    StatsChart* broker = m_page->brokerChart();
    QTRY_COMPARE(broker->series(StatsHistory::SubscriberCount)->count(), 2);
    QCOMPARE(broker->series(StatsHistory::TopicCount)->at(1).y(), 5.0);
    QCOMPARE(broker->series(StatsHistory::PublishedPerSecond)->count(), 1);
    QCOMPARE(broker->series(StatsHistory::PublishedPerSecond)->at(0).y(), 400.0);
    // Deliveries per second have an axis of their own, so the counts stay readable beside them.
    QVERIFY(broker->series(StatsHistory::PublishedPerSecond)
                ->attachedAxes()
                .contains(broker->valueAxis(StatsChart::Axis::Right)));
    QVERIFY(broker->valueAxis(StatsChart::Axis::Right)->max() >= 400);
    QVERIFY(broker->valueAxis(StatsChart::Axis::Left)->max() >= 5);
    QVERIFY(broker->valueAxis(StatsChart::Axis::Left)->max() < 400);
}

void TestStatsPage::windowSelectorChangesRangeAndRetention()
{
    m_history->applyEvents(events(T::JobCompleted, 1), atMs(100));
    m_history->applyEvents(events(T::JobCompleted, 1), atMs(1100));
    m_history->advanceTo(atMs(2500)); // the newest point is the interval starting at 1 s
    QComboBox* selector = m_page->windowSelector();
    QTRY_COMPARE(spanMs(m_page->eventsChart()->timeAxis()), qint64(5 * 60 * 1000));

    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(selector->currentIndex(), 3);
    QCOMPARE(m_page->window(), std::chrono::milliseconds(1h));
    QCOMPARE(m_history->retention(), std::chrono::milliseconds(1h));
    for (StatsChart* chart : m_page->charts()) {
        QCOMPARE(spanMs(chart->timeAxis()), qint64(60 * 60 * 1000));
        QCOMPARE(chart->timeAxis()->format(), QStringLiteral("HH:mm"));
    }

    QTest::keyClick(selector, Qt::Key_Home);
    QCOMPARE(selector->currentIndex(), 0);
    for (StatsChart* chart : m_page->charts()) {
        QCOMPARE(spanMs(chart->timeAxis()), qint64(60 * 1000));
        QCOMPARE(chart->timeAxis()->format(), QStringLiteral("HH:mm:ss"));
        // A minute, ending at the newest point (the interval that started at 1 s).
        QCOMPARE(chart->timeAxis()->max().toMSecsSinceEpoch(), kBaseMs + 1000);
    }
    QTRY_VERIFY2(inkBelowPlot(m_page->eventsChart()) > 50, "no time labels under the events chart");
    // A short window keeps the default retention, so going back to 15 min loses nothing.
    QCOMPARE(m_history->retention(), std::chrono::milliseconds(StatsPage::kMinimumRetention));
}

void TestStatsPage::timeLabelsUnderAChartOfManyTypes()
{
    // A minute of eight event types arriving together, as in the demo: the chart's series all appear after
    // it was first laid out, and the time axis must still be drawn.
    const QStringList types = {T::JobEnqueued,       T::JobStarted,  T::JobCompleted,
                               T::WorkflowStarted,   T::JobRetrying, T::WorkflowStepCompleted,
                               T::WorkflowCompleted, T::CronFired};
    for (int second = 0; second < 60; ++second) {
        QList<dwp::StreamEvent> batch;
        for (const QString& type : types)
            batch += events(type, (second * 7 + int(type.size())) % 5);
        // Wall-clock times, as the app has them.
        m_history->applyEvents(batch, QDateTime::currentDateTimeUtc().addMSecs((second - 60) * 1000));
    }
    m_page->resize(1280, 700); // the page's height in a 1280×800 window
    m_page->windowSelector()->setFocus();
    QTest::keyClick(m_page->windowSelector(), Qt::Key_Home);
    StatsChart* chart = m_page->eventsChart();
    QTRY_COMPARE(chart->seriesKeys().size(), types.size());
    QTRY_VERIFY2(inkBelowPlot(chart) > 50, "no time labels under the events chart");
    // Eight names do not fit in a row under the plot: they are listed beside it, none elided.
    QCOMPARE(chart->chart()->legend()->alignment(), Qt::AlignRight);
}

void TestStatsPage::legendsMoveBesideANarrowChart()
{
    StatsChart* outcomes = m_page->outcomesChart();
    m_page->resize(1800, 760);
    QTRY_COMPARE(outcomes->chart()->legend()->alignment(), Qt::AlignBottom);
    m_page->resize(900, 760);
    QTRY_COMPARE(outcomes->chart()->legend()->alignment(), Qt::AlignRight);
}

void TestStatsPage::burstsAreCoalescedIntoFewRepaints()
{
    // Warm up so the series exists, then count how often it is rebuilt while 300 intervals arrive at once.
    m_history->applyEvents(events(T::JobCompleted, 1), atMs(0));
    m_history->advanceTo(atMs(1000));
    const QString key = StatsHistory::eventRateKey(T::JobCompleted);
    QTRY_VERIFY(m_page->eventsChart()->series(key));
    QLineSeries* series = m_page->eventsChart()->series(key);
    QTRY_COMPARE(series->count(), 1);
    QSignalSpy replaced(series, &QXYSeries::pointsReplaced);
    for (int second = 1; second <= 300; ++second)
        m_history->applyEvents(events(T::JobCompleted, second % 7), atMs(second * 1000 + 5));
    m_history->advanceTo(atMs(301 * 1000));
    // All 300 new points arrived in one go from the event loop's view: the rebuild that shows them is the
    // only one, not the last of 300. Counted when the points appear, not after a fixed wait.
    QTRY_COMPARE(series->count(), 301);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(series->points(), m_history->series(key));
}

void TestStatsPage::expiredPointsLeaveTheChart()
{
    const QString key = StatsHistory::eventRateKey(T::JobStarted);
    m_history->applyEvents(events(T::JobStarted, 2), atMs(0));
    m_history->advanceTo(atMs(1000));
    QTRY_COMPARE(m_page->eventsChart()->series(key)->count(), 1);
    // 20 minutes later, with the default 15 minute retention: the first point is gone.
    m_history->applyEvents(events(T::JobStarted, 1), atMs(20 * 60 * 1000));
    m_history->advanceTo(atMs(20 * 60 * 1000 + 1000));
    QTRY_VERIFY(m_page->eventsChart()->series(key)->at(0).x() >= double(kBaseMs + 5 * 60 * 1000));
    QCOMPARE(m_page->eventsChart()->series(key)->points(), m_history->series(key));
}

void TestStatsPage::thinningKeepsSpikes()
{
    QList<QPointF> points;
    for (int i = 0; i < 3600; ++i)
        points.append(QPointF(i * 1000.0, i == 1234 ? 500.0 : 1.0));
    const QList<QPointF> thinned = StatsChart::thinned(points, StatsChart::kMaxPoints);
    QVERIFY(thinned.size() <= StatsChart::kMaxPoints);
    QVERIFY(thinned.size() >= StatsChart::kMaxPoints / 2);
    double largest = 0;
    for (const QPointF& point : thinned)
        largest = std::max(largest, point.y());
    QCOMPARE(largest, 500.0);
    QCOMPARE(thinned.first().x(), 0.0);
    QCOMPARE(StatsChart::thinned(points.mid(0, 10), StatsChart::kMaxPoints), points.mid(0, 10));
}

void TestStatsPage::chartsFollowThePalette()
{
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    m_page->setPalette(dark);
    for (StatsChart* chart : m_page->charts()) {
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Window));
        QCOMPARE(chart->timeAxis()->labelsBrush().color(), dark.color(QPalette::WindowText));
    }
    QPalette light = dark;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    m_page->setPalette(light);
    for (StatsChart* chart : m_page->charts())
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
}

void TestStatsPage::everySeriesHasItsOwnColour()
{
    const QStringList types = {T::JobEnqueued,       T::JobStarted,  T::JobCompleted,
                               T::WorkflowStarted,   T::JobRetrying, T::WorkflowStepCompleted,
                               T::WorkflowCompleted, T::CronFired};
    QList<dwp::StreamEvent> batch;
    for (const QString& type : types)
        batch += events(type, 1);
    m_history->applyEvents(batch, atMs(100));
    m_history->advanceTo(atMs(1100));
    StatsChart* chart = m_page->eventsChart();
    QTRY_COMPARE(chart->seriesKeys().size(), types.size());
    QSet<QRgb> colours;
    for (const QString& key : chart->seriesKeys())
        colours.insert(chart->series(key)->pen().color().rgb());
    QCOMPARE(colours.size(), types.size()); // Qt's theme alone repeats after five

    // Connections and topics are often equal: different colours, and topics dashed so both stay visible.
    StatsChart* broker = m_page->brokerChart();
    const QPen connections = broker->series(StatsHistory::SubscriberCount)->pen();
    const QPen topics = broker->series(StatsHistory::TopicCount)->pen();
    QVERIFY(connections.color() != topics.color());
    QCOMPARE(connections.style(), Qt::SolidLine);
    QCOMPARE(topics.style(), Qt::DashLine);
}

void TestStatsPage::aLonePointIsMarked()
{
    StatsChart* chart = m_page->eventsChart();
    const QString started = StatsHistory::eventRateKey(T::JobStarted);
    m_history->applyEvents(events(T::JobStarted, 2), atMs(100));
    m_history->advanceTo(atMs(1100));
    QTRY_VERIFY(chart->series(started) && chart->series(started)->count() == 1);
    QVERIFY(chart->series(started)->pointsVisible()); // one point draws no line: it is marked instead
    m_history->applyEvents(events(T::JobStarted, 3), atMs(1200));
    m_history->advanceTo(atMs(2100));
    QTRY_COMPARE(chart->series(started)->count(), 2);
    QVERIFY(!chart->series(started)->pointsVisible());
}

// Issue 20 item 22: value axes use the locale's decimal sign ("0,2" in German), as the cards and the status
// bar do; printf-style label formats alone always write "0.2". The English chart is the control.
void TestStatsPage::valueLabelsFollowTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany)}) {
        QLocale::setDefault(locale);
        StatsHistory history;
        StatsChart chart(&history, QStringLiteral("Events"));
        chart.resize(640, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // An empty chart's value axis runs from 0 to 1 in fifths.
        const QString fifth = locale.toString(0.2);
        QTRY_VERIFY2(drawnTexts(&chart).contains(fifth), qPrintable(drawnTexts(&chart).join(u'|')));
        const QString otherSign =
            locale.decimalPoint() == u'.' ? QStringLiteral("0,2") : QStringLiteral("0.2");
        QVERIFY2(!drawnTexts(&chart).contains(otherSign), qPrintable(drawnTexts(&chart).join(u'|')));
    }
}

QTEST_MAIN(TestStatsPage)
// The charts are made when the page is first shown (StatsPage: not before the window's first paint), from the
// history kept meanwhile; a page shown at once makes them at once.
void TestStatsPage::chartsAreMadeWhenThePageIsFirstShown()
{
    QVERIFY(m_page->chartsMade()); // init() showed it: the page on screen at start

    StatsHistory history;
    QTabWidget tabs;
    tabs.addTab(new QLabel(QStringLiteral("Overview")), QStringLiteral("Overview"));
    auto* page = new StatsPage(&history);
    tabs.addTab(page, QStringLiteral("Stats"));
    tabs.resize(1280, 760);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(!page->chartsMade());
    QVERIFY(page->findChildren<StatsChart*>().isEmpty());

    // Events before the page is shown are kept by the history, and drawn once it is.
    history.applyEvents(events(T::JobFailed, 4), atMs(100));
    history.advanceTo(atMs(1500));
    QTest::keyClick(&tabs, Qt::Key_Tab, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 5000); // waited for: the Stats tab on screen
    QCOMPARE(page->findChildren<StatsChart*>().size(), 4);
    QVERIFY(page->chartsMade());
    const QString failed = StatsHistory::eventRateKey(T::JobFailed);
    StatsChart* chart = page->findChild<StatsChart*>(QStringLiteral("eventsChart"));
    QVERIFY(chart);
    QTRY_VERIFY_WITH_TIMEOUT(chart->series(failed) && chart->series(failed)->count() == 1,
                             5000); // waited for: the chart's first coalesced repaint
    QCOMPARE(chart->series(failed)->points(), QList<QPointF>({QPointF(double(kBaseMs), 4)}));
    QCOMPARE(chart->window(), page->window());
}

#include "tst_stats_page.moc"
