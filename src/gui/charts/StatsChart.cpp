// SPDX-License-Identifier: MIT
#include "gui/charts/StatsChart.h"

#include "gui/charts/ChartStyle.h"
#include "gui/charts/SeriesPalette.h"
#include "gui/views/HistoryGapDelegate.h"
#include "gui/views/StateStyle.h"
#include "models/StatsHistory.h"

#include <QApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace dispatch {

StatsChart::StatsChart(StatsHistory* history, const QString& title, QWidget* parent)
    // Built with its chart: a QChartView made without one creates a default chart that setChart() would
    // release to nobody (a leak LeakSanitizer reported, one chart per view).
    : QChartView(new QChart, parent), m_history(history), m_timeAxis(new QDateTimeAxis(this)),
      m_leftAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    // Three charts share the Stats page's second row; 200 px each lets the page fit an 800 px screen (issue
    // 20 item 17: 320 made it 988 px wide at least). At 1280 px they take 330 px and more.
    setMinimumSize(200, 200);
    QChart* chart = this->chart(); // owned by the view
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_leftAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(6);
    // A printf-style label format writes '.' whatever the locale; with localizeNumbers Qt Charts formats the
    // number with the chart's QLocale (precision and 'g' taken from the format), so German reads "0,2" as
    // the cards and the status bar do (issue 20 item 22).
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    m_leftAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_leftAxis->setRange(0, 1);
    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(kRepaintMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, &StatsChart::refresh);
    watchHistory();
    applyStyle();
    setWindow(m_window);
    connect(chart, &QChart::plotAreaChanged, this, &StatsChart::placeHoles);
}

void StatsChart::setHoles(const QList<Hole>& holes)
{
    qDeleteAll(m_holeItems);
    m_holeItems.clear();
    m_holes = holes;
    for (const Hole& hole : holes) {
        // The chart's background, opaque, hides the line beneath; the hatching says "nothing recorded".
        auto* curtain = new QGraphicsRectItem(chart());
        auto* hatch = new QGraphicsRectItem(curtain);
        curtain->setPen(Qt::NoPen);
        hatch->setPen(Qt::NoPen);
        curtain->setToolTip(hole.text);
        hatch->setToolTip(hole.text);
        // Above the series, below the legend (Qt Charts stacks its items by these).
        curtain->setZValue(chart()->legend()->zValue() - 0.5);
        m_holeItems.append(curtain);
    }
    applyStyle();
    placeHoles();
}

void StatsChart::placeHoles()
{
    const QRectF plot = chart()->plotArea();
    const double start = double(m_timeAxis->min().toMSecsSinceEpoch());
    const double end = double(m_timeAxis->max().toMSecsSinceEpoch());
    for (qsizetype i = 0; i < m_holeItems.size(); ++i) {
        QGraphicsRectItem* curtain = m_holeItems.at(i);
        const Hole& hole = m_holes.at(i);
        if (end <= start || plot.isEmpty() || double(hole.toMs) <= start || double(hole.fromMs) >= end) {
            curtain->setVisible(false);
            continue;
        }
        const auto xOf = [&](double ms) {
            return plot.left() + (std::clamp(ms, start, end) - start) / (end - start) * plot.width();
        };
        double left = xOf(double(hole.fromMs));
        double right = xOf(double(hole.toMs));
        if (right - left < 2) { // a short hole in a long window is still seen
            left = std::max(plot.left(), (left + right) / 2 - 1);
            right = std::min(plot.right(), left + 2);
        }
        const QRectF area(QPointF(left, plot.top()), QPointF(right, plot.bottom()));
        curtain->setRect(area);
        static_cast<QGraphicsRectItem*>(curtain->childItems().constFirst())->setRect(area);
        curtain->setVisible(true);
    }
}

void StatsChart::watchHistory()
{
    connect(m_history, &StatsHistory::pointAdded, this, &StatsChart::onPoint);
    connect(m_history, &StatsHistory::pointsExpired, this,
            [this](const QString& key, int) { markDirty(key); });
    // A window read from the journal: its newest point creates the series if wanted and moves the span's end.
    connect(m_history, &StatsHistory::seriesReplaced, this, [this](const QString& key) {
        if (const QList<QPointF> points = m_history->series(key); !points.isEmpty())
            onPoint(key, points.constLast());
        else
            markDirty(key);
    });
}

void StatsChart::setHistory(StatsHistory* history)
{
    if (history == m_history)
        return;
    m_history->disconnect(this);
    m_history = history;
    watchHistory();
    for (const QString& key : QStringList(m_seriesOrder)) {
        const std::optional<Wanted> wanted = wantedFor(key);
        if (wanted && wanted->keyOrPrefix.endsWith(u'/'))
            removeSeries(key);
        else
            markDirty(key);
    }
    for (const QString& key : m_history->seriesKeys()) {
        if (const std::optional<Wanted> wanted = wantedFor(key); wanted && !m_series.contains(key))
            createSeries(key, *wanted);
    }
    m_newestMs = 0;
    for (const QString& key : m_history->seriesKeys()) {
        if (const QList<QPointF> points = m_history->series(key); !points.isEmpty())
            m_newestMs = std::max(m_newestMs, qint64(points.constLast().x()));
    }
    m_rangesDirty = true;
    refresh();
}

void StatsChart::removeSeries(const QString& key)
{
    QLineSeries* series = m_series.take(key);
    chart()->removeSeries(series);
    delete series;
    m_tones.remove(key);
    m_seriesOrder.removeAll(key);
    m_shown.remove(key);
    m_dirty.remove(key);
    applyStyle();
    placeLegend();
}

QValueAxis* StatsChart::valueAxis(Axis axis) const
{
    return axis == Axis::Left ? m_leftAxis : m_rightAxis;
}

void StatsChart::addSeries(const QString& keyOrPrefix, Axis axis, int tone)
{
    if (axis == Axis::Right && !m_rightAxis) {
        m_rightAxis = new QValueAxis(this);
        m_rightAxis->setLabelFormat(QStringLiteral("%.4g"));
        m_rightAxis->setRange(0, 1);
        chart()->addAxis(m_rightAxis, Qt::AlignRight);
        applyStyle();
    }
    const Wanted wanted{keyOrPrefix, axis, tone};
    m_wanted.append(wanted);
    // Series the history already has.
    for (const QString& key : m_history->seriesKeys()) {
        if (!m_series.contains(key) && wantedFor(key))
            createSeries(key, wanted);
    }
    if (!keyOrPrefix.endsWith(u'/') && !m_series.contains(keyOrPrefix))
        createSeries(keyOrPrefix, wanted); // shown in the legend before its first point
}

void StatsChart::setLineStyle(const QString& key, Qt::PenStyle style)
{
    m_lineStyles.insert(key, style);
    applyStyle();
}

void StatsChart::setAxisTitle(Axis axis, const QString& title)
{
    if (QValueAxis* valueAxis = this->valueAxis(axis))
        valueAxis->setTitleText(title);
}

void StatsChart::setWindow(std::chrono::milliseconds window)
{
    m_window = std::max(window, std::chrono::milliseconds(1000));
    // Seconds matter in a few minutes' span; over longer ones they are noise. Over more than a day the time
    // alone repeats, so the day goes first (numeric: the axis formats without the window's locale).
    m_timeAxis->setFormat(m_window <= std::chrono::minutes(5)  ? QStringLiteral("HH:mm:ss")
                          : m_window <= std::chrono::hours(24) ? QStringLiteral("HH:mm")
                                                               : QStringLiteral("MM-dd HH:mm"));
    m_rangesDirty = true;
    refresh();
}

std::optional<StatsChart::Wanted> StatsChart::wantedFor(const QString& key) const
{
    for (const Wanted& wanted : m_wanted) {
        if (wanted.keyOrPrefix.endsWith(u'/') ? key.startsWith(wanted.keyOrPrefix)
                                              : key == wanted.keyOrPrefix)
            return wanted;
    }
    return std::nullopt;
}

void StatsChart::createSeries(const QString& key, const Wanted& wanted)
{
    auto* series = new QLineSeries(this);
    series->setName(StatsHistory::titleFor(key));
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(valueAxis(wanted.axis));
    m_series.insert(key, series);
    m_tones.insert(key, wanted.tone);
    m_seriesOrder.append(key);
    applyStyle();
    placeLegend();
    markDirty(key);
}

void StatsChart::onPoint(const QString& key, QPointF point)
{
    const auto x = qint64(point.x());
    if (x > m_newestMs) {
        m_newestMs = x;
        m_rangesDirty = true;
    }
    if (!m_series.contains(key)) {
        const std::optional<Wanted> wanted = wantedFor(key);
        if (!wanted)
            return;
        createSeries(key, *wanted);
    }
    markDirty(key);
}

void StatsChart::markDirty(const QString& key)
{
    if (!m_series.contains(key))
        return;
    m_dirty.insert(key);
    m_rangesDirty = true;
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

void StatsChart::refresh()
{
    m_repaintTimer.stop();
    if (!isVisible())
        return; // showEvent catches up
    for (const QString& key : std::as_const(m_dirty)) {
        QList<QPointF> points = thinned(m_history->series(key), kMaxPoints);
        QLineSeries* series = m_series.value(key);
        // One point makes no line: mark it, or a series that just started shows nothing at all.
        if (const bool lonely = points.size() == 1; series->pointsVisible() != lonely)
            series->setPointsVisible(lonely);
        series->replace(points);
        m_shown.insert(key, std::move(points));
    }
    m_dirty.clear();
    if (m_rangesDirty)
        updateRanges();
}

void StatsChart::updateRanges()
{
    m_rangesDirty = false;
    // The span ends at the newest point, so the lines reach the right edge as they grow.
    const qint64 end = m_newestMs > 0 ? m_newestMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 start = end - qint64(m_window.count());
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
    placeHoles();
    // Each value axis from zero to a round number above the largest value in view (at least 1).
    for (const Axis axis : {Axis::Left, Axis::Right}) {
        QValueAxis* valueAxis = this->valueAxis(axis);
        if (!valueAxis)
            continue;
        double largest = 0;
        for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
            const std::optional<Wanted> wanted = wantedFor(it.key());
            if (!wanted || wanted->axis != axis)
                continue;
            for (const QPointF& point : it.value()) {
                if (point.x() >= double(start))
                    largest = std::max(largest, point.y());
            }
        }
        valueAxis->setRange(0, std::max(1.0, largest * 1.1));
        valueAxis->applyNiceNumbers();
    }
}

QList<QPointF> StatsChart::thinned(const QList<QPointF>& points, int maxPoints)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    const qsizetype bucket = (points.size() + maxPoints - 1) / maxPoints;
    QList<QPointF> result;
    result.reserve(maxPoints);
    for (qsizetype first = 0; first < points.size(); first += bucket) {
        const qsizetype last = std::min(points.size(), first + bucket);
        double largest = points.at(first).y();
        for (qsizetype i = first + 1; i < last; ++i)
            largest = std::max(largest, points.at(i).y());
        result.append(QPointF(points.at(first).x(), largest));
    }
    return result;
}

void StatsChart::applyStyle()
{
    ChartStyle::apply(chart(), palette());
    QFont font = QApplication::font(this);
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    QFont legendFont = font;
    legendFont.setPointSizeF(font.pointSizeF() * 0.85); // legends are long; the plot matters more
    chart()->legend()->setFont(legendFont);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    // In the order the series appeared, so that a colour, once shown, stays with its series.
    int plain = 0;
    for (const QString& key : std::as_const(m_seriesOrder)) {
        QLineSeries* series = m_series.value(key);
        QPen pen = series->pen();
        pen.setWidthF(1.6);
        const int tone = m_tones.value(key, -1);
        if (tone >= 0) {
            pen.setColor(StateStyle::colours(StateStyle::Tone(tone), palette()).outline);
        } else {
            pen.setColor(SeriesPalette::colour(plain, palette()));
            pen.setStyle(SeriesPalette::style(plain));
            ++plain;
        }
        if (m_lineStyles.contains(key))
            pen.setStyle(m_lineStyles.value(key));
        series->setPen(pen);
    }
    for (QGraphicsRectItem* curtain : std::as_const(m_holeItems)) {
        curtain->setBrush(chart()->plotAreaBackgroundBrush());
        static_cast<QGraphicsRectItem*>(curtain->childItems().constFirst())
            ->setBrush(HistoryGapDelegate::holeBrush(palette()));
    }
}

void StatsChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
    else if (event->type() == QEvent::LocaleChange)
        chart()->setLocale(locale());
}

void StatsChart::placeLegend()
{
    // Below the plot when the names fit in one row (Qt elides them otherwise), else beside it, one per line:
    // many event types, or long translated names in a narrow chart.
    const QFontMetrics metrics(chart()->legend()->font());
    int needed = 0;
    for (const QLineSeries* series : std::as_const(m_series))
        needed += metrics.horizontalAdvance(series->name()) + 3 * metrics.height(); // marker and spacing
    const Qt::Alignment wanted = needed > width() - 40 ? Qt::AlignRight : Qt::AlignBottom;
    if (chart()->legend()->alignment() != wanted)
        chart()->legend()->setAlignment(wanted);
}

void StatsChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLegend();
    // A tick per ~110 px, so "HH:mm:ss" labels never crowd into "10:5…".
    m_timeAxis->setTickCount(std::clamp(width() / 110, 3, 7));
}

void StatsChart::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    refresh();
}

} // namespace dispatch
