// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttLayout.h"

#include "gui/views/StateStyle.h"
#include "protocol/DurationText.h"
#include "protocol/StateVocabulary.h"

namespace dispatch {

GanttLayout::GanttLayout(const QFontMetrics& metrics, QSize viewport, int widestLabel,
                         const GanttScale& scale, qint64 originMs, QPoint scroll)
    : m_metrics(metrics), m_viewport(viewport), m_scale(scale), m_originMs(originMs), m_scroll(scroll)
{
    const int widest = qMax(widestLabel, metrics.horizontalAdvance(tr("Step")));
    // Long generated names (parallel:<group>:<i>) must not eat the chart: cap at a third of the width.
    m_labelWidth = qMin(widest + 3 * kSidePadding, qMax(80, viewport.width() / 3));
}

int GanttLayout::durationRoom() const
{
    return m_metrics.horizontalAdvance(
               //: Never shown: the widest duration label of a Gantt bar, measured to reserve room; translate
               //: like "%1 for %2" in the bar tooltip. %1 is a state (e.g. Waiting), %2 a duration.
               tr("%1 for %2…")
                   .arg(dwp::StateVocabulary::label(QStringLiteral("waiting")),
                        dwp::DurationText::format(3599000))) +
           16;
}

double GanttLayout::xOf(qint64 ms) const
{
    return m_labelWidth + kSidePadding + m_scale.toPixels(ms - m_originMs) - m_scroll.x();
}

QRect GanttLayout::barRect(const GanttBar& bar, int row) const
{
    if (!bar.hasStart)
        return {};
    const int top = rowTop(row) + 4;
    const int left = int(xOf(bar.startMs));
    const int right = qMax(left + 3, int(xOf(bar.endMs))); // an instant step still shows as a sliver
    return QRect(QPoint(left, top), QPoint(right, top + rowHeight() - 9));
}

QRect GanttLayout::holeRect(const GanttHole& hole) const
{
    const int left = qMax(m_labelWidth, int(xOf(hole.fromMs)));
    const int right = qMin(m_viewport.width(), qMax(int(xOf(hole.fromMs)) + 3, int(xOf(hole.toMs))));
    if (right <= left)
        return {};
    return QRect(QPoint(left, axisHeight()), QPoint(right - 1, m_viewport.height() - 1));
}

int GanttLayout::rowAt(QPoint viewportPoint, int rowCount) const
{
    if (viewportPoint.y() < axisHeight())
        return -1;
    const int row = (viewportPoint.y() - axisHeight() + m_scroll.y()) / rowHeight();
    return row < rowCount ? row : -1;
}

} // namespace dispatch
