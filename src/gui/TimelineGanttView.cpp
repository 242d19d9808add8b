// SPDX-License-Identifier: MIT
#include "gui/TimelineGanttView.h"

#include "gui/DurationText.h"
#include "gui/GanttBarReader.h"
#include "gui/StateStyle.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace dispatch {

namespace {

constexpr int kSidePadding = 8;
constexpr int kMinTickSpacing = 80;

} // namespace

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
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        readBars();
        updateGeometry();
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
            connect(model, &QAbstractItemModel::dataChanged, this, changed),
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
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
    readBars();
    if (m_model && m_currentRow >= m_model->rowCount())
        setCurrentRow(-1);
    updateGeometry();
    updateTimer();
    viewport()->update();
}

void TimelineGanttView::readBars()
{
    m_readAtMs = nowMs();
    m_bars = GanttBarReader::read(m_model, m_fields, m_readAtMs);
    bool haveOrigin = false;
    for (const GanttBar& bar : std::as_const(m_bars)) {
        if (bar.hasStart && (!haveOrigin || bar.startMs < m_originMs)) {
            m_originMs = bar.startMs;
            haveOrigin = true;
        }
    }
}

QList<GanttBar> TimelineGanttView::bars() const
{
    return m_bars;
}

qint64 TimelineGanttView::spanMs() const
{
    qint64 end = m_originMs;
    for (const GanttBar& bar : m_bars) {
        if (bar.hasStart)
            end = qMax(end, bar.endMs);
    }
    return end - m_originMs;
}

int TimelineGanttView::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("Step"));
    for (const GanttBar& bar : m_bars)
        widest = qMax(widest, fontMetrics().horizontalAdvance(bar.label));
    // Long generated names (parallel:<group>:<i>) must not eat the chart: cap at a third of the width.
    return qMin(widest + 2 * kSidePadding, qMax(80, viewport()->width() / 3));
}

int TimelineGanttView::durationRoom() const
{
    // Right of the last bar: room for the longest text a bar carries ("Waiting for 59 min 59 s…").
    return fontMetrics().horizontalAdvance(
               tr("%1 for %2…")
                   .arg(StateStyle::label(QStringLiteral("waiting")), DurationText::format(3599000))) +
           16;
}

int TimelineGanttView::axisHeight() const
{
    return fontMetrics().height() + 10;
}

int TimelineGanttView::rowHeight() const
{
    return fontMetrics().height() + 12;
}

int TimelineGanttView::chartWidth() const
{
    return qMax(0, viewport()->width() - labelWidth());
}

double TimelineGanttView::xOf(qint64 ms) const
{
    return labelWidth() + kSidePadding + m_scale.toPixels(ms - m_originMs) - horizontalScrollBar()->value();
}

void TimelineGanttView::updateGeometry()
{
    if (m_fitting) {
        const double before = m_scale.pixelsPerSecond();
        m_scale.fit(spanMs(), chartWidth() - 2 * kSidePadding - durationRoom());
        if (!qFuzzyCompare(before, m_scale.pixelsPerSecond()))
            emit zoomChanged(m_scale.pixelsPerSecond());
    }
    const int contentWidth = int(m_scale.toPixels(spanMs())) + 2 * kSidePadding + durationRoom();
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - chartWidth()));
    horizontalScrollBar()->setPageStep(chartWidth());
    const int contentHeight = int(m_bars.size()) * rowHeight();
    const int visibleHeight = qMax(0, viewport()->height() - axisHeight());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(rowHeight());
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
    zoomAround(GanttScale::kZoomStep, labelWidth() + chartWidth() / 2);
}

void TimelineGanttView::zoomOut()
{
    zoomAround(1.0 / GanttScale::kZoomStep, labelWidth() + chartWidth() / 2);
}

void TimelineGanttView::fitToView()
{
    setFitting(true);
    horizontalScrollBar()->setValue(0);
    updateGeometry();
    viewport()->update();
}

void TimelineGanttView::zoomAround(double factor, int viewportX)
{
    // Keep the instant under the pointer where it is, as map applications do.
    const double anchorPx = viewportX - labelWidth() - kSidePadding + horizontalScrollBar()->value();
    const qint64 anchorMs = m_scale.toMs(anchorPx);
    const double before = m_scale.pixelsPerSecond();
    m_scale.setPixelsPerSecond(before * factor);
    setFitting(false);
    updateGeometry();
    horizontalScrollBar()->setValue(
        int(m_scale.toPixels(anchorMs) - (viewportX - labelWidth() - kSidePadding)));
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
    if (row < 0 || row >= m_bars.size() || !m_bars[row].hasStart)
        return {};
    const GanttBar& bar = m_bars[row];
    const int top = axisHeight() + row * rowHeight() - verticalScrollBar()->value() + 4;
    const int left = int(xOf(bar.startMs));
    const int right = qMax(left + 3, int(xOf(bar.endMs))); // an instant step still shows as a sliver
    return QRect(QPoint(left, top), QPoint(right, top + rowHeight() - 9));
}

int TimelineGanttView::rowAt(const QPoint& viewportPoint) const
{
    if (viewportPoint.y() < axisHeight())
        return -1;
    const int row = (viewportPoint.y() - axisHeight() + verticalScrollBar()->value()) / rowHeight();
    return row < m_bars.size() ? row : -1;
}

QSize TimelineGanttView::sizeHint() const
{
    return QSize(600, axisHeight() + rowHeight() * qBound(3, int(m_bars.size()), 12) + 2 * frameWidth() + 20);
}

QSize TimelineGanttView::minimumSizeHint() const
{
    return QSize(240, axisHeight() + 2 * rowHeight());
}

void TimelineGanttView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QPalette& pal = palette();
    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No steps recorded yet"));
        return;
    }
    const qint64 stepMs = m_scale.tickStepMs(kMinTickSpacing);
    const int labels = labelWidth();

    // Rows: current-row highlight and labels (pinned left), bars clipped to the chart area.
    for (int row = 0; row < m_bars.size(); ++row) {
        const int top = axisHeight() + row * rowHeight() - verticalScrollBar()->value();
        if (top + rowHeight() < axisHeight() || top > viewport()->height())
            continue;
        const QRect rowRect(0, top, viewport()->width(), rowHeight());
        if (row == m_currentRow)
            painter.fillRect(rowRect,
                             pal.color(QPalette::Highlight).lighter(StateStyle::isDark(pal) ? 60 : 180));
        else if (row % 2 == 1)
            painter.fillRect(rowRect, pal.color(QPalette::AlternateBase));
        painter.save();
        painter.setClipRect(QRect(labels, axisHeight(), viewport()->width() - labels, viewport()->height()));
        paintBar(painter, m_bars[row], row);
        painter.restore();
        painter.setPen(pal.color(QPalette::Text));
        const QRect labelRect(kSidePadding, top, labels - 2 * kSidePadding, rowHeight());
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(m_bars[row].label, Qt::ElideMiddle, labelRect.width()));
    }
    paintAxis(painter, stepMs);

    // "Now", when something is still going: where the open bars end.
    const bool anyOpen =
        std::any_of(m_bars.cbegin(), m_bars.cend(), [](const GanttBar& bar) { return bar.open; });
    if (anyOpen) {
        const int x = int(xOf(m_readAtMs)); // where the open bars end, not a moment later
        if (x >= labels) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
            painter.drawLine(x, axisHeight(), x, viewport()->height());
            // Labelled at the bottom, where it cannot collide with the axis' tick labels.
            const int textHeight = fontMetrics().height();
            painter.drawText(QRect(x + 3, viewport()->height() - textHeight - 2, 60, textHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, tr("now"));
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labels, 0, labels, viewport()->height());
}

void TimelineGanttView::paintAxis(QPainter& painter, qint64 stepMs) const
{
    const QPalette& pal = palette();
    const int labels = labelWidth();
    painter.fillRect(QRect(0, 0, viewport()->width(), axisHeight()), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(kSidePadding, 0, labels - kSidePadding, axisHeight()), Qt::AlignVCenter,
                     tr("Step"));
    const qint64 firstVisible = m_scale.toMs(horizontalScrollBar()->value() - kSidePadding);
    const qint64 lastVisible = firstVisible + m_scale.toMs(chartWidth() + kSidePadding);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35f);
    for (qint64 t = qMax<qint64>(0, firstVisible / stepMs * stepMs); t <= lastVisible; t += stepMs) {
        const int x = int(xOf(m_originMs + t));
        if (x < labels)
            continue;
        painter.setPen(grid);
        painter.drawLine(x, axisHeight(), x, viewport()->height());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawLine(x, axisHeight() - 4, x, axisHeight());
        painter.drawText(QRect(x + 3, 0, kMinTickSpacing, axisHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                         t == 0 ? QStringLiteral("0") : QStringLiteral("+") + DurationText::format(t));
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, axisHeight(), viewport()->width(), axisHeight());
}

void TimelineGanttView::paintBar(QPainter& painter, const GanttBar& bar, int row) const
{
    const QRect rect = barRect(row);
    if (rect.isEmpty())
        return;
    const QPalette& pal = palette();
    const StateStyle::Colours colours = StateStyle::colours(bar.state, pal);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (bar.open) {
        // Still going: a hatched bar with a dashed edge, so it cannot be mistaken for a finished step.
        painter.fillRect(rect, colours.fill);
        painter.fillRect(rect, QBrush(colours.outline, Qt::BDiagPattern));
        painter.setPen(QPen(colours.outline, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    } else {
        painter.setPen(QPen(colours.outline.darker(StateStyle::isDark(pal) ? 70 : 130), 1));
        painter.setBrush(colours.outline);
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    const QString duration = DurationText::format(bar.endMs - bar.startMs);
    const QString text = bar.open ? tr("%1 for %2…").arg(StateStyle::label(bar.state), duration) : duration;
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(rect.right() + 6, rect.top(), durationRoom() + 200, rect.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, text);
}

void TimelineGanttView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometry();
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
        if (row < 0 || !m_bars[row].hasStart) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), m_bars[row].toolTip(), viewport());
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
