// SPDX-License-Identifier: MIT
#include "gui/gantt/TimelineGanttView.h"

#include "gui/gantt/GanttBarReader.h"
#include "gui/gantt/GanttPainter.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

namespace dispatch {

TimelineGanttView::TimelineGanttView(QWidget* parent)
    : QAbstractScrollArea(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Open bars grow with time; a second is fine enough to see it move and cheap to repaint.
    m_clockTick.setInterval(1000);
    // The model's changes come with its signals; what time changes is where open bars end.
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        catchUp();
        extendOpenBars(nowMs());
        updateScrollRanges();
        viewport()->update();
    });
}

void TimelineGanttView::setModel(QAbstractItemModel* model, const GanttFields& fields)
{
    for (const auto& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    m_fields = fields;
    m_currentRow = -1;
    if (model) {
        const auto changed = [this] { onModelChanged(); };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                        readRows(topLeft.row(), bottomRight.row(), RowChange::Changed);
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex&, int first, int last) {
                        readRows(first, last, RowChange::Inserted);
                    }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex&, int first, int last) { removeRows(first, last); }),
            connect(model, &QAbstractItemModel::rowsMoved, this, changed),
            connect(model, &QAbstractItemModel::modelReset, this, changed),
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
        };
    }
    setFitting(true);
    onModelChanged();
}

void TimelineGanttView::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    onModelChanged();
}

qint64 TimelineGanttView::nowMs() const
{
    return m_now().toMSecsSinceEpoch();
}

void TimelineGanttView::onModelChanged()
{
    if (m_model && m_currentRow >= m_model->rowCount())
        setCurrentRow(-1);
    // A hidden chart (the Workflows page behind another, a run followed while the operator reads the Events
    // page) only notes that its bars are out of date, and reads them when shown or asked. Reading every bar
    // on each change of a run nobody looks at was 6 % of the GUI thread on the Events page at 50 000
    // events/s, with a run of 2 000 steps open (bench_gui_stall, perf).
    m_barsStale = true;
    if (!isVisible())
        return;
    catchUp();
    viewport()->update();
}

void TimelineGanttView::readRows(int first, int last, RowChange change)
{
    // A live run changes a step or two at a time (TimelineModel announces exact spans), and reading every
    // bar on each change was 6 % of the GUI thread on the Workflows page at 50 000 events/s with a run of
    // 2 000 steps open (bench_gui_stall, perf): only the rows named are read. A chart that is hidden or
    // already behind reads everything when it catches up, as does one whose rows do not line up.
    const bool fits = change == RowChange::Inserted ? first <= m_bars.size() : last < m_bars.size();
    if (m_barsStale || !isVisible() || !m_model || first < 0 || last < first || !fits) {
        onModelChanged();
        return;
    }
    const qint64 now = nowMs();
    const QList<GanttBar> read = GanttBarReader::readRows(m_model, m_fields, now, first, last);
    if (read.size() != last - first + 1) {
        onModelChanged();
        return;
    }
    if (change == RowChange::Inserted)
        m_bars.insert(first, read.size(), GanttBar());
    std::copy(read.cbegin(), read.cend(), m_bars.begin() + first);
    // A changed label that got shorter leaves the label column as wide as it was until the next full read
    // (the clock's, each second while a bar is open): labels of steps do not change.
    for (const GanttBar& bar : read)
        m_widestLabel = qMax(m_widestLabel, labelWidth(bar.label));
    extendOpenBars(now);
    barsChanged();
}

void TimelineGanttView::removeRows(int first, int last)
{
    if (m_barsStale || !isVisible() || first < 0 || last < first || last >= m_bars.size()) {
        onModelChanged();
        return;
    }
    m_bars.remove(first, last - first + 1);
    barsChanged();
}

void TimelineGanttView::extendOpenBars(qint64 now)
{
    m_readAtMs = now; // every open bar ends at the same "now", the newly read ones and the others
    for (GanttBar& bar : m_bars) {
        if (bar.open)
            bar.endMs = qMax(now, bar.startMs);
    }
}

void TimelineGanttView::barsChanged()
{
    if (m_model && m_bars.size() != m_model->rowCount()) { // out of line with the model: read it whole
        onModelChanged();
        return;
    }
    if (m_currentRow >= m_bars.size())
        setCurrentRow(-1);
    updateOrigin();
    updateScrollRanges();
    updateTimer();
    viewport()->update();
}

void TimelineGanttView::readBars()
{
    m_readAtMs = nowMs();
    m_bars = GanttBarReader::read(m_model, m_fields, m_readAtMs);
    measureLabels();
    updateOrigin();
}

void TimelineGanttView::updateOrigin()
{
    bool haveOrigin = false;
    for (const GanttBar& bar : std::as_const(m_bars)) {
        if (bar.hasStart && (!haveOrigin || bar.startMs < m_originMs)) {
            m_originMs = bar.startMs;
            haveOrigin = true;
        }
    }
    for (const GanttHole& hole : std::as_const(m_holes)) {
        if (haveOrigin && hole.fromMs < m_originMs)
            m_originMs = hole.fromMs;
    }
}

void TimelineGanttView::setHoles(const QList<GanttHole>& holes)
{
    if (holes == m_holes)
        return;
    m_holes = holes;
    onModelChanged(); // the origin and span may move
}

QRect TimelineGanttView::holeRect(int index) const
{
    catchUp();
    if (index < 0 || index >= m_holes.size() || m_bars.isEmpty())
        return {};
    return chartLayout().holeRect(m_holes[index]);
}

void TimelineGanttView::measureLabels()
{
    // Texts of runs shown before go once the cache outgrows what is on show.
    if (font() != m_measuredFont || m_labelWidths.size() > 2 * m_bars.size() + 1000) {
        m_labelWidths.clear();
        m_measuredFont = font();
    }
    m_widestLabel = 0;
    for (const GanttBar& bar : std::as_const(m_bars))
        m_widestLabel = qMax(m_widestLabel, labelWidth(bar.label));
}

int TimelineGanttView::labelWidth(const QString& label)
{
    auto width = m_labelWidths.constFind(label);
    if (width == m_labelWidths.cend())
        width = m_labelWidths.insert(label, fontMetrics().horizontalAdvance(label));
    return *width;
}

void TimelineGanttView::catchUp() const
{
    if (m_barsStale) {
        auto* self =
            const_cast<TimelineGanttView*>(this); // what is shown does not change: it is made current
        self->m_barsStale = false;
        self->readBars();
        self->updateScrollRanges();
        self->updateTimer();
    }
}

QList<GanttBar> TimelineGanttView::bars() const
{
    catchUp();
    return m_bars;
}

qint64 TimelineGanttView::spanMs() const
{
    qint64 end = m_originMs;
    bool anyStart = false;
    for (const GanttBar& bar : m_bars) {
        if (bar.hasStart) {
            end = qMax(end, bar.endMs);
            anyStart = true;
        }
    }
    for (const GanttHole& hole : m_holes) {
        if (anyStart)
            end = qMax(end, hole.toMs);
    }
    return end - m_originMs;
}

GanttLayout TimelineGanttView::chartLayout() const
{
    return GanttLayout(fontMetrics(), viewport()->size(), m_widestLabel, m_scale, m_originMs,
                       QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
}

void TimelineGanttView::updateScrollRanges()
{
    const GanttLayout geometry = chartLayout();
    const int padding = GanttLayout::kSidePadding;
    if (m_fitting) {
        const double before = m_scale.pixelsPerSecond();
        m_scale.fit(spanMs(), geometry.chartWidth() - 2 * padding - geometry.durationRoom());
        if (!qFuzzyCompare(before, m_scale.pixelsPerSecond()))
            emit zoomChanged(m_scale.pixelsPerSecond());
    }
    const int contentWidth = int(m_scale.toPixels(spanMs())) + 2 * padding + geometry.durationRoom();
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - geometry.chartWidth()));
    horizontalScrollBar()->setPageStep(geometry.chartWidth());
    const int contentHeight = int(m_bars.size()) * geometry.rowHeight();
    const int visibleHeight = qMax(0, viewport()->height() - geometry.axisHeight());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(geometry.rowHeight());
}

void TimelineGanttView::updateTimer()
{
    const bool anyOpen =
        std::any_of(m_bars.cbegin(), m_bars.cend(), [](const GanttBar& bar) { return bar.open; });
    if (anyOpen && isVisible())
        m_clockTick.start();
    else
        m_clockTick.stop();
}

void TimelineGanttView::setFitting(bool fitting)
{
    if (m_fitting == fitting)
        return;
    m_fitting = fitting;
    emit fittingChanged(fitting);
}

void TimelineGanttView::zoomIn()
{
    const GanttLayout geometry = chartLayout();
    zoomAround(GanttScale::kZoomStep, geometry.labelWidth() + geometry.chartWidth() / 2);
}

void TimelineGanttView::zoomOut()
{
    const GanttLayout geometry = chartLayout();
    zoomAround(1.0 / GanttScale::kZoomStep, geometry.labelWidth() + geometry.chartWidth() / 2);
}

void TimelineGanttView::fitToView()
{
    setFitting(true);
    horizontalScrollBar()->setValue(0);
    updateScrollRanges();
    viewport()->update();
}

void TimelineGanttView::zoomAround(double factor, int viewportX)
{
    // Keep the instant under the pointer where it is, as map applications do.
    const int chartLeft = chartLayout().labelWidth() + GanttLayout::kSidePadding;
    const double anchorPx = viewportX - chartLeft + horizontalScrollBar()->value();
    const qint64 anchorMs = m_scale.toMs(anchorPx);
    const double before = m_scale.pixelsPerSecond();
    m_scale.setPixelsPerSecond(before * factor);
    setFitting(false);
    updateScrollRanges();
    horizontalScrollBar()->setValue(int(m_scale.toPixels(anchorMs) - (viewportX - chartLeft)));
    if (!qFuzzyCompare(before, m_scale.pixelsPerSecond()))
        emit zoomChanged(m_scale.pixelsPerSecond());
    viewport()->update();
}

void TimelineGanttView::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    viewport()->update();
    emit currentRowChanged(row);
}

QRect TimelineGanttView::barRect(int row) const
{
    catchUp();
    if (row < 0 || row >= m_bars.size())
        return {};
    return chartLayout().barRect(m_bars[row], row);
}

int TimelineGanttView::rowAt(const QPoint& viewportPoint) const
{
    catchUp();
    return chartLayout().rowAt(viewportPoint, int(m_bars.size()));
}

QSize TimelineGanttView::sizeHint() const
{
    catchUp();
    const GanttLayout geometry = chartLayout();
    return QSize(600, geometry.axisHeight() + geometry.rowHeight() * qBound(3, int(m_bars.size()), 12) +
                          2 * frameWidth() + 20);
}

QSize TimelineGanttView::minimumSizeHint() const
{
    const GanttLayout geometry = chartLayout();
    return QSize(240, geometry.axisHeight() + 2 * geometry.rowHeight());
}

void TimelineGanttView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const GanttLayout geometry = chartLayout();
    GanttPainter(painter, geometry, palette()).paint(m_bars, m_currentRow, m_readAtMs, m_holes);
}

void TimelineGanttView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) { // the label widths, measured in the old font
        measureLabels();
        updateScrollRanges();
    }
}

void TimelineGanttView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRanges();
}

void TimelineGanttView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            zoomAround(steps > 0 ? GanttScale::kZoomStep : 1.0 / GanttScale::kZoomStep,
                       int(event->position().x()));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineGanttView::keyPressEvent(QKeyEvent* event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || (control && event->key() == Qt::Key_Equal))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (control && event->key() == Qt::Key_0)
        fitToView();
    else if (event->key() == Qt::Key_Down && !m_bars.isEmpty())
        setCurrentRow(qMin(int(m_bars.size()) - 1, m_currentRow + 1));
    else if (event->key() == Qt::Key_Up && !m_bars.isEmpty())
        setCurrentRow(qMax(0, m_currentRow - 1));
    else
        QAbstractScrollArea::keyPressEvent(event);
}

void TimelineGanttView::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setCurrentRow(row);
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineGanttView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        // The bar's tooltip is rich text; a hole's under it, or alone, is too.
        QStringList texts;
        if (row >= 0 && m_bars[row].hasStart)
            texts << m_bars[row].toolTip();
        for (int hole = 0; hole < m_holes.size(); ++hole) {
            if (holeRect(hole).contains(help->pos()))
                texts << QStringLiteral("<i>%1</i>").arg(m_holes[hole].toolTip.toHtmlEscaped());
        }
        if (texts.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), texts.join(QStringLiteral("<br><br>")), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineGanttView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    onModelChanged();
}

void TimelineGanttView::hideEvent(QHideEvent* event)
{
    QAbstractScrollArea::hideEvent(event);
    m_clockTick.stop();
}

} // namespace dispatch
