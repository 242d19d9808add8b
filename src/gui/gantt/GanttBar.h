// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// One step as the Gantt view draws it, read from a model row (GanttBarReader).
struct GanttBar
{
    Q_DECLARE_TR_FUNCTIONS(GanttBar)

public:
    QString label;
    QString state;
    qint64 startMs = 0;
    qint64 endMs = 0;  // for an open bar, "now" at the time the bar was read
    bool open = false; // no end yet: still running or waiting
    bool hasStart = false;

    qint64 durationMs() const { return endMs - startMs; }
    QString toolTip() const; // rich text: name, state, start, end, duration
};

} // namespace dispatch
