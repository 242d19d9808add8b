// SPDX-License-Identifier: MIT
#pragma once

#include "gui/gantt/GanttBar.h"
#include "gui/gantt/GanttHole.h"
#include "gui/gantt/GanttScale.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>

namespace dispatch {

// Where everything of the Gantt chart goes in its viewport, for one state of the view (font, size, scroll,
// scale): the pinned label column on the left, the time axis on top, one row per step, bars placed by time.
// TimelineGanttView uses it to lay out and hit-test, GanttPainter to draw.
class GanttLayout
{
    Q_DECLARE_TR_FUNCTIONS(GanttLayout)

public:
    static constexpr int kSidePadding = 8;
    static constexpr int kMinTickSpacing = 80;

    // `widestLabel`: the width of the widest bar label in `metrics` (the view measures each label once).
    GanttLayout(const QFontMetrics& metrics, QSize viewport, int widestLabel, const GanttScale& scale,
                qint64 originMs, QPoint scroll);

    const QFontMetrics& metrics() const { return m_metrics; }
    QSize viewport() const { return m_viewport; }
    const GanttScale& scale() const { return m_scale; }
    qint64 originMs() const { return m_originMs; }
    QPoint scroll() const { return m_scroll; }

    int labelWidth() const { return m_labelWidth; }
    int axisHeight() const { return m_metrics.height() + 10; }
    int rowHeight() const { return m_metrics.height() + 12; }
    int chartWidth() const { return qMax(0, m_viewport.width() - m_labelWidth); }
    // Right of the last bar: room for the longest text a bar carries ("Waiting for 59 min 59 s…").
    int durationRoom() const;
    int rowTop(int row) const { return axisHeight() + row * rowHeight() - m_scroll.y(); }

    double xOf(qint64 ms) const;                       // viewport x of an instant
    QRect barRect(const GanttBar& bar, int row) const; // empty for a bar without a start
    // A hole's band: its time span (at least 3 px, as an instant step's sliver) from below the axis to the
    // bottom of the viewport, left of the label column cut off; empty when scrolled out of sight.
    QRect holeRect(const GanttHole& hole) const;
    int rowAt(QPoint viewportPoint, int rowCount) const; // -1 outside the rows

private:
    QFontMetrics m_metrics;
    QSize m_viewport;
    const GanttScale& m_scale;
    qint64 m_originMs;
    QPoint m_scroll;
    int m_labelWidth;
};

} // namespace dispatch
