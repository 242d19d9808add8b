// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace dispatch {

// A span of a Gantt chart in which steps may be missing: a hole in what the monitor heard (README "Journal",
// Holes; TimelineModel::holesInRun), cut to the run's span. Drawn as a hatched band across the rows
// (GanttPainter), `toolTip` saying why.
struct GanttHole
{
    qint64 fromMs = 0; // ms since the epoch, UTC, as GanttBar's
    qint64 toMs = 0;
    QString toolTip;

    friend bool operator==(const GanttHole&, const GanttHole&) = default;
};

} // namespace dispatch
