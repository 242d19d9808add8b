// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttPainter.h"

#include "gui/views/HistoryGapDelegate.h"
#include "gui/views/StateStyle.h"
#include "protocol/DurationText.h"
#include "protocol/StateVocabulary.h"

#include <QPainter>

namespace dispatch {

void GanttPainter::paint(const QList<GanttBar>& bars, int currentRow, qint64 nowMs,
                         const QList<GanttHole>& holes)
{
    const QSize viewport = m_layout.viewport();
    if (bars.isEmpty()) {
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(QRect(QPoint(0, 0), viewport), Qt::AlignCenter, tr("No steps recorded yet"));
        return;
    }
    for (int row = 0; row < bars.size(); ++row) {
        const int top = m_layout.rowTop(row);
        if (top + m_layout.rowHeight() < m_layout.axisHeight() || top > viewport.height())
            continue;
        paintRow(bars[row], row, row == currentRow);
    }
    paintHoles(holes);
    paintAxis();
    if (std::any_of(bars.cbegin(), bars.cend(), [](const GanttBar& bar) { return bar.open; }))
        paintNow(nowMs);
    m_painter.setPen(m_palette.color(QPalette::Mid));
    m_painter.drawLine(m_layout.labelWidth(), 0, m_layout.labelWidth(), viewport.height());
}

void GanttPainter::paintRow(const GanttBar& bar, int row, bool current)
{
    const int top = m_layout.rowTop(row);
    const QSize viewport = m_layout.viewport();
    const QRect rowRect(0, top, viewport.width(), m_layout.rowHeight());
    if (current)
        m_painter.fillRect(
            rowRect, m_palette.color(QPalette::Highlight).lighter(StateStyle::isDark(m_palette) ? 60 : 180));
    else if (row % 2 == 1)
        m_painter.fillRect(rowRect, m_palette.color(QPalette::AlternateBase));
    // Bars scroll under the pinned label column, so they are clipped to the chart area.
    m_painter.save();
    m_painter.setClipRect(QRect(m_layout.labelWidth(), m_layout.axisHeight(),
                                viewport.width() - m_layout.labelWidth(), viewport.height()));
    paintBar(bar, row);
    m_painter.restore();
    m_painter.setPen(m_palette.color(QPalette::Text));
    const int padding = GanttLayout::kSidePadding;
    const QRect labelRect(padding, top, m_layout.labelWidth() - 2 * padding, m_layout.rowHeight());
    m_painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                       m_layout.metrics().elidedText(bar.label, Qt::ElideMiddle, labelRect.width()));
}

void GanttPainter::paintBar(const GanttBar& bar, int row)
{
    const QRect rect = m_layout.barRect(bar, row);
    if (rect.isEmpty())
        return;
    const StateStyle::Colours colours = StateStyle::colours(bar.state, m_palette);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (bar.open) {
        m_painter.fillRect(rect, colours.fill);
        m_painter.fillRect(rect, QBrush(colours.outline, Qt::BDiagPattern));
        m_painter.setPen(QPen(colours.outline, 1.5, Qt::DashLine));
        m_painter.setBrush(Qt::NoBrush);
    } else {
        m_painter.setPen(QPen(colours.outline.darker(StateStyle::isDark(m_palette) ? 70 : 130), 1));
        m_painter.setBrush(colours.outline);
    }
    m_painter.drawRoundedRect(outline, 3, 3);
    const QString duration = bar.durationText();
    const QString text = bar.open
                             ? tr(
                                   //: Beside the bar of a step still open in the Gantt chart. %1 is the
                                   //: step's state (e.g. Waiting), %2 how long it has been so (e.g. 3 min).
                                   "%1 for %2…")
                                   .arg(dwp::StateVocabulary::label(bar.state), duration)
                             : duration;
    m_painter.setPen(m_palette.color(QPalette::Text));
    m_painter.drawText(QRect(rect.right() + 6, rect.top(), m_layout.durationRoom() + 200, rect.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, text);
}

void GanttPainter::paintHoles(const QList<GanttHole>& holes)
{
    // As the history search's rows and the Stats page's curtains: hatched in the warning tone. Over the bars
    // but see-through, since a step that runs across a hole was seen before and after it.
    const QColor edge = StateStyle::colours(StateStyle::Tone::Warning, m_palette).outline;
    QColor veil = m_palette.color(QPalette::Base);
    veil.setAlpha(110);
    for (const GanttHole& hole : holes) {
        const QRect band = m_layout.holeRect(hole);
        if (band.isEmpty())
            continue;
        m_painter.fillRect(band, veil);
        m_painter.fillRect(band, HistoryGapDelegate::holeBrush(m_palette));
        m_painter.setPen(QPen(edge, 1, Qt::DashLine));
        if (band.left() > m_layout.labelWidth())
            m_painter.drawLine(band.topLeft(), band.bottomLeft());
        if (band.right() < m_layout.viewport().width() - 1)
            m_painter.drawLine(band.topRight(), band.bottomRight());
    }
}

void GanttPainter::paintAxis()
{
    const QSize viewport = m_layout.viewport();
    const int labels = m_layout.labelWidth();
    const int axis = m_layout.axisHeight();
    const int padding = GanttLayout::kSidePadding;
    const GanttScale& scale = m_layout.scale();
    m_painter.fillRect(QRect(0, 0, viewport.width(), axis), m_palette.color(QPalette::Window));
    m_painter.setPen(m_palette.color(QPalette::WindowText));
    m_painter.drawText(QRect(padding, 0, labels - padding, axis), Qt::AlignVCenter, tr("Step"));
    // Ticks at round steps from the run's first step, labelled as offsets ("+1.5 s").
    const qint64 stepMs = scale.tickStepMs(GanttLayout::kMinTickSpacing);
    const qint64 firstVisible = scale.toMs(m_layout.scroll().x() - padding);
    const qint64 lastVisible = firstVisible + scale.toMs(m_layout.chartWidth() + padding);
    QColor grid = m_palette.color(QPalette::Mid);
    grid.setAlphaF(0.35f);
    for (qint64 t = qMax<qint64>(0, firstVisible / stepMs * stepMs); t <= lastVisible; t += stepMs) {
        const int x = int(m_layout.xOf(m_layout.originMs() + t));
        if (x < labels)
            continue;
        m_painter.setPen(grid);
        m_painter.drawLine(x, axis, x, viewport.height());
        m_painter.setPen(m_palette.color(QPalette::WindowText));
        m_painter.drawLine(x, axis - 4, x, axis);
        m_painter.drawText(QRect(x + 3, 0, GanttLayout::kMinTickSpacing, axis),
                           Qt::AlignVCenter | Qt::AlignLeft,
                           t == 0 ? QStringLiteral("0") : QStringLiteral("+") + dwp::DurationText::format(t));
    }
    m_painter.setPen(m_palette.color(QPalette::Mid));
    m_painter.drawLine(0, axis, viewport.width(), axis);
}

void GanttPainter::paintNow(qint64 nowMs)
{
    const int x = int(m_layout.xOf(nowMs));
    if (x < m_layout.labelWidth())
        return;
    const int height = m_layout.viewport().height();
    m_painter.setPen(QPen(m_palette.color(QPalette::Highlight), 1, Qt::DashLine));
    m_painter.drawLine(x, m_layout.axisHeight(), x, height);
    // Labelled at the bottom, where it cannot collide with the axis' tick labels.
    const int textHeight = m_layout.metrics().height();
    m_painter.drawText(QRect(x + 3, height - textHeight - 2, 60, textHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, tr("now"));
}

} // namespace dispatch
