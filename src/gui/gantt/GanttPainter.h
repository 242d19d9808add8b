// SPDX-License-Identifier: MIT
#pragma once

#include "gui/gantt/GanttBar.h"
#include "gui/gantt/GanttLayout.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>

class QPainter;

namespace dispatch {

// Draws the Gantt chart laid out by a GanttLayout: alternating rows with the current one highlighted, the
// pinned step names, the bars (finished ones solid, open ones hatched with a dashed edge, so a waiting step
// cannot be mistaken for a finished one) with their durations, the time axis and the "now" line.
class GanttPainter
{
    Q_DECLARE_TR_FUNCTIONS(GanttPainter)

public:
    GanttPainter(QPainter& painter, const GanttLayout& layout, const QPalette& palette)
        : m_painter(painter), m_layout(layout), m_palette(palette)
    {
    }

    // `nowMs`: where open bars end, marked by the "now" line when any is open. `holes`: spans in which steps
    // may be missing, hatched across the rows over the bars, which show through.
    void paint(const QList<GanttBar>& bars, int currentRow, qint64 nowMs, const QList<GanttHole>& holes = {});

private:
    void paintRow(const GanttBar& bar, int row, bool current);
    void paintBar(const GanttBar& bar, int row);
    void paintHoles(const QList<GanttHole>& holes);
    void paintAxis();
    void paintNow(qint64 nowMs);

    QPainter& m_painter;
    const GanttLayout& m_layout;
    const QPalette& m_palette;
};

} // namespace dispatch
